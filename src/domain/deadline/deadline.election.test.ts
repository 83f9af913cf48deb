/**
 * Calendar-plan phrases counted from the voting day by ст. 11.1 67-ФЗ, checked
 * against dates printed in real calendar plans.
 */
import { describe, expect, it } from 'vitest';
import { daysBeforeOffset } from './legal-counting.js';
import { explainDeadline, interpretDeadline } from './index.js';

const V2009 = { elections: [{ votingDay: '2009-03-01' }] };
const V2012 = { elections: [{ votingDay: '2012-03-04' }] };

describe('ст. 11.1 67-ФЗ counting', () => {
  it('voting 01.03.2009, «не позднее чем за 45 дней» ends on 14.01.2009', () => {
    const r = interpretDeadline('не позднее чем за 45 дней до дня голосования', V2009);
    expect(r.kind).toBe('election_relative');
    expect(r.windows.at(-1)?.end).toBe('2009-01-14');
  });

  it('voting 04.03.2012, «не ранее чем за 90 дней и не позднее чем за 80 дней» is 04.12.2011–14.12.2011', () => {
    const r = interpretDeadline('не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования', V2012);
    expect(r.kind).toBe('election_relative');
    expect(r.windows).toEqual([{ start: '2011-12-04', end: '2011-12-14' }]);
  });

  it('the boundary day leaves exactly N whole days before the event', () => {
    expect(daysBeforeOffset(45)).toBe(-46);
    expect(daysBeforeOffset(1)).toBe(-2);
  });

  it('a bound runs from the call of the election when it is known', () => {
    const r = interpretDeadline('не позднее чем за 45 дней до дня голосования', {
      elections: [{ votingDay: '2009-03-01', calledOn: '2008-12-05' }],
    });
    expect(r.windows).toEqual([{ start: '2008-12-05', end: '2009-01-14' }]);
  });

  it('… else from the plan period start', () => {
    const r = interpretDeadline('не позднее чем за 45 дней до дня голосования', {
      ...V2009,
      period: { start: '2009-01-01', end: '2009-12-31' },
    });
    expect(r.windows).toEqual([{ start: '2009-01-01', end: '2009-01-14' }]);
  });

  it('… else it is just the bound, flagged as having no known start', () => {
    const r = interpretDeadline('не позднее чем за 45 дней до дня голосования', V2009);
    expect(r.windows).toEqual([{ start: '2009-01-14', end: '2009-01-14' }]);
    expect(r.flags).toContain('open_start');
  });
});

describe('calendar-plan phrases with a voting day', () => {
  const SEP_2024 = { start: '2024-09-01', end: '2024-09-30' };
  it.each<[string, string, { start: string; end: string } | null, [string, string][]]>([
    ['в течение 20 дней после дня выборов', '2009-03-01', null, [['2009-03-02', '2009-03-21']]],
    ['в течение 20 дней после дня голосования', '2009-03-01', null, [['2009-03-02', '2009-03-21']]],
    ['в день голосования', '2009-03-01', null, [['2009-03-01', '2009-03-01']]],
    ['В день голосования', '2024-09-08', SEP_2024, [['2024-09-08', '2024-09-08']]],
    ['в день, предшествующий дню голосования', '2024-09-08', SEP_2024, [['2024-09-07', '2024-09-07']]],
    ['не ранее чем за 10 дней до дня голосования', '2024-09-08', SEP_2024, [['2024-08-28', '2024-09-07']]],
    ['за 3 дня до дня голосования', '2024-09-08', SEP_2024, [['2024-09-04', '2024-09-04']]],
    ['не позднее чем через 10 дней после дня голосования', '2024-09-08', SEP_2024, [['2024-09-09', '2024-09-18']]],
    ['не ранее чем через 10 дней после дня голосования', '2024-09-08', SEP_2024, [['2024-09-19', '2024-09-30']]],
    ['не позднее чем за пять дней до дня голосования', '2024-09-08', SEP_2024, [['2024-09-01', '2024-09-02']]],
    ['после дня голосования', '2024-09-08', SEP_2024, [['2024-09-09', '2024-09-30']]],
    ['не позднее 10 дней после дня голосования', '2024-09-08', SEP_2024, [['2024-09-09', '2024-09-18']]],
    ['накануне дня голосования', '2024-09-08', SEP_2024, [['2024-09-07', '2024-09-07']]],
  ])('«%s», voting %s', (text, votingDay, period, windows) => {
    const r = interpretDeadline(text, { elections: [{ votingDay }], period });
    expect(r.kind).toBe('election_relative');
    expect(r.windows.map((w) => [w.start, w.end])).toEqual(windows);
  });

  it('«в период подготовки и проведения выборов» needs the call date and the voting day', () => {
    const none = interpretDeadline('в период подготовки и проведения выборов');
    expect(none.kind).toBe('election_relative');
    expect(none.windows).toEqual([]);
    expect(none.needs).toEqual(['call_date', 'voting_day']);
    const full = interpretDeadline('в период подготовки и проведения выборов', {
      elections: [{ votingDay: '2024-09-08', calledOn: '2024-06-10' }],
    });
    expect(full.windows).toEqual([{ start: '2024-06-10', end: '2024-09-08' }]);
  });

  it('without a voting day the phrase has no windows and says what it needs', () => {
    const r = interpretDeadline('не позднее чем за 45 дней до дня голосования', { period: { start: '2009-01-01', end: '2009-12-31' } });
    expect(r.kind).toBe('election_relative');
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['voting_day']);
  });

  it('several elections give one window each, ordered', () => {
    const r = interpretDeadline('в день голосования', {
      elections: [{ votingDay: '2024-09-08' }, { votingDay: '2024-03-17' }],
    });
    expect(r.windows).toEqual([
      { start: '2024-03-17', end: '2024-03-17' },
      { start: '2024-09-08', end: '2024-09-08' },
    ]);
  });

  it('an invalid voting day in the context is ignored, not trusted', () => {
    const r = interpretDeadline('в день голосования', { elections: [{ votingDay: '2024-02-30' }] });
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['voting_day']);
  });

  it('counts from the call of the election', () => {
    const r = interpretDeadline('в течение 10 дней со дня назначения выборов', {
      elections: [{ votingDay: '2024-09-08', calledOn: '2024-06-10' }],
    });
    expect(r.kind).toBe('election_relative');
    // ст. 11.1 п. 1 67-ФЗ: the event's own date is the first day of a term counted «со дня» it, so ten days end on
    // the 9th day after it (the CEC's 2024 plan: published 08.12.2023, «через 30 дней со дня …» → 06.01.2024).
    expect(r.windows).toEqual([{ start: '2024-06-10', end: '2024-06-19' }]);
  });

  // Read as one anchor, the second term was dropped without a word and the item fell due on the first one alone.
  it.each([
    'за 10 дней до дня голосования и в день голосования',
    'не позднее чем за 5 дней до дня голосования, а также не позднее дня, предшествующего дню голосования',
    'после дня голосования и не позднее чем через 10 дней',
  ])('two terms joined after the anchor («%s») are not read as the first alone', (text) => {
    const r = interpretDeadline(text, V2009);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
  });

  // The day and the days right after it leave no gap: one window, neither term dropped.
  it.each([
    ['в день голосования и в течение 3 дней после дня голосования', '2009-03-04'],
    ['в день голосования и в течение трех дней после него', '2009-03-04'],
    ['в день голосования, и в течение 10 дней после дня голосования', '2009-03-11'],
  ])('«%s» is one window from the voting day', (text, end) => {
    const r = interpretDeadline(text, V2009);
    expect(r.kind).toBe('election_relative');
    expect(r.windows).toEqual([{ start: '2009-03-01', end }]);
  });

  it('the days after another event than the day named stay unread', () => {
    expect(interpretDeadline('в день голосования и в течение 3 дней после дня официального опубликования', V2009).kind).toBe('unknown');
  });

  it('an anchor whose own words hold «и» is still one anchor', () => {
    const r = interpretDeadline('не позднее чем за 10 дней до дня голосования на выборах депутатов и главы поселения', V2009);
    expect(r.windows.at(-1)?.end).toBe('2009-02-18');
  });

  it('explains the counting', () => {
    expect(explainDeadline(interpretDeadline('не позднее чем за 45 дней до дня голосования', V2009))).toMatch(
      /^Не позднее 14\.01\.2009 \(за 45 дней до дня голосования 01\.03\.2009\)/,
    );
    expect(explainDeadline(interpretDeadline('не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования', V2012))).toBe(
      'С 04.12.2011 по 14.12.2011 (не ранее чем за 90 и не позднее чем за 80 дней до дня голосования 04.03.2012) — счет по п. 2–3 ст. 11.1 67-ФЗ',
    );
  });
});
