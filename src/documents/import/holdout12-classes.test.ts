import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import type { DocLine } from './doc-lines.js';
import type { DocumentHeader } from './import-error.js';
import { importPlan } from './import-plan.js';
import { yearlessVotingDay } from './yearless-voting-day.js';

// Classes found on the twelfth held-out set (Russian bodies' plans and calendars retold on news pages; the documents
// each test stands for are named): every example is written for the test, in the shape of its class, not quoted.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const imported = async (...lines: string[]): Promise<PlanDraft> => importPlan(utf8(lines.join('\n')));
const headerOf = async (...lines: string[]): Promise<DocumentHeader | undefined> =>
  importPlan(utf8(lines.join('\n'))).then(
    () => undefined,
    (e: { header?: DocumentHeader }) => e.header,
  );
const rows = (items: readonly DraftItem[]): [string | null, string][] =>
  items.flatMap((i) => (i.kind === 'section' ? rows(i.children) : [[i.deadline?.text ?? null, i.title] as [string | null, string]]));
const docLines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));

describe('a retold calendar whose lines put the term first (cec-ru-president-campaign-calendar-news-kommersant-no-year)', () => {
  it('reads «Со 2 по 5 марта — …» as «С …», and a line without the dash among the dashed ones', async () => {
    const draft = await imported(
      'Сроки кампании',
      '10 января — объявление о начале приема заявок.',
      'С 10 по 20 января — прием заявок от участников.',
      'С 21 по 25 января Совет рассматривает заявки и утверждает список участников.',
      'Со 2 по 5 марта — показ работ участников, а жюри — подведение итогов.',
      '15 марта — награждение победителей.',
    );
    expect(rows(draft.items)).toEqual([
      ['10 января', 'объявление о начале приема заявок'],
      ['С 10 по 20 января', 'прием заявок от участников'],
      ['С 21 по 25 января', 'Совет рассматривает заявки и утверждает список участников'],
      ['Со 2 по 5 марта', 'показ работ участников, а жюри — подведение итогов'],
      ['15 марта', 'награждение победителей'],
    ]);
  });

  it('takes no undashed line outside such a run', async () => {
    // Without dashed term-first lines around it a dated sentence is news, not a calendar line.
    await expect(imported('Новости', 'С 21 по 25 января Совет рассматривает заявки.', 'С 26 по 30 января Совет подводит итоги.')).rejects.toThrow();
  });
});

describe('a schedule of days, the term first and no dash after it (voronezh-week-election-events-news-2025)', () => {
  it('reads three such lines, or two under a heading that asks or introduces them', async () => {
    const week = await imported(
      'Что ждет участников на следующей неделе?',
      '',
      '14 мая открытие выставки детских рисунков в библиотеке',
      '',
      '15-16 мая выездные консультации членов УИК',
    );
    expect(rows(week.items)).toEqual([
      ['14 мая', 'открытие выставки детских рисунков в библиотеке'],
      ['15-16 мая', 'выездные консультации членов УИК'],
    ]);
    const three = await imported('План недели', '3 июня заседание комиссии;', '4 июня учеба операторов;', '6 июня прием отчетов.');
    expect(rows(three.items).map(([d]) => d)).toEqual(['3 июня', '4 июня', '6 июня']);
  });

  it('takes no dated news sentences: a preposition after the day, or only two lines under no heading', async () => {
    await expect(imported('Хроника', '3 июня в ТИК прошло заседание', '4 июня в школе прошла учеба', '5 июня в УИК прошел прием')).rejects.toThrow();
    await expect(imported('Сводка', '3 июня заседание комиссии', '4 июня учеба операторов')).rejects.toThrow();
  });
});

describe('a news sentence tells its measure as a span, the verb last (voronezh-oblast-duma-campaign-august-news-no-year)', () => {
  it('keeps the whole span as the term and the sentence as the measure', async () => {
    const draft = await imported(
      'Конкурс «Молодой избиратель», посвященный правовой культуре, пройдет с 1 по 20 марта.',
      'Фотовыставка работ участников в городской библиотеке состоится с 5 апреля и продлится до 30 апреля.',
    );
    expect(rows(draft.items)).toEqual([
      ['с 1 по 20 марта', 'Конкурс «Молодой избиратель», посвященный правовой культуре, пройдет с 1 по 20 марта'],
      ['с 5 апреля и продлится до 30 апреля', 'Фотовыставка работ участников в городской библиотеке состоится с 5 апреля и продлится до 30 апреля'],
    ]);
  });

  it('still leaves the election’s own calendar narrated in news unread', async () => {
    // The step is the campaign's (registration, candidates): told by a verb, its terms are the holdout8 class's refusal.
    await expect(imported('Регистрация кандидатов завершится до 10 июля. Кандидаты проведут жеребьевку эфирного времени до 20 июля.')).rejects.toThrow();
  });
});

describe('a calendar line written as a sentence (sverdlovsk-ekaterinburg-ik-by-election-terms-news-2022)', () => {
  it('reads a step noun closed by its bound, once even when the site prints the paragraph twice', async () => {
    const paragraph =
      'Представление заявок на участие в олимпиаде по избирательному праву возможно до 12 ноября. Тестирование участников, включая заочный тур, с 15 по 18 ноября. Призовых мест будет три.';
    const draft = await imported('Олимпиада школьников', paragraph, 'Олимпиада проводится ежегодно.', paragraph);
    expect(rows(draft.items)).toEqual([
      ['до 12 ноября', 'Представление заявок на участие в олимпиаде по избирательному праву возможно до 12 ноября'],
      ['с 15 по 18 ноября', 'Тестирование участников, включая заочный тур, с 15 по 18 ноября'],
    ]);
    expect(draft.warnings.some((w) => /повторяет уже прочитанный/.test(w.message))).toBe(true);
  });

  it('takes no sentence whose verb narrates the step, nor a dashed line (the list reader’s)', async () => {
    await expect(imported('Прием документов будет осуществляться до 12 ноября. Регистрация кандидатов завершится до 20 ноября.')).rejects.toThrow();
    await expect(imported('Регистрация кандидатов – с 1 по 10 мая.', 'Выдвижение кандидатов – с 11 по 20 мая.')).rejects.toThrow();
  });
});

describe('a voting day told without its year takes the year of the page (three holdout12 news pages)', () => {
  it('reads «… намечено на», «… назначены на» and more words between the election and «пройдут»', () => {
    expect(yearlessVotingDay(docLines('Aug 3, 2021, 09:15 AM', 'Голосование намечено на 19 сентября.'))?.votingDay).toBe('2021-09-19');
    expect(yearlessVotingDay(docLines('12.02.2024', 'Досрочные выборы главы сельского поселения были назначены на 12 мая.'))?.votingDay).toBe('2024-05-12');
    expect(yearlessVotingDay(docLines('3 марта 2023, 11:20', 'Выборы в Совет депутатов нового округа пройдут 10 сентября'))?.votingDay).toBe('2023-09-10');
  });

  it('reads the days first and counts consecutive ones', () => {
    expect(yearlessVotingDay(docLines('1 сентября 2026, 10:00', '18, 19 и 20 сентября в районе пройдет голосование на выборах:'))).toEqual({
      votingDay: '2026-09-20',
      days: 3,
    });
  });

  it('reads nothing with two years, no year, or a day before a dated line', () => {
    expect(yearlessVotingDay(docLines('Голосование намечено на 19 сентября.'))).toBeNull();
    expect(yearlessVotingDay(docLines('05.01.2022', 'Отчет за 2021 год опубликован 3 марта 2021 года.', 'Выборы пройдут 27 марта'))).toBeNull();
    expect(yearlessVotingDay(docLines('05.06.2022', 'Голосование намечено на 19 мая.'))).toBeNull();
  });

  it('gives the plan the day and the days counted', async () => {
    const draft = await imported(
      'Неделя до выборов',
      '',
      '14 сентября 2026, 09:06',
      '',
      '18, 19 и 20 сентября в районе пройдет голосование на выборах депутатов.',
      '',
      'Что предстоит на этой неделе?',
      '',
      '15 сентября последний день подачи заявлений о голосовании по месту нахождения',
      '',
      '16-17 сентября передача бюллетеней в участковые комиссии',
    );
    expect((draft.elections ?? []).map((e) => [e.votingDay, e.votingDays])).toEqual([['2026-09-20', 3]]);
  });

  it('keeps a told day on a refused news page', async () => {
    const header = await headerOf('Довыборы в районный Совет пройдут 12 апреля', '05.02.2026', 'Заседание комиссии прошло сегодня.');
    expect(header?.elections.map((e) => e.votingDay)).toEqual(['2026-04-12']);
  });
});
