import { describe, expect, it } from 'vitest';
import { parseIsoDate, toIsoDate } from '../calendar-math.js';
import { isWorkingDay, knownYears, productionYear, shiftWorkingDays } from './production-calendar.js';

const day = (iso: string) => parseIsoDate(iso) as number;

// Days off and working Saturdays as published with each year's resolution on the transfer of days off.
const PUBLISHED: Record<number, { off: string[]; working: string[] }> = {
  2020: {
    off: ['2020-01-08', '2020-02-24', '2020-03-09', '2020-05-05', '2020-05-11', '2020-06-24', '2020-07-01'],
    working: ['2020-01-09', '2020-02-25', '2020-11-05'],
  },
  2021: { off: ['2021-01-08', '2021-02-22', '2021-05-04', '2021-06-14', '2021-11-05', '2021-12-31'], working: ['2021-02-20', '2021-01-11', '2021-06-11'] },
  2022: { off: ['2022-01-07', '2022-03-07', '2022-05-03', '2022-05-10', '2022-06-13', '2022-11-04'], working: ['2022-03-05', '2022-02-22', '2022-05-04'] },
  2023: { off: ['2023-01-06', '2023-02-24', '2023-05-08', '2023-06-12', '2023-11-06'], working: ['2023-01-09', '2023-02-22', '2023-05-10'] },
  2024: { off: ['2024-04-29', '2024-04-30', '2024-05-10', '2024-12-30', '2024-12-31', '2024-11-04'], working: ['2024-04-27', '2024-11-02', '2024-12-28'] },
  2025: { off: ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31', '2025-01-08'], working: ['2025-11-01', '2025-02-24', '2025-03-10'] },
  2026: {
    off: ['2026-01-09', '2026-02-23', '2026-03-09', '2026-05-11', '2026-06-12', '2026-11-04', '2026-12-31'],
    working: ['2026-01-12', '2026-05-12', '2026-11-05'],
  },
};

describe('Russian production calendar', () => {
  for (const [y, { off, working }] of Object.entries(PUBLISHED)) {
    it(`${y}: matches the published calendar and names its source`, () => {
      expect(productionYear('ru', Number(y))?.source).toMatch(/Постановление Правительства РФ от/);
      for (const d of off) expect([d, isWorkingDay(day(d))]).toEqual([d, false]);
      for (const d of working) expect([d, isWorkingDay(day(d))]).toEqual([d, true]);
    });
  }

  it('covers 2020–2026 and says nothing about a year it does not know', () => {
    expect(knownYears('ru')).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(isWorkingDay(day('2027-03-03'))).toBeNull();
    expect(isWorkingDay(day('2019-03-04'))).toBeNull();
    expect(shiftWorkingDays(day('2026-12-29'), 5)).toEqual({ ok: false, year: 2027 });
  });

  it('counts working days over holidays and transfers', () => {
    // 2024-04-26 (Fri) + 1 working day: 27 April was a working Saturday.
    expect(toIsoDate((shiftWorkingDays(day('2024-04-26'), 1) as { day: number }).day)).toBe('2024-04-27');
    // 2025-04-30 + 2 working days skips 1–4 May: 5 and 6 May.
    expect(toIsoDate((shiftWorkingDays(day('2025-04-30'), 2) as { day: number }).day)).toBe('2025-05-06');
  });
});

describe('Kyrgyz production calendar', () => {
  it("2026: the Minlabour list, the Cabinet's 8–9 January and Orozo Ait on 20 March; no transfers to weekends", () => {
    expect(productionYear('kg', 2026)?.source).toMatch(/№ 835/);
    for (const d of ['2026-01-05', '2026-01-08', '2026-01-09', '2026-03-20', '2026-05-04', '2026-05-08', '2026-08-31']) {
      expect([d, isWorkingDay(day(d), 'kg')]).toEqual([d, false]);
    }
    // 23 February and 7 April are holidays but working days; 9 March (after 8 March on a Sunday) is not moved.
    for (const d of ['2026-02-23', '2026-04-07', '2026-03-09', '2026-11-09']) expect([d, isWorkingDay(day(d), 'kg')]).toEqual([d, true]);
    expect(isWorkingDay(day('2026-03-21'), 'kg')).toBe(false);
  });

  it('says «unknown» for days whose status was not confirmed and for years not listed', () => {
    expect(isWorkingDay(day('2026-05-27'), 'kg')).toBeNull();
    expect(isWorkingDay(day('2024-05-06'), 'kg')).toBeNull();
    expect(isWorkingDay(day('2027-02-01'), 'kg')).toBeNull();
    expect(knownYears('kg')).toEqual([2025, 2026]);
    expect(shiftWorkingDays(day('2026-05-20'), 10, 'kg')).toEqual({ ok: false, year: 2026 });
  });

  it('counts Kyrgyz working days over the holidays', () => {
    // 2026-03-19 (Thu) + 1 working day: 20 March is Orozo Ait, 21–22 a weekend → 23 March.
    expect(toIsoDate((shiftWorkingDays(day('2026-03-19'), 1, 'kg') as { day: number }).day)).toBe('2026-03-23');
    // 2025-06-05 (Thu) + 1: Kurman Ait on Friday 6 June → Monday 9 June.
    expect(toIsoDate((shiftWorkingDays(day('2025-06-05'), 1, 'kg') as { day: number }).day)).toBe('2025-06-09');
  });
});
