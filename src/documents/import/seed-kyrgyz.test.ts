import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { seedBytes } from '../../../test/fixtures/seed-files.fixture.js';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Ten columns with a two-line header (per-year columns), goals merged across rows (so most
// rows lack the first cell), <p>/<b>/<ul> inside cells, «---» separator rows, a goal printed
// after its first measure, and two measures in one cell.
describe('seed: Kyrgyz CEC strategic anti-corruption plan 2023–2025', () => {
  let draft: PlanDraft;
  beforeAll(async () => {
    draft = await importPlan(seedBytes('kyrgyz'));
  });

  it('reads the title, the period and the «УТВЕРЖДАЮ» block', () => {
    expect(draft.title).toBe(
      'Стратегический план действий (СПД) Центральной комиссии по выборам и проведению референдумов Кыргызской Республики по реализации Антикоррупционной политики в Кыргызской Республике на 2023-2025 гг.',
    );
    expect(draft.kind).toBe('strategic');
    expect(draft.period).toEqual({ start: '2023-01-01', end: '2025-12-31' });
    expect(draft.approval).toEqual({
      authority: 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.',
      date: '2023-06-26',
      number: null,
    });
    expect(draft.description).toBeNull();
  });

  it('maps the two-line header with per-year columns', () => {
    expect(draft.columns?.map((c) => c.role)).toEqual([
      'goal',
      'title',
      'tasks',
      'action',
      'executors',
      'year_mark',
      'year_mark',
      'year_mark',
      'financing',
      'result',
    ]);
    expect(draft.columns?.slice(5, 8).map((c) => c.key)).toEqual(['year_1', 'year_2', 'year_3']);
    expect(draft.columns?.[6]?.title).toBe('Сроки исполнения по годам: 2023 – 2024-2025 — II Год');
  });

  it('turns the 9 goals into sections holding 23 measures', () => {
    expect(counts(draft)).toEqual({ sections: 9, items: 23 });
    expect(draft.items.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(draft.items.map((s) => s.children.length)).toEqual([1, 5, 2, 1, 2, 5, 5, 1, 1]);
    expect(byNumber(draft, '6').children.map((c) => c.number)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    expect(byNumber(draft, '7').children.map((c) => c.number)).toEqual(['7.1', '7.2', '7.3', '7.3', '7.4']);
    expect(byNumber(draft, '2').title).toBe(
      'Использование антикоррупционных механизмов и технологий для взаимодействия и оказания услуг физическим и юридическим лицам: -сервисность; -прозрачность.',
    );
    expect(draft.warnings.some((w) => w.message.includes('7.3') && w.message.includes('повторно'))).toBe(true);
  });

  it('puts cells of rows without the goal cell under the right columns', () => {
    const i22 = byNumber(draft, '2.2');
    expect(i22.title).toMatch(/^Обеспечение бесконтактного взаимодействия ЦИК с государственными органами/);
    expect(executorTexts(i22)).toContain('МВД');
    expect(executorTexts(i22)).toContain('Министерство обороны');
    expect(i22.fields.financing).toBe('Республиканский бюджет, партнерские соглашения.');
    expect(i22.fields.result).toMatch(/^Результат: 1\. Снижена конфликтность/);
    expect(byNumber(draft, '3.2').fields.financing).toBe('Республиканский бюджет, партнерские соглашения.');
  });

  it('takes deadlines from the filled per-year columns', () => {
    expect(byNumber(draft, '2.2').deadline?.text).toBe('I Год, II Год, III Год');
    expect(byNumber(draft, '3.2').deadline?.text).toBe('I Год, II Год');
    expect(byNumber(draft, '7.3').deadline).toBeNull();
    expect(draft.warnings.some((w) => w.message.includes('колонок по годам'))).toBe(true);
  });

  it('skips separator rows and strips cell markup', () => {
    const all = allItems(draft.items);
    expect(all.some((i) => /^-{2,}/.test(i.title))).toBe(false);
    expect(all.some((i) => /<\/?[a-z]+>/.test(i.title + JSON.stringify(i.fields)))).toBe(false);
  });

  it('collects inline definitions', () => {
    const glossary = Object.fromEntries(draft.abbreviations.map((a) => [a.short, a.full]));
    expect(glossary['КГОР']).toBe('Координационной группы оперативного реагирования');
    expect(glossary['ЦГО']).toMatch(/^Центров гражданского образования/);
    expect(glossary['МВРГ']).toMatch(/^Межведомственной рабочей группы/);
  });
});
