import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, toDayNumber, toIsoDate } from './calendar-math.js';
import { explainDeadline, interpretDeadline, parseDeadline, resolveDeadline, type DeadlineContext, type DeadlineResult } from './index.js';

const DAY_2000 = toDayNumber(2000, 1, 1);
const DAY_2040 = toDayNumber(2040, 12, 31);

const isoDay = fc.integer({ min: DAY_2000, max: DAY_2040 }).map(toIsoDate);

const period = fc
  .tuple(fc.integer({ min: DAY_2000, max: DAY_2040 }), fc.integer({ min: 0, max: 4 * 366 }))
  .map(([start, length]) => ({ start: toIsoDate(start), end: toIsoDate(Math.min(start + length, DAY_2040)) }));

const election = fc
  .tuple(fc.integer({ min: DAY_2000 + 200, max: DAY_2040 }), fc.option(fc.integer({ min: 1, max: 150 }), { nil: undefined }))
  .map(([voting, callBefore]) => ({
    votingDay: toIsoDate(voting),
    calledOn: callBefore === undefined ? null : toIsoDate(voting - callBefore),
  }));

const anyContext: fc.Arbitrary<DeadlineContext> = fc.record(
  {
    period: fc.option(period, { nil: null }),
    elections: fc.array(election, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const MONTH_WORDS = ['январь', 'февраля', 'в марте', 'апр.', 'май', 'июня', 'июль', 'августе', 'сент.', 'октябрь', 'ноября', 'декабрь'];
const YEARLESS_VOCABULARY = [
  ...MONTH_WORDS,
  '1',
  '5',
  '15',
  '29',
  '30',
  '31',
  'I',
  'II',
  'III',
  'IV',
  'первая',
  'второе',
  'квартал',
  'полугодие',
  'декада',
  'Год',
  'числа',
  'каждого месяца',
  'до',
  'не позднее',
  'не ранее',
  'с',
  'по',
  'после',
  'в течение',
  'и',
  ',',
  '-',
  '–',
  '.',
  'ежемесячно',
  'ежеквартально',
  'еженедельно',
  'ежегодно',
  'по состоянию на',
  'весь период',
  'в течение года',
  '(по отдельному плану)',
  '<1>',
  '(п. 1 ст. 5 Закона)',
  'по мере необходимости',
  'По плану работы ИККО',
  'после образования избирательных участков',
  'со дня принятия решения',
  'за 10 дней до дня голосования',
  '15.02.',
  '01.04',
  'конца',
  'года',
];
const DATED_VOCABULARY = [...YEARLESS_VOCABULARY, '2022', '2023 года', '30.09.2021', '15.03.2008', '01.01.22', 'дня голосования'];

const phraseFrom = (vocabulary: string[]) => fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));

function checkShape(r: DeadlineResult): void {
  expect(typeof r.text).toBe('string');
  expect(Array.isArray(r.flags)).toBe(true);
  let previous = '';
  for (const w of r.windows) {
    expect(parseIsoDate(w.start)).not.toBeNull();
    expect(parseIsoDate(w.end)).not.toBeNull();
    expect(w.start <= w.end).toBe(true);
    expect(w.start >= previous).toBe(true);
    previous = w.start;
  }
  if (r.kind === 'unknown') expect(r.windows).toEqual([]);
}

describe('never throws, always a well-formed result', () => {
  it('any Unicode string with any context', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), anyContext, (text, ctx) => {
        const r = interpretDeadline(text, ctx);
        checkShape(r);
        expect(typeof explainDeadline(r)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('phrase-like word salads with any context', () => {
    fc.assert(
      fc.property(phraseFrom(DATED_VOCABULARY), anyContext, (text, ctx) => {
        const r = interpretDeadline(text, ctx);
        checkShape(r);
        expect(explainDeadline(r).length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('long inputs are cut to 1000 characters with a flag', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1001, maxLength: 3000 }), (text) => {
        const r = interpretDeadline(text);
        expect(r.text.length).toBeLessThanOrEqual(1000);
        expect(r.flags).toContain('truncated');
      }),
      { numRuns: 50 },
    );
  });

  it('garbage in the context is survived', () => {
    fc.assert(
      fc.property(phraseFrom(DATED_VOCABULARY), fc.anything(), (text, ctx) => {
        checkShape(interpretDeadline(text, ctx as DeadlineContext));
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolution stays inside the period unless the phrase names other dates', () => {
  it('yearless phrases without elections', () => {
    fc.assert(
      fc.property(phraseFrom(YEARLESS_VOCABULARY), period, (text, p) => {
        const r = interpretDeadline(text, { period: p });
        for (const w of r.windows) {
          expect(w.start >= p.start).toBe(true);
          expect(w.end <= p.end).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('month lists and ranges in a one-year plan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...MONTH_WORDS), fc.option(fc.constantFrom(...MONTH_WORDS), { nil: null })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 2000, max: 2040 }),
        (items, year) => {
          const text = items.map(([a, b]) => (b === null ? a : `${a} – ${b}`)).join(', ');
          const p = { start: `${year}-01-01`, end: `${year}-12-31` };
          const r = interpretDeadline(text, { period: p });
          expect(['range', 'multi', 'whole_period']).toContain(r.kind);
          expect(r.windows.length).toBeGreaterThan(0);
          for (const w of r.windows) expect(w.start >= p.start && w.end <= p.end).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ст. 11.1 67-ФЗ counting for any voting day', () => {
  it('«не позднее чем за N дней» leaves exactly N days before the voting day', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 200 }), (votingDay, n) => {
        const r = interpretDeadline(`не позднее чем за ${n} дней до дня голосования`, { elections: [{ votingDay }] });
        const end = parseIsoDate(r.windows.at(-1)?.end) as number;
        const v = parseIsoDate(votingDay) as number;
        expect(v - end - 1).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('«не ранее чем за A и не позднее чем за B дней» is a window of A − B + 1 days', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 60 }), (votingDay, b, extra) => {
        const a = b + extra;
        const r = interpretDeadline(`не ранее чем за ${a} дней и не позднее чем за ${b} дней до дня голосования`, {
          elections: [{ votingDay }],
        });
        expect(r.windows).toHaveLength(1);
        const w = r.windows[0] as { start: string; end: string };
        expect((parseIsoDate(w.end) as number) - (parseIsoDate(w.start) as number) + 1).toBe(a - b + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stability', () => {
  it('the parse is deterministic and survives a JSON round trip', () => {
    fc.assert(
      fc.property(phraseFrom(DATED_VOCABULARY), period, (text, p) => {
        const parsed = parseDeadline(text);
        expect(parseDeadline(text)).toEqual(parsed);
        const roundTrip = JSON.parse(JSON.stringify(parsed)) as typeof parsed;
        expect(resolveDeadline(roundTrip, { period: p }).windows).toEqual(resolveDeadline(parsed, { period: p }).windows);
      }),
      { numRuns: 500 },
    );
  });

  it('case, spacing and dash style do not matter', () => {
    const dashes = ['-', '–', '—', ' - ', ' – ', '−'];
    fc.assert(
      fc.property(fc.constantFrom(...MONTH_WORDS), fc.constantFrom(...MONTH_WORDS), fc.constantFrom(...dashes), (a, b, dash) => {
        const ctx = { period: { start: '2022-01-01', end: '2022-12-31' } };
        const plain = interpretDeadline(`${a} - ${b}`, ctx).windows;
        expect(interpretDeadline(`  ${a.toUpperCase()}${dash}${b}  `, ctx).windows).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});
