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

  it('a longer table whose cells read as nothing known is still read, not refused (the wizard asks)', async () => {
    const rows = ['Альфа\tБета\tГамма', ...Array.from({ length: 5 }, (_, i) => `Провести мероприятие номер ${i + 1}\tвесной\tИванов`)];
    const draft = await importPlan(utf8(rows.join('\n')));
    expect(draft.items.length).toBeGreaterThanOrEqual(5);
  });
});

describe('a work plan whose first section is numbered in Arabic figures over unnumbered directions', () => {
  // Kamchatka krai, the regional commission's work plan (Гарант copy).
  const text = [
    'Приложение',
    'к постановлению Избирательной',
    'комиссии Камчатского края',
    'от "11" января 2018 года N 23/139',
    'План',
    'работы Избирательной комиссии Камчатского края на 2018 год',
    '1. Основные направления деятельности',
    'Обеспечение подготовки и проведения выборов Президента Российской Федерации 18 марта 2018 года и выборов в органы местного самоуправления в Камчатском крае в Единый день голосования 2018 года.',
    'Оказание правовой, методической, информационной, организационно-технической помощи территориальным избирательным комиссиям и участковым избирательным комиссиям Камчатского края.',
  ].join('\n');

  it('reads «1. …» as the section and each paragraph as its item; the title ends above the section', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.title).toBe('План работы Избирательной комиссии Камчатского края на 2018 год');
    const [section] = draft.items;
    expect(section).toMatchObject({ kind: 'section', number: '1', title: 'Основные направления деятельности' });
    expect(section!.children.map((c) => c.title.slice(0, 30))).toEqual(
      ['Обеспечение подготовки и провед', 'Оказание правовой, методической'].map((t) => t.slice(0, 30)),
    );
  });

  it('a resolution point «1. Утвердить …» over its paragraphs is not such a section', async () => {
    const point = [
      '1. Утвердить План работы комиссии на 2018 год',
      'Обеспечение подготовки и проведения выборов.',
      'Оказание помощи участковым комиссиям.',
    ].join('\n');
    const refused = await header(point);
    expect(refused.code).toBe('import_not_a_plan');
  });
});

describe('cells closed by bars under a гриф line that ends with a bar of its own', () => {
  // Tyumen region: the regional commission's calendar plan as a city site republished it.
  const text = [
    'УТВЕРЖДЕН решением Избирательной комиссии Тюменской области от 08 июля 2011 года № 91/485 |',
    'КАЛЕНДАРНЫЙ ПЛАН',
    'мероприятий по',
    'подготовке и проведению выборов',
    'депутатов Тюменской областной Думы пятого',
    'созыва',
    'День голосования – 4 декабря 2011 года',
    '№ п/п |',
    'Содержание мероприятия |',
    'Срок',
    '|',
    'Исполнители |',
    '1 |',
    '2 |',
    '3 |',
    '4 |',
    '|',
    'Назначение выборов |',
    'Не ранее 25 августа 2011 года и не позднее 4 сентября 2011 года',
    '|',
    'Тюменская областная Дума |',
    'ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ',
    '|',
    'В соответствии с Календарным планом Центральной избирательной комиссии Российской Федерации по подготовке и проведению выборов депутатов Государственной Думы Федерального Собрания Российской Федерации |',
  ].join('\n');

  it('keeps the гриф and the title out of the header, opens a row at an empty number cell, and keeps the section’s reference with its heading', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.columns?.map((c) => c.title)).toEqual(['№ п/п', 'Содержание мероприятия', 'Срок', 'Исполнители']);
    const [row, section] = draft.items;
    expect(row).toMatchObject({ kind: 'item', title: 'Назначение выборов' });
    expect(row!.deadline?.text).toBe('Не ранее 25 августа 2011 года и не позднее 4 сентября 2011 года');
    expect(row!.executors.map((e) => e.text)).toEqual(['Тюменская областная Дума']);
    expect(section).toMatchObject({ kind: 'section' });
    expect(section!.title).toMatch(/^ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ\s+В соответствии с Календарным планом/);
    expect(draft.items).toHaveLength(2);
  });
});
