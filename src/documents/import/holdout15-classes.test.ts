import { describe, expect, it } from 'vitest';
import type { DocLine } from './doc-lines.js';
import { votingDayInTitle } from './elections.parse.js';
import type { DocumentHeader } from './import-error.js';
import { importPlan } from './import-plan.js';
import { azerbaijaniYearlessVotingDay } from './languages/azerbaijani-yearless-voting-day.js';
import { azerbaijaniQuotedTitle } from './languages/latin-title.js';
import { monthThenDays } from './month-then-days.js';
import { yearlessVotingDay } from './yearless-voting-day.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));
const headerOf = (text: string): Promise<DocumentHeader | undefined> =>
  importPlan(new TextEncoder().encode(text)).then(
    () => undefined,
    (e: { header?: DocumentHeader }) => e.header,
  );

describe('a news page dateline glued to its headline', () => {
  it('gives no voting day: a day with its clock time is the page’s', () => {
    expect(votingDayInTitle('3 марта 2021, 09:15 Начался прием документов кандидатов на выборах депутатов городской думы')).toBeNull();
    // A day named in the title without a clock time still is the voting day.
    expect(votingDayInTitle('План мероприятий по подготовке выборов депутатов городской думы 19 сентября 2021 года')).toBe('2021-09-19');
  });
});

describe('a news lead: the dated day and its country before «— единый день голосования»', () => {
  it('reads the day printed with its year', async () => {
    const header = await headerOf(
      ['14 марта 2027 года в Республике Алтай — единый день голосования.', 'Избирательная кампания идет по плану.', 'Агитация запрещена накануне.'].join('\n'),
    );
    expect(header?.elections[0]?.votingDay).toBe('2027-03-14');
  });
});

describe('a voting told by its month first and its days after («в мае … – 5,6,7 числа»)', () => {
  it('is restated days first', () => {
    expect(monthThenDays('Выборы пройдут в мае и займут три дня – 5,6,7 числа.')).toEqual(['5, 6, 7 мая пройдет голосование']);
    expect(monthThenDays('Голосование пройдет в мае, как и в прошлый раз.')).toEqual([]);
  });
  it('gives the last day and the count, the year from the page', () => {
    const found = yearlessVotingDay(lines('2 апреля 2026, 10:00', 'Выдвижение завершилось.', 'Голосование состоится в мае и пройдет в три дня – 5,6,7 числа.'));
    expect(found).toEqual({ votingDay: '2026-05-07', days: 3 });
  });
});

describe('an Azerbaijani news item: the voting day without its year', () => {
  it('takes the one year the page prints (a date line)', () => {
    expect(azerbaijaniYearlessVotingDay(lines(' date 2020-01 Xəbər', 'Sərəncamla fevralın 9-na bələdiyyə seçkiləri təyin edilib.'))).toBe('2020-02-09');
  });
  it('takes nothing with two years printed', () => {
    expect(azerbaijaniYearlessVotingDay(lines('2019 və 2020', 'Sərəncamla fevralın 9-na seçkilər təyin edilib.'))).toBeNull();
  });
});

describe('an Azerbaijani plan named in quotes in a sentence', () => {
  it('is the title, without the case ending after the quote', () => {
    expect(azerbaijaniQuotedTitle('Komissiyanın “Bələdiyyə seçkilərinin hazırlanıb keçirilməsi üzrə tədbirlərin Təqvim Planı”na əsasən iş aparılır.')).toBe(
      'Bələdiyyə seçkilərinin hazırlanıb keçirilməsi üzrə tədbirlərin Təqvim Planı',
    );
  });
});

describe('a news text telling the act that approved a plan, then other plans approved along with it', () => {
  it('takes the act’s own plan as the title', async () => {
    const header = await headerOf(
      [
        '15 декабря 2025 года состоялось заседание Избирательной комиссии области.',
        'Комиссия приняла Постановление об утверждении Плана основных мероприятий Избирательной комиссии области на 2026 год. Также были утверждены План обучения кадров на 2026 год и План работы рабочей группы на 2026 год.',
      ].join('\n'),
    );
    expect(header?.title).toBe('План основных мероприятий Избирательной комиссии области на 2026 год');
  });
});
