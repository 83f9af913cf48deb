import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';

const year = (y: number): DeadlineContext => ({ period: { start: `${y}-01-01`, end: `${y}-12-31` } });
const windows = (text: string, ctx: DeadlineContext = {}) => interpretDeadline(text, ctx).windows;
const w = (start: string, end = start) => ({ start, end });

describe('Uzbek terms in Latin script', () => {
  it('reads «-ga qadar» and «-gacha» as «up to», «joriy yil» as the plan’s own year', () => {
    expect(windows('joriy yil 14 oktyabrga qadar', year(2024))).toEqual([w('2024-01-01', '2024-10-14')]);
    expect(windows('20-oktyabrgacha', year(2024))).toEqual([w('2024-01-01', '2024-10-20')]);
    expect(windows('joriy yilning 5-sentyabriga qadar', year(2024))).toEqual([]);
  });
  it('reads «-dan … -gacha» as a range, a printed year kept', () => {
    expect(windows('2024-yil 1-oktyabrdan 14-oktyabrgacha')).toEqual([w('2024-10-01', '2024-10-14')]);
    expect(windows('2019-yil 25-noyabrdan 10-dekabrgacha')).toEqual([w('2019-11-25', '2019-12-10')]);
  });
  it('gives no date without a year, and none to wording it does not know', () => {
    expect(windows('joriy yil 14 oktyabrga qadar')).toEqual([]);
    expect(windows('joriy yil 14 oktyabrga qadar saylov uchastkalarida', year(2024))).toEqual([]);
  });
});

describe('«с.г.» after a date', () => {
  it('is the plan’s own year, as «текущего года» and «т.г.» are', () => {
    expect(windows('до 4 июля с.г.', year(2016))).toEqual([w('2016-01-01', '2016-07-04')]);
    expect(windows('до 15 августа с. г.', year(2016))).toEqual(windows('до 15 августа текущего года', year(2016)));
    expect(windows('до 4 июля с.г.')).toEqual([]);
  });
});

describe('Armenian: a verb of duration inside a range', () => {
  it('reads «-ից և կտևի մինչև -ը» as the range «с … по …»', () => {
    expect(windows('հոկտեմբերի 20-ից և կտևի մինչև նոյեմբերի 14-ը', year(2025))).toEqual([w('2025-10-20', '2025-11-14')]);
    expect(windows('մայիսի 2-ից և կշարունակվի մինչև մայիսի 18-ը', year(2026))).toEqual([w('2026-05-02', '2026-05-18')]);
  });
});

describe('Kazakh: the year printed after the date, in the nominative', () => {
  it('reads «14 қыркүйек – 13 қазан 2020 жыл» and a one-month span with its length in brackets', () => {
    expect(windows('14 қыркүйек – 13 қазан 2020 жыл (бір айлық мерзім)')).toEqual([w('2020-09-14', '2020-10-13')]);
    expect(windows('14 – 20 қазан 2020 жыл')).toEqual([w('2020-10-14', '2020-10-20')]);
    expect(windows('1 – 15 қаңтар 2021 жыл')).toEqual([w('2021-01-01', '2021-01-15')]);
  });
});

describe('Kazakh: a start hour, and an end told by its rule then restated in brackets', () => {
  const election = (votingDay: string): DeadlineContext => ({ elections: [{ votingDay }], ...year(Number(votingDay.slice(0, 4))) });
  it('reads the printed end; an end at 0:00 keeps its day out', () => {
    const real =
      '2022 жылғы 21 қазанда жергілікті уақыт бойынша сағат 18.00-де басталады және сайлау болатын күннің алдындағы күні жергілікті уақыт бойынша сағат 00.00-де аяқталады (2022 жылғы 19 қарашада сағат 00.00-де аяқталады)';
    const r = interpretDeadline(real, election('2022-11-20'));
    expect([r.kind, r.windows, r.time]).toEqual(['range', [w('2022-10-21', '2022-11-18')], '00:00']);
    expect(windows('2023 жылғы 10 ақпанда сағат 18.00-де басталады және 2023 жылғы 18 наурызда сағат 00.00-де аяқталады')).toEqual([
      w('2023-02-10', '2023-03-17'),
    ]);
    expect(windows('2021 жылғы 8 желтоқсанда сағат 18.00-де басталады және 2022 жылғы 8 қаңтарда сағат 18.00-де аяқталады')).toEqual([
      w('2021-12-08', '2022-01-08'),
    ]);
  });
  it('leaves a bracket that tells no end as a note', () => {
    expect(windows('2022 жылғы 21 қазанда сағат 18.00-де басталады және сайлау болатын күннің алдындағы күні аяқталады (бір ай)')).toEqual([]);
  });
});
