import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { seedBytes } from '../../../test/fixtures/seed-files.fixture.js';
import { allItems, byNumber, counts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// A table saved as text one cell per tab-led line, rows separated by blank lines; no numbers.
describe('seed: Kuzbass public observation HQ 2021 (one cell per line)', () => {
  let draft: PlanDraft;
  beforeAll(async () => {
    draft = await importPlan(seedBytes('hq'));
  });

  it('reads the title and the period from «в 2021 году»', () => {
    expect(draft.title).toBe(
      'Мероприятия Общественного штаба Общественной палаты Кемеровской области – Кузбасса по наблюдению за ходом избирательной кампании и голосования на выборах в 2021 году',
    );
    expect(draft.period).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(draft.kind).toBe('other');
    expect(draft.approval).toBeNull();
  });

  it('has 17 unnumbered items, numbered in order', () => {
    expect(counts(draft)).toEqual({ sections: 0, items: 17 });
    expect(draft.items.map((i) => i.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(draft.warnings.some((w) => w.message.startsWith('Строки без номера пронумерованы'))).toBe(true);
  });

  it('maps the header «Формат мероприятия / Сроки / Содержание»', () => {
    expect(draft.columns).toEqual([
      { key: 'title', title: 'Формат мероприятия', role: 'title' },
      { key: 'deadline', title: 'Сроки', role: 'deadline' },
      { key: 'content', title: 'Содержание', role: 'content' },
    ]);
    expect(byNumber(draft, '1')).toMatchObject({
      title: 'Комплектование состава общественного штаба',
      deadline: { text: '15.02. -15.03.2021' },
    });
    expect(byNumber(draft, '11').deadline?.text).toBe('на постоянной основе');
    expect(byNumber(draft, '17').fields.content).toMatch(/^Организовать пресс-конференцию по итогам работы/);
  });

  it('keeps a paragraph without a tab as part of the cell above', () => {
    expect(byNumber(draft, '2').fields.content).toContain('оф.21');
    expect(byNumber(draft, '2').fields.content).toContain('Организация мест операторов, рабочих грипп, пресс-центра.');
    expect(allItems(draft.items).some((i) => i.title.startsWith('Организация мест операторов'))).toBe(false);
  });
});
