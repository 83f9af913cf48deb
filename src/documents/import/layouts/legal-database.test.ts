import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allItems } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';

// A plan copied from a legal database: its notes about amendments sit between the rows.
const bytes = new Uint8Array(readFileSync(new URL('./legal-database.fixture.txt', import.meta.url)));

describe('legal-database text', () => {
  it('sets the database notes aside, at their lines, and reads the rows around them', async () => {
    const draft = await importPlan(bytes);
    expect(allItems(draft.items).map((i) => [i.number, i.title, i.deadline?.text])).toEqual([
      ['1', 'Заседания Избирательной комиссии', 'ежемесячно'],
      ['2', 'Проведение семинаров с членами ТИК', 'в течение года'],
      ['3', 'Отчет о работе', 'декабрь'],
    ]);
    expect(draft.warnings.filter((w) => /примечание правовой базы/.test(w.message)).map((w) => w.line)).toEqual([11, 12, 13]);
  });
});
