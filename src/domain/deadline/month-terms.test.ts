import { describe, expect, it } from 'vitest';
import { explainDeadline } from './deadline.explain.js';
import { interpretDeadline } from './deadline.resolve.js';

const on = (date: string) => ({ elections: [{ votingDay: '2010-10-10' }], events: [{ key: 'candidate_registration', date }] });

describe('terms in calendar months (п. 3 ст. 192 ГК РФ)', () => {
  it.each([
    ['через один месяц после регистрации кандидата', '2010-01-15', '2010-02-15', '2010-02-15'],
    ['через месяц после регистрации кандидата', '2010-01-31', '2010-02-28', '2010-02-28'],
    ['в течение месяца со дня регистрации кандидата', '2010-01-31', '2010-01-31', '2010-02-28'],
    ['в месячный срок после регистрации кандидата', '2012-01-30', '2012-01-31', '2012-02-29'],
    ['в двухмесячный срок со дня регистрации кандидата', '2010-12-31', '2010-12-31', '2011-02-28'],
    ['не позднее чем через три месяца со дня регистрации кандидата', '2010-01-31', '2010-01-31', '2010-04-30'],
    ['в течение 6 месяцев со дня регистрации кандидата', '2010-08-10', '2010-08-10', '2011-02-10'],
    // Years are twelve months each.
    ['в течение одного года со дня регистрации кандидата', '2010-08-10', '2010-08-10', '2011-08-10'],
    ['в течение года со дня регистрации кандидата', '2012-02-29', '2012-02-29', '2013-02-28'],
    ['не позднее чем через два года после регистрации кандидата', '2010-08-10', '2010-08-11', '2012-08-10'],
    ['в течение 3 лет со дня регистрации кандидата', '2010-01-31', '2010-01-31', '2013-01-31'],
  ])('%s (event %s)', (text, event, start, end) => {
    const r = interpretDeadline(text, on(event));
    expect(r.windows).toEqual([{ start, end }]);
  });

  it('cites the rule it counts by', () => {
    const r = interpretDeadline('в течение месяца со дня регистрации кандидата', on('2010-01-31'));
    expect(explainDeadline(r)).toContain('п. 3 ст. 192 ГК РФ');
  });

  it.each([
    ['в течение года со дня регистрации кандидата', 'в течение 1 года после'],
    ['не позднее чем через два года после регистрации кандидата', 'в течение 2 лет после'],
    ['в двухмесячный срок со дня регистрации кандидата', 'в течение 2 месяцев после'],
    ['через месяц после регистрации кандидата', 'через 1 месяц после'],
  ])('says the term in months or years: %s', (text, words) => {
    expect(explainDeadline(interpretDeadline(text, on('2010-01-31')))).toContain(words);
  });

  it.each(['в течение года', 'не позднее 20 июля 2025 года', 'до 1 июля 2025 года со дня регистрации кандидата'])(
    'a year of a date or the whole year is no term in years: %s',
    (text) => {
      const r = interpretDeadline(text, { ...on('2010-01-31'), period: { start: '2025-01-01', end: '2025-12-31' } });
      expect(r.parsed?.expr.type === 'relative' && r.parsed.expr.notAfter?.months !== undefined).toBe(false);
    },
  );

  it('waits for the event date', () => {
    const r = interpretDeadline('в течение месяца со дня регистрации кандидата', { elections: [{ votingDay: '2010-10-10' }] });
    expect(r.windows).toEqual([]);
    expect(r.pending?.map((e) => e.event)).toEqual(['candidate_registration']);
  });
});

describe('«с момента», «с даты» count like «со дня» (п. 1 ст. 11.1 67-ФЗ)', () => {
  it.each([
    'в течение пяти дней с момента регистрации кандидата',
    'в течение 5 дней с даты регистрации кандидата',
    'в течение 5 дней со дня регистрации кандидата',
  ])('%s', (text) => {
    expect(interpretDeadline(text, on('2010-01-31')).windows).toEqual([{ start: '2010-01-31', end: '2010-02-04' }]);
  });
});

describe('halves of a month', () => {
  const Y2025 = { period: { start: '2025-01-01', end: '2025-12-31' } };
  it.each<[string, { start: string; end: string }]>([
    ['первая половина марта', { start: '2025-03-01', end: '2025-03-15' }],
    ['1-я половина марта', { start: '2025-03-01', end: '2025-03-15' }],
    ['вторая половина февраля', { start: '2025-02-16', end: '2025-02-28' }],
    ['2-я половина февраля', { start: '2025-02-16', end: '2025-02-28' }],
    ['во второй половине декабря', { start: '2025-12-16', end: '2025-12-31' }],
    ['в первой половине апреля 2025 года', { start: '2025-04-01', end: '2025-04-15' }],
  ])('«%s» is days 1–15 or the 16th to the month’s end', (text, window) => {
    const r = interpretDeadline(text, Y2025);
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([window]);
  });

  it('the second half of February of a leap year ends on the 29th', () => {
    expect(interpretDeadline('вторая половина февраля', { period: { start: '2024-01-01', end: '2024-12-31' } }).windows).toEqual([
      { start: '2024-02-16', end: '2024-02-29' },
    ]);
  });

  it.each(['середина апреля', 'конец мая'])('«%s» names no days and stays unread', (text) => {
    expect(interpretDeadline(text, Y2025).windows).toEqual([]);
  });
});

describe('schedules the law keeps', () => {
  it.each(['в установленные законом сроки', 'в установленные федеральным законом сроки', 'в соответствии с законодательством'])(
    '«%s» points to the law, with no date of its own',
    (text) => {
      const r = interpretDeadline(text, { period: { start: '2025-01-01', end: '2025-12-31' } });
      expect(r.kind).toBe('external_schedule');
      expect(r.windows).toEqual([]);
    },
  );
});
