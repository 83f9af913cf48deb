import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const V: DeadlineContext = { elections: [{ votingDay: '2025-09-14', calledOn: '2025-06-10' }] };
const Y: DeadlineContext = { period: { start: '2025-01-01', end: '2025-12-31' } };
const KG: DeadlineContext = {
  elections: [{ votingDay: '2025-11-30', calledOn: '2025-09-30' }],
  events: [{ key: 'official_publication', date: '2025-09-30' }],
};

/** Families of wording added on 27.11.2026; each row is a reading by ст. 11.1 67-ФЗ (or the Kyrgyz plans' own counting). */
const ROWS: readonly [string, DeadlineContext, { start: string; end: string }[], string?][] = [
  // «не ранее чем через N дней со дня» counts the event's date as the term's first day: event + N
  ['не ранее чем через 10 дней со дня голосования', V, [{ start: '2025-09-24', end: '2025-09-24' }]],
  ['по истечении 10 дней со дня голосования', V, [{ start: '2025-09-24', end: '2025-09-24' }]],
  ['по истечении десяти дней после дня голосования', V, [{ start: '2025-09-25', end: '2025-09-25' }]],
  ['не позднее чем на третий день после дня голосования', V, [{ start: '2025-09-15', end: '2025-09-17' }]],
  ['на третий день после дня голосования', V, [{ start: '2025-09-17', end: '2025-09-17' }]],
  ['не позднее чем на 5-й день со дня голосования', V, [{ start: '2025-09-14', end: '2025-09-18' }]],
  ['на следующий день после дня голосования', V, [{ start: '2025-09-15', end: '2025-09-15' }]],
  ['не позднее трех месяцев со дня голосования', V, [{ start: '2025-09-14', end: '2025-12-14' }]],
  ['не позднее чем через три дня после проведения выборов', V, [{ start: '2025-09-15', end: '2025-09-17' }]],
  ['не позднее 15 числа месяца, следующего за отчетным', Y, [{ start: '2025-01-01', end: '2025-01-15' }], 'month'],
  ['не позднее 20 числа месяца, следующего за отчетным кварталом', Y, [{ start: '2025-01-01', end: '2025-01-20' }], 'quarter'],
  // Kyrgyz
  ['шайлоо дайындалган күндөн тартып 5 күндүн ичинде', KG, [{ start: '2025-09-30', end: '2025-10-04' }]],
  ['шайлоо дайындалгандан кийин 3 күндүн ичинде', KG, [{ start: '2025-10-01', end: '2025-10-03' }]],
  ['шайлоону дайындоо жөнүндө чечим расмий жарыяланган күндөн тартып 10 күндөн кечиктирбестен', KG, [{ start: '2025-09-30', end: '2025-10-09' }]],
  ['добуш берүү күнүнө чейин 10 күн калганда', KG, [{ start: '2025-11-20', end: '2025-11-20' }]],
  ['30-октябрь саат 18:00дө', Y, [{ start: '2025-10-30', end: '2025-10-30' }]],
  ['туруктуу', Y, [{ start: '2025-01-01', end: '2025-12-31' }]],
  ['жыл ичинде', Y, [{ start: '2025-01-01', end: '2025-12-31' }]],
];

describe('families of wording', () => {
  it.each(ROWS.map((r) => [r[0], r] as const))('%s', (_t, [text, ctx, windows, every]) => {
    const r = interpretDeadline(text, ctx);
    expect(r.windows.slice(0, 1)).toEqual(windows);
    if (every !== undefined) expect(r.recurrence?.every).toBe(every);
  });

  it('keeps an event ending with «и» out of the event name of a span', () => {
    const r = interpretDeadline(
      'Со дня представления в избирательную комиссию заявления кандидата о согласии баллотироваться и до ноля часов по местному времени дня, предшествующего дню голосования',
      V,
    );
    expect(r.pending?.map((p) => p.event)).toEqual(['представления в избирательную комиссию заявления кандидата о согласии баллотироваться']);
  });

  it('reads «зарылчылыкка жараша» as on demand and an ordinal it does not know as unknown', () => {
    expect(interpretDeadline('зарылчылыкка жараша', Y).kind).toBe('on_demand');
    expect(interpretDeadline('в пятнадцатый день после дня голосования', V).windows).toEqual([]);
  });
});

describe('«за сутки до»', () => {
  it('is the day before the voting day', () => {
    expect(interpretDeadline('за сутки до единого дня голосования', { elections: [{ votingDay: '2013-09-08' }] }).windows).toEqual([
      { start: '2013-09-07', end: '2013-09-07' },
    ]);
    expect(interpretDeadline('не позднее чем за сутки до дня голосования', V).windows).toEqual([{ start: '2025-06-10', end: '2025-09-13' }]);
  });
});
