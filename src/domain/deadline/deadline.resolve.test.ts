import { describe, expect, it } from 'vitest';
import { interpretDeadline, parseDeadline, resolveDeadline } from './index.js';

describe('the year of a yearless phrase comes from the plan period', () => {
  it('a school-year plan puts January in its second calendar year', () => {
    const ctx = { period: { start: '2021-09-01', end: '2022-08-31' } };
    expect(interpretDeadline('Январь', ctx).windows).toEqual([{ start: '2022-01-01', end: '2022-01-31' }]);
    expect(interpretDeadline('Сентябрь-декабрь', ctx).windows).toEqual([{ start: '2021-09-01', end: '2021-12-31' }]);
    expect(interpretDeadline('До 1 февраля', ctx).windows).toEqual([{ start: '2021-09-01', end: '2022-02-01' }]);
  });

  it('a month partly outside the period is clipped to it', () => {
    const ctx = { period: { start: '2022-01-15', end: '2022-12-31' } };
    expect(interpretDeadline('Январь', ctx).windows).toEqual([{ start: '2022-01-15', end: '2022-01-31' }]);
  });

  it('a month outside the period gives no window and a reason', () => {
    const r = interpretDeadline('Январь', { period: { start: '2022-03-01', end: '2022-05-31' } });
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([]);
    expect(r.reason).toMatch(/не попадает в период/);
  });

  it('in a multi-year plan a yearless phrase recurs every year', () => {
    const ctx = { period: { start: '2023-01-01', end: '2025-12-31' } };
    const r = interpretDeadline('Июль, декабрь', ctx);
    expect(r.kind).toBe('recurring');
    expect(r.recurrence).toEqual({ every: 'year' });
    expect(r.flags).toContain('repeats_yearly');
    expect(r.windows).toHaveLength(6);
    expect(r.parsed?.kind).toBe('multi');
  });

  it('yearly occurrences of a bound follow one another', () => {
    const r = interpretDeadline('до 1 февраля', { period: { start: '2023-01-01', end: '2024-12-31' } });
    expect(r.windows).toEqual([
      { start: '2023-01-01', end: '2023-02-01' },
      { start: '2023-02-02', end: '2024-02-01' },
    ]);
  });

  it('the whole period of a multi-year plan is one window', () => {
    const r = interpretDeadline('Весь период', { period: { start: '2023-01-01', end: '2025-12-31' } });
    expect(r.windows).toEqual([{ start: '2023-01-01', end: '2025-12-31' }]);
  });

  it('recurrences start at the cycle containing the period start', () => {
    const r = interpretDeadline('ежеквартально', { period: { start: '2022-02-15', end: '2022-07-10' } });
    expect(r.windows).toEqual([
      { start: '2022-02-15', end: '2022-03-31' },
      { start: '2022-04-01', end: '2022-06-30' },
      { start: '2022-07-01', end: '2022-07-10' },
    ]);
  });
});

describe('a bad context is treated as missing', () => {
  it.each([
    { period: { start: '2022-12-31', end: '2022-01-01' } },
    { period: { start: '2022-02-30', end: '2022-12-31' } },
    { period: { start: 'вчера', end: 'завтра' } },
    { period: null },
  ])('%j', (ctx) => {
    const r = interpretDeadline('Июль, декабрь', ctx as never);
    expect(r.kind).toBe('multi');
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['period']);
  });
});

describe('resolveDeadline', () => {
  it('parse once, resolve against several contexts', () => {
    const parsed = parseDeadline('Июль, декабрь');
    expect(resolveDeadline(parsed, { period: { start: '2022-01-01', end: '2022-12-31' } }).windows[0]?.start).toBe('2022-07-01');
    expect(resolveDeadline(parsed, { period: { start: '2023-01-01', end: '2023-12-31' } }).windows[0]?.start).toBe('2023-07-01');
  });

  it('accepts the old placeholder shape { text, kind } by parsing the text again', () => {
    const r = resolveDeadline({ text: 'Июль, декабрь', kind: 'unknown' } as never, {
      period: { start: '2022-01-01', end: '2022-12-31' },
    });
    expect(r.kind).toBe('multi');
    expect(r.windows).toHaveLength(2);
  });

  it('never throws on a malformed parsed value', () => {
    expect(resolveDeadline(null as never).kind).toBe('unknown');
    expect(resolveDeadline({ text: 'x', expr: { type: 'calendar', items: null } } as never).kind).toBe('unknown');
  });

  it('caps occurrence lists of very long periods', () => {
    const r = interpretDeadline('еженедельно', { period: { start: '1900-01-01', end: '2199-12-31' } });
    expect(r.windows).toHaveLength(1000);
    expect(r.flags).toContain('windows_truncated');
  });

  it('the result keeps the contract keys', () => {
    const r = interpretDeadline('Июль, декабрь', { period: { start: '2022-01-01', end: '2022-12-31' } });
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['text', 'kind', 'windows', 'recurrence', 'flags', 'legal_basis']));
  });
});

describe('a term after a plan year', () => {
  it.each([
    ['после первого года', { start: '2023-01-01', end: '2025-12-31' }, [{ start: '2024-01-01', end: '2025-12-31' }]],
    ['после второго года', { start: '2023-01-01', end: '2025-12-31' }, [{ start: '2025-01-01', end: '2025-12-31' }]],
    // A one-year plan has no day after its first year: unknown, never a date outside the plan.
    ['после первого года', { start: '2024-01-01', end: '2024-12-31' }, []],
    ['после первая года (по отдельному плану)', { start: '2000-01-01', end: '2000-01-01' }, []],
    // Nor a day before its first year.
    ['до первого года', { start: '2002-10-25', end: '2003-02-07' }, []],
  ])('%s in %j', (text, period, windows) => {
    const r = interpretDeadline(text, { period });
    expect(r.windows).toEqual(windows);
    if (windows.length === 0) expect(r.kind).toBe('unknown');
  });
});
