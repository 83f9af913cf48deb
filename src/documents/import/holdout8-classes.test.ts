import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { importPlan } from './import-plan.js';
import { findPeriod } from './period.parse.js';

// Classes found on the eighth held-out set (test/fixtures/import-corpus, ids in each test): a fragment quoted from
// the published text named, then a sibling of the same class that no document gave.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const imported = async (text: string): Promise<PlanDraft> => importPlan(utf8(text));
/** Rows in reading order, each with the section it stands under: [kind, number, section title, deadline, title]. */
function walk(items: readonly DraftItem[], section: string | null = null): (string | null)[][] {
  return items.flatMap((i) =>
    i.kind === 'section'
      ? [['section', i.number, null, null, i.title], ...walk(i.children, i.title)]
      : [['item', i.number, section, i.deadline?.text ?? null, i.title], ...walk(i.children, section)],
  );
}

describe('a numbered heading whose row is merged across a table of cells closed by bars', () => {
  it('district sections numbered 1., rows numbered from 1 again (kalmykia-ik-legal-culture-events-report-2011-h1)', async () => {
    const text = [
      'Сведения',
      'о мероприятиях по повышению правовой культуры избирателей, проведенных в I полугодии 2011 года',
      'N п/п |',
      'Наименование мероприятия |',
      'Срок проведения |',
      'Организаторы/участники мероприятия |',
      '1. Городовиковский район | |||',
      '1 |',
      'Игра "Что такое выборы?" |',
      'Февраль |',
      'ТИК, городская библиотека |',
      '2 |',
      'Викторина "У нас в Российской Федерации" |',
      'Февраль |',
      'ТИК, городской дом культуры |',
      '2. Яшалтинский район | |||',
      '1 |',
      'Конкурс рисунков "Я выбираю" |',
      'Март |',
      'ТИК, отдел образования |',
    ].join('\n');
    const plan = await imported(text);
    expect(walk(plan.items)).toEqual([
      ['section', '1', null, null, 'Городовиковский район'],
      ['item', '1', 'Городовиковский район', 'Февраль', 'Игра "Что такое выборы?"'],
      ['item', '2', 'Городовиковский район', 'Февраль', 'Викторина "У нас в Российской Федерации"'],
      ['section', '2', null, null, 'Яшалтинский район'],
      ['item', '1', 'Яшалтинский район', 'Март', 'Конкурс рисунков "Я выбираю"'],
    ]);
    expect(plan.period).toEqual({ start: '2011-01-01', end: '2011-06-30' });
  });
});

describe('a half-year told in the prepositional case', () => {
  it.each([
    ['Сведения о мероприятиях, проведенных в I полугодии 2011 года', { start: '2011-01-01', end: '2011-06-30' }],
    ['План мероприятий, проводимых во втором полугодии 2024 года', { start: '2024-07-01', end: '2024-12-31' }],
  ])('%s', (title, period) => {
    expect(findPeriod(title)).toEqual(period);
  });
});
