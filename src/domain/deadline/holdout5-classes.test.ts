import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';
import { w } from './real-phrases.types.js';

// Classes the fifth held-out phrase set taught (real-phrases.holdout5.fixture.ts): each row is a phrase as printed
// there, then a sibling of the same class that no document gave.
const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });
const voting = (day: string): DeadlineContext => ({ elections: [{ votingDay: day }], ...year(Number(day.slice(0, 4))) });

describe('Russian wordings that say what a read wording says', () => {
  it.each([
    // «в канун» is «накануне».
    ['в канун дня выборов', voting('2010-01-17'), [w('2010-01-16')]],
    ['в канун дня голосования', voting('2024-09-08'), [w('2024-09-07')]],
    // «нынешнего (сего) года» is the plan's own year, as «текущего года».
    ['до 10 декабря нынешнего года', year(2010), [w('2010-01-01', '2010-12-10')]],
    ['не позднее 1 марта сего года', year(2022), [w('2022-01-01', '2022-03-01')]],
    // «на (единый) день голосования <date>» is the voting day printed with its date.
    ['на единый день голосования 19 сентября 2021 года', voting('2021-09-19'), [w('2021-09-19')]],
    ['на день голосования 14 марта 2010 года', voting('2010-03-14'), [w('2010-03-14')]],
    // «за 15 - 4 дня до …»: two counts of one term, the larger first.
    ['за 15 - 4 дня до дня голосования', voting('2010-03-14'), [w('2010-02-26', '2010-03-09')]],
    ['за 10-5 дней до дня голосования', voting('2024-09-08'), [w('2024-08-28', '2024-09-02')]],
    // «за I квартал 2016 года»: the quarter (half-year) the work covers.
    ['за I квартал 2016 года', year(2016), [w('2016-01-01', '2016-03-31')]],
    ['за 2-е полугодие', year(2020), [w('2020-07-01', '2020-12-31')]],
  ] as const)('%s', (text, ctx, windows) => {
    expect(interpretDeadline(text, ctx).windows).toEqual(windows);
  });

  it('«за 2-3 дня до …» (two or three days, the smaller first) is an estimate, not a span, and is not rewritten', () => {
    expect(interpretDeadline('за 2-3 дня до дня голосования', voting('2024-09-08')).windows).toEqual([]);
  });
});

describe('Kyrgyz and Kazakh dates', () => {
  it.each([
    // A span of days of one month with its year.
    ['2021-жылдын 2-3-мартында', year(2021), [w('2021-03-02', '2021-03-03')]],
    ['2024-жылдын 10-12-июнунда', year(2024), [w('2024-06-10', '2024-06-12')]],
    // «<date in the dative> карата»: as of that day.
    ['11-декабрга карата', year(2020), [w('2020-12-11')]],
    ['1-мартка карата', year(2023), [w('2023-03-01')]],
    // Kazakh: a start, then an end named by its rule and, after a dash, by its printed date.
    [
      '2017 жылғы 30 тамызда басталады және сайлау күніне бір ай қалғанда - 2017 жылғы 28 қыркүйекте аяқталады.',
      voting('2017-10-29'),
      [w('2017-08-30', '2017-09-28')],
    ],
    [
      '2019 жылғы 1 наурызда басталады және дауыс беруге 10 күн қалғанда - 2019 жылғы 20 наурызда аяқталады',
      voting('2019-03-30'),
      [w('2019-03-01', '2019-03-20')],
    ],
  ] as const)('%s', (text, ctx, windows) => {
    expect(interpretDeadline(text, ctx).windows).toEqual(windows);
  });
});
