import { describe, expect, it } from 'vitest';
import { deadlineContext, resolveItemDeadline } from './plan-deadline.js';

const plan = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
const events = [{ key: 'получения документов', label: 'получение документов', date: '2026-03-19' }];

describe('deadline context of a plan', () => {
  it('counts working days of a Kyrgyz commission by the Kyrgyz calendar', () => {
    // 19.03.2026 + 2 working days: 20 March is Orozo Ait in Kyrgyzstan (a working day in Russia).
    const kg = resolveItemDeadline('в течение 2 рабочих дней после получения документов', deadlineContext(plan, [], 'Asia/Bishkek', events));
    const ru = resolveItemDeadline('в течение 2 рабочих дней после получения документов', deadlineContext(plan, [], 'Europe/Moscow', events));
    expect(kg?.['windows']).toEqual([{ start: '2026-03-20', end: '2026-03-24' }]);
    expect(ru?.['windows']).toEqual([{ start: '2026-03-20', end: '2026-03-23' }]);
  });
});
