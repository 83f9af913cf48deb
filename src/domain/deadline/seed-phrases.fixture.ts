/**
 * Every deadline phrase of the five seed documents (/work/shared/seeds), spelled
 * as in the source (dashes, spaces and line breaks included), with the expected
 * reading against the seed's plan period. Shared by the table-driven test and the
 * benchmark. Expectations were worked out by hand from the calendar, not copied
 * from the engine's output.
 */
import type { DeadlineKind, RecurrenceEvery } from './deadline.types.js';

export interface SeedPhraseCase {
  text: string;
  kind: DeadlineKind;
  /** Inclusive [start, end] pairs. */
  windows: [string, string][];
  flags?: string[];
  needs?: string[];
  recurrence?: RecurrenceEvery;
  /** Where the phrase stands when it is not in the deadline column. */
  note?: string;
}

export interface SeedDocument {
  file: string;
  period: { start: string; end: string };
  cases: SeedPhraseCase[];
}

const Y21 = { start: '2021-01-01', end: '2021-12-31' };
const Y22 = { start: '2022-01-01', end: '2022-12-31' };
const Y24 = { start: '2024-01-01', end: '2024-12-31' };

function months(year: number, list: number[]): [string, string][] {
  return list.map((m) => {
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return [`${year}-${mm}-01`, `${year}-${mm}-${last}`];
  });
}

export const SEED_DOCUMENTS: SeedDocument[] = [
  {
    file: 'kaluga-program-and-plan-2022.txt',
    period: Y22,
    cases: [
      { text: 'Январь', kind: 'range', windows: [['2022-01-01', '2022-01-31']] },
      { text: 'Январь.', kind: 'range', windows: [['2022-01-01', '2022-01-31']] },
      { text: 'До 1 февраля', kind: 'date', windows: [['2022-01-01', '2022-02-01']] },
      { text: 'Весь период', kind: 'whole_period', windows: [['2022-01-01', '2022-12-31']] },
      { text: 'По плану работы ИККО, ТИК', kind: 'external_schedule', windows: [] },
      {
        text: 'Июль, декабрь',
        kind: 'multi',
        windows: [
          ['2022-07-01', '2022-07-31'],
          ['2022-12-01', '2022-12-31'],
        ],
      },
      { text: 'Сентябрь-декабрь', kind: 'range', windows: [['2022-09-01', '2022-12-31']] },
      { text: 'Март-апрель', kind: 'range', windows: [['2022-03-01', '2022-04-30']] },
      { text: 'Июнь - октябрь', kind: 'range', windows: [['2022-06-01', '2022-10-31']] },
      { text: 'Февраль-май', kind: 'range', windows: [['2022-02-01', '2022-05-31']] },
      { text: 'В течение года', kind: 'whole_period', windows: [['2022-01-01', '2022-12-31']] },
      { text: 'Август-сентябрь', kind: 'range', windows: [['2022-08-01', '2022-09-30']] },
      { text: 'Июнь-сентябрь', kind: 'range', windows: [['2022-06-01', '2022-09-30']] },
      {
        text: 'с января 2022 года по декабрь 2023 года',
        kind: 'range',
        windows: [['2022-01-01', '2023-12-31']],
        note: 'срок выполнения Программы (раздел 9)',
      },
    ],
  },
  {
    file: 'kuzbass-public-hq-observation-2021.txt',
    period: Y21,
    cases: [
      { text: '15.02. -15.03.2021', kind: 'range', windows: [['2021-02-15', '2021-03-15']] },
      { text: '10.02. – 15.02.2021', kind: 'range', windows: [['2021-02-10', '2021-02-15']] },
      { text: '18.02.2021', kind: 'date', windows: [['2021-02-18', '2021-02-18']] },
      {
        text: 'ежемесячно',
        kind: 'recurring',
        recurrence: 'month',
        windows: months(2021, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      },
      { text: 'до 01.04.2021', kind: 'date', windows: [['2021-01-01', '2021-04-01']] },
      { text: '01.03. – 15.06.2021', kind: 'range', windows: [['2021-03-01', '2021-06-15']] },
      { text: '15.03. – 01.06.2021', kind: 'range', windows: [['2021-03-15', '2021-06-01']] },
      { text: '19.02. – 01.03.2021', kind: 'range', windows: [['2021-02-19', '2021-03-01']] },
      { text: 'на постоянной основе', kind: 'whole_period', windows: [['2021-01-01', '2021-12-31']] },
      { text: '15.03. – 15.04.2021', kind: 'range', windows: [['2021-03-15', '2021-04-15']] },
      { text: '01.04. – 31.05.2021', kind: 'range', windows: [['2021-04-01', '2021-05-31']] },
      { text: '01.04. – 15.06.2021', kind: 'range', windows: [['2021-04-01', '2021-06-15']] },
      { text: '15.06. – 30.09.2021', kind: 'range', windows: [['2021-06-15', '2021-09-30']] },
      { text: '18.02. – 30.09.2021', kind: 'range', windows: [['2021-02-18', '2021-09-30']] },
      { text: '30.09.2021', kind: 'date', windows: [['2021-09-30', '2021-09-30']] },
    ],
  },
  {
    file: 'kuzbass-training-plan-2022.txt',
    period: Y22,
    cases: [
      { text: 'В течение года', kind: 'whole_period', windows: [['2022-01-01', '2022-12-31']] },
      {
        text: 'В течение года (по отдельному плану)',
        kind: 'whole_period',
        windows: [['2022-01-01', '2022-12-31']],
        flags: ['separate_plan'],
      },
      {
        text: 'В период подготовки и проведения выборов',
        kind: 'election_relative',
        windows: [],
        needs: ['call_date', 'voting_day'],
      },
      {
        text: 'В период подготовки и проведения',
        kind: 'unknown',
        windows: [],
        note: 'ячейка 2.1.2 до разрыва страницы («выборов» — на следующей); склеивать — дело импорта, движок не угадывает',
      },
      { text: 'Февраль', kind: 'range', windows: months(2022, [2]) },
      { text: 'Май', kind: 'range', windows: months(2022, [5]) },
      { text: 'Июнь', kind: 'range', windows: months(2022, [6]) },
      { text: 'Август', kind: 'range', windows: months(2022, [8]) },
      { text: 'Ноябрь', kind: 'range', windows: months(2022, [11]) },
      { text: 'Декабрь', kind: 'range', windows: months(2022, [12]) },
    ],
  },
  {
    file: 'kuzbass-work-plan-2024.txt',
    period: Y24,
    cases: [
      { text: 'январь – сентябрь', kind: 'range', windows: [['2024-01-01', '2024-09-30']] },
      { text: 'апрель – декабрь', kind: 'range', windows: [['2024-04-01', '2024-12-31']] },
      { text: 'апрель – декабрь ', kind: 'range', windows: [['2024-04-01', '2024-12-31']] },
      {
        text: 'январь – декабрь\n   (по отдельному плану)',
        kind: 'whole_period',
        windows: [['2024-01-01', '2024-12-31']],
        flags: ['separate_plan'],
      },
      { text: 'январь – декабрь', kind: 'whole_period', windows: [['2024-01-01', '2024-12-31']] },
      { text: 'Январь', kind: 'range', windows: months(2024, [1]), note: 'заголовок месяца над пунктами 2.5–2.13' },
      { text: 'Февраль', kind: 'range', windows: [['2024-02-01', '2024-02-29']], note: 'заголовок месяца' },
      { text: 'Март', kind: 'range', windows: months(2024, [3]), note: 'заголовок месяца' },
      { text: 'Май', kind: 'range', windows: months(2024, [5]), note: 'заголовок месяца' },
      { text: 'Декабрь', kind: 'range', windows: months(2024, [12]), note: 'заголовок месяца' },
      { text: 'весь период', kind: 'whole_period', windows: [['2024-01-01', '2024-12-31']] },
      { text: '       весь период', kind: 'whole_period', windows: [['2024-01-01', '2024-12-31']] },
      { text: 'весь период     ', kind: 'whole_period', windows: [['2024-01-01', '2024-12-31']] },
      {
        text: 'весь период \n\n(по отдельному плану) ',
        kind: 'whole_period',
        windows: [['2024-01-01', '2024-12-31']],
        flags: ['separate_plan'],
      },
      { text: '           февраль', kind: 'range', windows: [['2024-02-01', '2024-02-29']] },
      {
        text: 'февраль, июль – август',
        kind: 'multi',
        windows: [
          ['2024-02-01', '2024-02-29'],
          ['2024-07-01', '2024-08-31'],
        ],
      },
      {
        text: 'февраль – март, \nиюль – август',
        kind: 'multi',
        windows: [
          ['2024-02-01', '2024-03-31'],
          ['2024-07-01', '2024-08-31'],
        ],
      },
      { text: 'по мере необходимости', kind: 'on_demand', windows: [] },
      {
        text: 'ежеквартально',
        kind: 'recurring',
        recurrence: 'quarter',
        windows: [
          ['2024-01-01', '2024-03-31'],
          ['2024-04-01', '2024-06-30'],
          ['2024-07-01', '2024-09-30'],
          ['2024-10-01', '2024-12-31'],
        ],
      },
      { text: '           август', kind: 'range', windows: months(2024, [8]) },
      { text: 'в соответствии с \nутвержденными сроками', kind: 'external_schedule', windows: [] },
      { text: 'январь, июль', kind: 'multi', windows: months(2024, [1, 7]) },
      {
        text: 'по состоянию на           1 января, 1 апреля, 1 июля и 1 октября 2024 года',
        kind: 'recurring',
        recurrence: 'quarter',
        windows: [
          ['2024-01-01', '2024-01-01'],
          ['2024-04-01', '2024-04-01'],
          ['2024-07-01', '2024-07-01'],
          ['2024-10-01', '2024-10-01'],
        ],
        note: 'из наименования пункта 7.2',
      },
      {
        text: 'по состоянию на 1 января и 1 июля 2024 года',
        kind: 'recurring',
        recurrence: 'half_year',
        windows: [
          ['2024-01-01', '2024-01-01'],
          ['2024-07-01', '2024-07-01'],
        ],
        note: 'из наименования пункта 10.1',
      },
      {
        text: 'по состоянию на первое число каждого месяца',
        kind: 'recurring',
        recurrence: 'month',
        windows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => {
          const d = `2024-${String(m).padStart(2, '0')}-01`;
          return [d, d] as [string, string];
        }),
        note: 'из наименования пункта 6.3',
      },
      { text: '8 сентября 2024 года', kind: 'date', windows: [['2024-09-08', '2024-09-08']], note: 'день голосования из пункта 2.25' },
    ],
  },
  {
    file: 'kyrgyz-cec-anticorruption-plan-2023-2025.txt',
    period: { start: '2023-01-01', end: '2025-12-31' },
    cases: [
      { text: 'I Год', kind: 'range', windows: [['2023-01-01', '2023-12-31']] },
      { text: 'II Год', kind: 'range', windows: [['2024-01-01', '2024-12-31']] },
      { text: 'III Год', kind: 'range', windows: [['2025-01-01', '2025-12-31']] },
      { text: '2023-2025 гг.', kind: 'range', windows: [['2023-01-01', '2025-12-31']], note: 'период плана из заголовка' },
    ],
  },
];

/** All seed phrases with their plan period, for the benchmark. */
export function seedPhrases(): { text: string; period: { start: string; end: string } }[] {
  return SEED_DOCUMENTS.flatMap((doc) => doc.cases.map((c) => ({ text: c.text, period: doc.period })));
}
