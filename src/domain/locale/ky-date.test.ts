import { describe, expect, it } from 'vitest';
import { kyLongDate, kyLongDateAttributive, kyMonth, kyMonthName } from './ky-date.js';

describe('Kyrgyz dates', () => {
  it.each([
    ['2026-11-27', '2026-жылдын 27-ноябры'],
    ['2017-09-03', '2017-жылдын 3-сентябры'],
    ['2013-04-23', '2013-жылдын 23-апрели'],
    ['2017-07-27', '2017-жылдын 27-июлу'],
    ['2021-06-01', '2021-жылдын 1-июну'],
    ['2021-01-15', '2021-жылдын 15-январы'],
  ])('%s → %s', (iso, text) => expect(kyLongDate(iso)).toBe(text));

  it.each([
    ['2025-11-14', '2025-жылдын 14-ноябрындагы'],
    ['2021-02-08', '2021-жылдын 8-февралындагы'],
    ['2023-05-23', '2023-жылдын 23-майындагы'],
    ['2023-08-07', '2023-жылдын 7-августундагы'],
    ['2023-04-09', '2023-жылдын 9-апрелиндеги'],
  ])('attributive %s → %s', (iso, text) => expect(kyLongDateAttributive(iso)).toBe(text));

  it('months and bad input', () => {
    expect(kyMonth('2022-03')).toBe('2022-жылдын март айы');
    expect(kyMonthName(11)).toBe('Ноябрь');
    expect(kyLongDate('not a date')).toBe('not a date');
    expect(kyLongDate('2026-13-01')).toBe('2026-13-01');
    expect(kyLongDate(null)).toBe('');
  });
});
