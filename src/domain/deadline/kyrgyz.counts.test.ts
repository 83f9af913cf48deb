import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

// Voting on Sunday 30.11.2025, called on Tuesday 30.09.2025; the Kyrgyz production calendar of 2025 has no
// holiday between them.
const KG: DeadlineContext = { elections: [{ votingDay: '2025-11-30', calledOn: '2025-09-30' }], period: { start: '2025-01-01', end: '2025-12-31' } };
const w = (start: string, end: string = start) => ({ start, end });

describe('Kyrgyz counts of the days left to voting day', () => {
  it.each([
    // «… калганда»: the day when N days remain, voting day − N.
    ['добуш берүү күнүнө 10 күн калганда', [w('2025-11-20')]],
    ['шайлоо күнүнө тогуз күн калганда', [w('2025-11-21')]],
    // «… калгандан кечиктирбестен»: not later than that day; «… калгандан эрте эмес»: not earlier.
    ['добуш берүү күнүнө 7 календардык күн калгандан кечиктирбестен', [w('2025-09-30', '2025-11-23')]],
    ['добуш берүү күнүнө чейин он күн калгандан кечиктирбестен', [w('2025-09-30', '2025-11-20')]],
    ['добуш берүү күнүнө отуз күн калгандан эрте эмес', [w('2025-10-31', '2025-11-29')]],
    // «… калганга чейин»: before the day when N remain, so voting day − (N + 1) (24.kg, 01.03.2026 → 29.01.2026).
    ['шайлоого он күн калганга чейин', [w('2025-09-30', '2025-11-19')]],
    ['добуш берүүгө 30 календардык күн калганга чейин', [w('2025-09-30', '2025-10-30')]],
    // «календарлык» is the CEC's older spelling.
    ['Добуш берүү күнүнө чейин 33 календарлык күндөн кечиктирбестен', [w('2025-09-30', '2025-10-28')]],
    ['Добуш берүү күнүнө чейин отуз сегиз календардык күндөн кечиктирбестен', [w('2025-09-30', '2025-10-23')]],
    // To the election itself rather than its day: the same count.
    ['шайлоого чейин 20 күндөн кечиктирбестен', [w('2025-09-30', '2025-11-10')]],
    // «… N күн мурун» (N days before): the day itself, as «N күн калганда».
    ['шайлоо күнүнөн 10 күн мурун', [w('2025-11-20')]],
    ['шайлоодон беш күн мурун', [w('2025-11-25')]],
  ])('%s', (text, windows) => {
    expect(interpretDeadline(text, KG).windows).toEqual(windows);
  });

  it.each([
    ['шайлоо күнүнө тогуз күн калганда башталып, бир күн калганда токтотулат', w('2025-11-21', '2025-11-29')],
    ['добуш берүү күнүнө 15 күн калганда башталат да, 5 күн калганда аяктайт', w('2025-11-15', '2025-11-25')],
  ])('a term by its first and last day: %s', (text, window) => {
    expect(interpretDeadline(text, KG).windows).toEqual([window]);
  });

  it.each([
    // The end before the start, or an end counted from something else, is no term.
    'шайлоо күнүнө бир күн калганда башталып, тогуз күн калганда токтотулат',
    'шайлоо күнүнө тогуз күн калганда башталып, шайлоо дайындалгандан кийин токтотулат',
  ])('unreadable spans stay without dates: %s', (text) => {
    expect(interpretDeadline(text, KG).windows).toEqual([]);
  });
});

describe('Kyrgyz working days', () => {
  it.each([
    // 30.09.2025 (Tue) is the first day «тартып»; 4–5 October are a weekend.
    ['шайлоо дайындалган күндөн тартып 5 жумушчу күндүн ичинде', w('2025-09-30', '2025-10-06')],
    ['шайлоо дайындалган күндөн тартып беш жумушчу күндүн ичинде', w('2025-09-30', '2025-10-06')],
    ['шайлоо дайындалгандан кийин 3 жумушчу күндүн ичинде', w('2025-10-01', '2025-10-03')],
  ])('%s', (text, window) => {
    const r = interpretDeadline(text, KG);
    expect(r.windows).toEqual([window]);
    expect(r.flags).toContain('working_days');
  });
});

describe('Kyrgyz hours', () => {
  it.each([
    ['9-июлда таңкы саат 7де', [w('2025-07-09')], '07:00'],
    ['27-ноябрь кечки саат 8де', [w('2025-11-27')], '20:00'],
    ['5-декабрда саат 14:00гө чейин', [w('2025-12-05')], '14:00'],
    // A date in the nominative and its hour are one moment, bounded by «чейин»: like «до 18:00 5 декабря».
    ['5-декабрь саат 18:00гө чейин', [w('2025-01-01', '2025-12-05')], '18:00'],
    ['2025-жылдын 5-декабрь эртең мененки саат 8ге чейин', [w('2025-01-01', '2025-12-05')], '08:00'],
    ['добуш берүү күнү саат 14:00гө чейин', [w('2025-11-30')], '14:00'],
  ])('%s', (text, windows, time) => {
    const r = interpretDeadline(text, KG);
    expect(r.windows).toEqual(windows);
    expect(r.time).toBe(time);
  });

  it.each([
    ['15-ноябрдан кечиктирбестен', w('2025-01-01', '2025-11-15')],
    ['15-ноябрдан кийин', w('2025-11-16', '2025-12-31')],
  ])('a date in the ablative with «кечиктирбестен» / «кийин»: %s', (text, window) => {
    expect(interpretDeadline(text, { period: KG.period }).windows).toEqual([window]);
  });
});

describe('Kyrgyz terms from an event', () => {
  const withMandates: DeadlineContext = { ...KG, events: [{ key: 'мандат берилген', date: '2025-12-10' }] };

  it.each([
    // «кийин» (after) starts the next day; «тартып / баштап» (from) counts the event's date as the first day.
    ['добуш берүү күнүнөн кийин 3 күндүн ичинде', w('2025-12-01', '2025-12-03')],
    ['добуш берүү күнүнөн тартып 3 күндүн ичинде', w('2025-11-30', '2025-12-02')],
    ['шайлоо дайындалган күндөн баштап 7 календардык күндүн ичинде', w('2025-09-30', '2025-10-06')],
    ['Мандат берилгенден кийин эки апта ичинде', w('2025-12-11', '2025-12-24')],
  ])('%s', (text, window) => {
    expect(interpretDeadline(text, withMandates).windows).toEqual([window]);
  });

  it.each([
    ['шайлоонун жыйынтыгы аныкталгандан кийин 7 күндүн ичинде', 'шайлоонун жыйынтыгы аныкталган'],
    ['чечим кабыл алынган күндөн тартып 3 календардык күндүн ичинде', 'чечим кабыл алынган'],
    ['арыз түшкөндөн кийин беш күндөн кечиктирбестен', 'арыз түшкөн'],
  ])('waits for the date of an event it names: %s', (text, event) => {
    const r = interpretDeadline(text, KG);
    expect(r.windows).toEqual([]);
    expect(r.pending?.map((e) => e.event)).toEqual([event]);
  });
});
