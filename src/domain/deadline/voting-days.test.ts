/**
 * Elections voted over several consecutive days (ст. 63.1 67-ФЗ): the named voting day is the last one,
 * «первого дня голосования» counts from the first, «в дни голосования» is every voting day.
 */
import { describe, expect, it } from 'vitest';
import { explainDeadline, interpretDeadline } from './index.js';

// Unified voting day 2025: voting on 12, 13 and 14 September, the decision names 14 September.
const THREE_DAYS = { elections: [{ votingDay: '2025-09-14', votingDays: 3, calledOn: '2025-06-10' }] };
const ONE_DAY = { elections: [{ votingDay: '2025-09-14', calledOn: '2025-06-10' }] };

describe('phrases of an election voted over three days', () => {
  it.each<[string, [string, string][], [string, string][]]>([
    // phrase, windows for 12–14 September, windows for 14 September alone
    ['не позднее чем за 10 дней до первого дня голосования', [['2025-06-10', '2025-09-01']], [['2025-06-10', '2025-09-03']]],
    ['не позднее чем за 10 дней до дня голосования', [['2025-06-10', '2025-09-03']], [['2025-06-10', '2025-09-03']]],
    ['не ранее чем за 45 дней до первого дня голосования', [['2025-07-28', '2025-09-11']], [['2025-07-30', '2025-09-13']]],
    ['в дни голосования', [['2025-09-12', '2025-09-14']], [['2025-09-14', '2025-09-14']]],
    ['В течение дней голосования', [['2025-09-12', '2025-09-14']], [['2025-09-14', '2025-09-14']]],
    ['в последний день голосования', [['2025-09-14', '2025-09-14']], [['2025-09-14', '2025-09-14']]],
    ['в первый день голосования', [['2025-09-12', '2025-09-12']], [['2025-09-14', '2025-09-14']]],
    ['до окончания времени голосования в последний день голосования', [['2025-06-10', '2025-09-14']], [['2025-06-10', '2025-09-14']]],
    ['на следующий день после последнего дня голосования', [['2025-09-15', '2025-09-15']], [['2025-09-15', '2025-09-15']]],
    ['в день, предшествующий первому дню голосования', [['2025-09-11', '2025-09-11']], [['2025-09-13', '2025-09-13']]],
    ['не позднее дня, предшествующего первому дню голосования', [['2025-06-10', '2025-09-11']], [['2025-06-10', '2025-09-13']]],
    ['в течение 10 дней после последнего дня голосования', [['2025-09-15', '2025-09-24']], [['2025-09-15', '2025-09-24']]],
  ])('%s', (text, threeDays, oneDay) => {
    const many = interpretDeadline(text, THREE_DAYS);
    expect(many.kind).toBe('election_relative');
    expect(many.windows.map((x) => [x.start, x.end])).toEqual(threeDays);
    expect(interpretDeadline(text, ONE_DAY).windows.map((x) => [x.start, x.end])).toEqual(oneDay);
  });

  it('a number of voting days outside 1–3 is one day, never a wider window', () => {
    for (const votingDays of [0, 4, 2.5, -1]) {
      const r = interpretDeadline('в дни голосования', { elections: [{ votingDay: '2025-09-14', votingDays }] });
      expect(r.windows).toEqual([{ start: '2025-09-14', end: '2025-09-14' }]);
    }
  });

  it('a plan without elections may date the first voting day as its own event', () => {
    const r = interpretDeadline('не позднее чем за 10 дней до первого дня голосования', {
      events: [
        { key: 'voting_day', date: '2025-09-14' },
        { key: 'first_voting_day', date: '2025-09-12' },
      ],
    });
    expect(r.windows.at(-1)?.end).toBe('2025-09-01');
  });

  it('the explanation names the first voting day and its date', () => {
    const r = interpretDeadline('не позднее чем за 10 дней до первого дня голосования', THREE_DAYS);
    expect(explainDeadline(r)).toContain('за 10 дней до первого дня голосования 12.09.2025');
    expect(explainDeadline(interpretDeadline('в дни голосования', THREE_DAYS))).toContain('12.09.2025 по 14.09.2025');
  });
});
