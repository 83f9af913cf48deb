import { describe, expect, it } from 'vitest';
import { importPlan } from './import-plan.js';

// Classes met on the pages of territorial commissions (ТИК) and of regional commissions' plans
// their TIKs work under; every line below is copied from a published page.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function header(text: string): Promise<{ code?: string; header?: { title: string; period: unknown } }> {
  try {
    await importPlan(utf8(text));
  } catch (e) {
    return e as { code?: string; header?: { title: string; period: unknown } };
  }
  throw new Error('expected a refusal');
}

describe('a site menu printed with bars above the plan title', () => {
  // Primorsky krai, a TIK site's accessible version: the menu line is not a table row.
  const text = [
    'Размер шрифта: AAA',
    'Цвет сайта:ЦЦЦ',
    'Изображения:',
    '| Поиск | Обычная версия сайта',
    '',
    'План учебы участковых избирательных комиссий и резерва составов участковых избирательных комиссий шкотовского района 2015 год',
  ].join('\n');

  it('is not read as a headerless table: the page is refused with its title and year', async () => {
    const refused = await header(text);
    expect(refused.code).toBe('import_not_a_plan');
    expect(refused.header?.title).toMatch(/^План учебы участковых избирательных комиссий/);
    expect(refused.header?.period).toEqual({ start: '2015-01-01', end: '2015-12-31' });
  });
});
