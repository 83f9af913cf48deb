import { describe, expect, it } from 'vitest';
import { explainDeadline } from './deadline.explain.js';
import { interpretDeadline } from './deadline.resolve.js';

const V = { elections: [{ votingDay: '2025-09-14', calledOn: '2025-06-10' }] };

describe('plan events', () => {
  it('waits for an event without a date and names it', () => {
    const r = interpretDeadline('в течение 10 дней со дня официального опубликования решения о назначении выборов', V);
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['event_date']);
    expect(r.pending).toEqual([{ event: 'official_publication', label: 'официальное опубликование решения о назначении выборов' }]);
    expect(explainDeadline(r)).toContain('ожидает даты: официальное опубликование решения о назначении выборов');
  });

  it('dates it once the event has a date', () => {
    const r = interpretDeadline('в течение 10 дней со дня официального опубликования решения о назначении выборов', {
      ...V,
      events: [{ key: 'official_publication', date: '2025-06-12' }],
    });
    expect(r.windows).toEqual([{ start: '2025-06-12', end: '2025-06-21' }]);
    expect(r.pending).toBeUndefined();
  });

  it('takes voting day from the events when the plan has no election', () => {
    const r = interpretDeadline('не позднее чем за 10 дней до дня голосования', { events: [{ key: 'voting_day', date: '2025-09-14' }] });
    expect(r.windows).toEqual([{ start: '2025-09-03', end: '2025-09-03' }]);
  });

  it('keeps both bounds of a span counted from two anchors', () => {
    const r = interpretDeadline(
      'со дня, следующего за днем официального опубликования решения о назначении выборов, и не позднее чем за 45 дней до дня голосования',
      { ...V, events: [{ key: 'official_publication', date: '2025-06-12' }] },
    );
    expect(r.windows).toEqual([{ start: '2025-06-13', end: '2025-07-30' }]);
  });

  it('ends a span at a fixed date', () => {
    const r = interpretDeadline('со дня регистрации кандидата по 20 августа 2025 года', {
      ...V,
      events: [{ key: 'candidate_registration', date: '2025-07-25' }],
    });
    expect(r.windows).toEqual([{ start: '2025-07-25', end: '2025-08-20' }]);
  });
});

describe('term words, clock times and working days', () => {
  it.each([
    ['в пятидневный срок со дня получения документов', '2025-07-01', '2025-07-05'],
    ['в 3-дневный срок со дня получения документов', '2025-07-01', '2025-07-03'],
    ['в течение 5 дней после дня получения документов', '2025-07-02', '2025-07-06'],
  ])('%s', (text, start, end) => {
    const r = interpretDeadline(text, { events: [{ key: 'получения документов', date: '2025-07-01' }] });
    expect(r.windows).toEqual([{ start, end }]);
  });

  it('keeps the hour of «до 12 часов 00 минут 20 августа 2025 года» in the explanation', () => {
    const r = interpretDeadline('до 12 часов 00 минут 20 августа 2025 года', { period: { start: '2025-01-01', end: '2025-12-31' } });
    expect(r.windows).toEqual([{ start: '2025-01-01', end: '2025-08-20' }]);
    expect(r.time).toBe('12:00');
    expect(explainDeadline(r)).toContain('время: 12:00');
  });

  it('«до 18 часов дня, предшествующего дню голосования» still allows that day', () => {
    const r = interpretDeadline('до 18 часов дня, предшествующего дню голосования', V);
    expect(r.windows).toEqual([{ start: '2025-06-10', end: '2025-09-13' }]);
  });

  it('counts working days by the production calendar', () => {
    const r = interpretDeadline('в течение 5 рабочих дней со дня получения документов', { events: [{ key: 'получения документов', date: '2025-04-30' }] });
    // 30.04 (1), 05.05 (2), 06.05 (3), 07.05 (4), 12.05 (5): 8–11 May are days off.
    expect(r.windows).toEqual([{ start: '2025-04-30', end: '2025-05-12' }]);
    expect(r.flags).toContain('working_days');
  });

  it('answers unknown for working days of a year without a calendar', () => {
    const r = interpretDeadline('в течение 5 рабочих дней со дня получения документов', { events: [{ key: 'получения документов', date: '2027-03-01' }] });
    expect(r.windows).toEqual([]);
    expect(r.needs).toContain('production_calendar');
  });

  it('«не позднее 3-го рабочего дня после окончания квартала» in 2025', () => {
    const r = interpretDeadline('не позднее 3-го рабочего дня после окончания квартала', { period: { start: '2025-01-01', end: '2025-12-31' } });
    expect(r.kind).toBe('recurring');
    expect(r.windows).toEqual([
      { start: '2025-01-01', end: '2025-01-13' },
      { start: '2025-04-01', end: '2025-04-03' },
      { start: '2025-07-01', end: '2025-07-03' },
      { start: '2025-10-01', end: '2025-10-03' },
    ]);
  });
});

describe('n-th weekday', () => {
  const Y = { period: { start: '2026-01-01', end: '2026-12-31' } };
  it.each([
    ['в первое воскресенье марта', '2026-03-01'],
    ['третье воскресенье сентября', '2026-09-20'],
    ['в последнюю пятницу декабря', '2026-12-25'],
  ])('%s', (text, date) => {
    expect(interpretDeadline(text, Y).windows).toEqual([{ start: date, end: date }]);
  });

  it('«в последнюю пятницу месяца» recurs every month', () => {
    const r = interpretDeadline('в последнюю пятницу месяца', Y);
    expect(r.kind).toBe('recurring');
    expect(r.windows).toHaveLength(12);
    expect(r.windows[0]).toEqual({ start: '2026-01-30', end: '2026-01-30' });
  });

  it('a fifth weekday a month does not have is not invented', () => {
    expect(interpretDeadline('в пятое воскресенье февраля 2026 года', Y).windows).toEqual([]);
  });
});

describe('Kyrgyz wording', () => {
  it('counts «N күндөн кечиктирбестен» as voting day − N, as the CEC prints', () => {
    const r = interpretDeadline('Добуш берүү күнүнө чейин 20 календардык күндөн кечиктирбестен', { elections: [{ votingDay: '2024-06-30' }] });
    expect(r.windows.at(-1)?.end).toBe('2024-06-10');
  });
});
