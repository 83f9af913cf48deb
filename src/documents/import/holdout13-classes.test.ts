import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import type { DocLine } from './doc-lines.js';
import { votingDayInTitle } from './elections.parse.js';
import type { DocumentHeader } from './import-error.js';
import { importPlan } from './import-plan.js';
import { uzbekVotingDayTold } from './languages/uzbek-voting-day.js';
import { withoutCitedLaw, withoutLawClause } from './records/heading-law.js';
import { termClosingSentence } from './records/term-in-sentence.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string): Promise<PlanDraft> => importPlan(utf8(text));
const headerOf = async (text: string): Promise<DocumentHeader | undefined> =>
  importPlan(utf8(text)).then(
    () => undefined,
    (e: { header?: DocumentHeader }) => e.header,
  );
const flat = (items: readonly DraftItem[]): DraftItem[] => items.flatMap((i) => [i, ...flat(i.children)]);
const itemsOf = (d: PlanDraft): DraftItem[] => flat(d.items).filter((i) => i.kind === 'item');
const fieldOf = (d: PlanDraft, item: DraftItem, role: string): string | undefined => {
  const column = d.columns?.find((c) => c.role === role);
  return column ? item.fields[column.key] : undefined;
};

describe('a Romanian act as legal portals print it, then its annex one cell per paragraph', () => {
  const act = [
    'HOTĂRÂRE nr. 214 din 14 martie 2019 pentru aprobarea Programului calendaristic privind alegerile locale parţiale din data de 26 mai 2019',
    'În temeiul art. 108 din Constituţia României, republicată,',
    'Guvernul României adoptă prezenta hotărâre.',
    'Articol unic',
    'Se aprobă Programul calendaristic prevăzut în anexa care face parte integrantă din prezenta hotărâre.',
    '',
    'PRIM-MINISTRU',
    '',
    'ANEXĂ: PROGRAMUL CALENDARISTIC privind alegerile locale parţiale din data de 26 mai 2019',
    '',
    'Nr. crt.',
    '',
    'Termenul de realizare potrivit Legii nr. 115/2015 pentru alegerea autorităţilor administraţiei publice locale, cu modificările şi completările ulterioare (articolul)',
    '',
    'Acţiunea',
    '',
    'Cine realizează acţiunea',
    '',
    'Modalitatea de realizare',
    '',
    '0',
    '',
    '1',
    '',
    '2',
    '',
    '3',
    '',
    '4',
    '',
    '1.',
    '',
    'Cu cel puţin 55 de zile înaintea votării',
    '',
    '1 aprilie 2019',
    '',
    'Art. 12 alin. (1)',
    '',
    'Aducerea la cunoştinţa publică a datei alegerilor',
    '',
    'Prefectul',
    '',
    'Comunicat de presă',
    '',
    '2.',
    '',
    'Cu cel puţin 40 de zile înaintea votării',
    '',
    '16 aprilie 2019',
    '',
    'Art. 20',
    '',
    'Constituirea birourilor electorale de circumscripţie',
    '',
    'Tribunalul',
    '',
    'Tragere la sorţi',
  ].join('\n');

  it('reads the act’s kind, number and date from its heading and the body from the enacting formula', async () => {
    const d = await read(act);
    expect(d.approval).toMatchObject({ authority: 'Guvernul României', date: '2019-03-14', number: '214', actKind: 'постановление' });
  });
  it('takes the annex’s title without its label, and the voting day it names', async () => {
    const d = await read(act);
    expect(d.title).toMatch(/^PROGRAMUL CALENDARISTIC privind alegerile/);
    expect(d.elections?.map((e) => e.votingDay)).toEqual(['2019-05-26']);
  });
  it('reads the headings («Nr. crt.» with its dot, a term heading citing its law), skips the columns numbered from 0', async () => {
    const d = await read(act);
    // The articles go to a legal-basis column of their own.
    expect(d.columns?.map((c) => c.role)).toEqual(['number', 'deadline', 'title', 'executors', 'format', 'legal_basis']);
    expect(itemsOf(d).map((i) => i.number)).toEqual(['1', '2']);
  });
  it('keeps a term of three paragraphs — the rule, its day, its article — in one cell, the article as the basis', async () => {
    const d = await read(act);
    const [first, second] = itemsOf(d);
    expect(first!.title).toBe('Aducerea la cunoştinţa publică a datei alegerilor');
    expect(first!.deadline?.text).toBe('Cu cel puţin 55 de zile înaintea votării 1 aprilie 2019');
    expect(fieldOf(d, first!, 'legal_basis')).toBe('Art. 12 alin. (1)');
    expect(first!.executors.map((e) => e.text)).toEqual(['Prefectul']);
    expect(fieldOf(d, second!, 'format')).toBe('Tragere la sorţi');
  });
});

describe('a column heading that cites the law its terms are set by', () => {
  it('is named by its words outside the citation', () => {
    expect(withoutLawClause('Срок исполнения в соответствии с Федеральным законом от 12.06.2002 № 67-ФЗ')).toBe('Срок исполнения');
    expect(withoutLawClause('Termenul potrivit Legii nr. 370/2004 (articolul)')).toBe('Termenul (articolul)');
    expect(withoutCitedLaw('Срок по Закону № 12-ОЗ')).toBe('Срок по Закону ');
    expect(withoutCitedLaw('Срок 2 этапа')).toBe('Срок 2 этапа');
  });
});

describe('rows of a measure line, an executor line and term lines opening with a dash', () => {
  const page = [
    'Утвержден календарный план мероприятий по подготовке к выборам акимов',
    'Образование избирательных участков',
    'Акимы районов',
    '- Не позднее чем за 40 дней до дня голосования.',
    '- Не позднее 5 июня 2025 года.',
    'Выдвижение кандидатов',
    '- Начинается со дня назначения выборов и заканчивается в 18.00 часов 10 июня 2025 года.',
    'Информирование избирателей о времени и месте голосования',
    'Соответствующие акимы',
    '- Не позднее 20 июня 2025 года.',
  ].join('\n');

  it('reads each row: the measure, its executor if a line names one, its term lines without their dashes', async () => {
    const items = itemsOf(await read(page));
    expect(items.map((i) => [i.title, i.executors.map((e) => e.text), i.deadline?.text])).toEqual([
      ['Образование избирательных участков', ['Акимы районов'], 'Не позднее чем за 40 дней до дня голосования.\nНе позднее 5 июня 2025 года.'],
      ['Выдвижение кандидатов', [], 'Начинается со дня назначения выборов и заканчивается в 18.00 часов 10 июня 2025 года.'],
      ['Информирование избирателей о времени и месте голосования', ['Соответствующие акимы'], 'Не позднее 20 июня 2025 года.'],
    ]);
  });
  it('leaves a dash list whose lines are no terms to the list readers', async () => {
    const list = ['Задачи комиссии', '- обучение членов УИК;', '- работа с молодежью;', 'Мероприятия', '- выставка;', 'Прочее', '- семинар;'].join('\n');
    const d = await read(list).catch(() => null);
    expect(d?.source?.layout === 'listed' && itemsOf(d).some((i) => i.title === 'Задачи комиссии')).toBeFalsy();
  });
});

describe('a numbered measure told as a sentence that ends with its term', () => {
  it('parts the bound or the start and end told by their verbs from the measure', () => {
    expect(termClosingSentence('Публикация списка избирательных участков в местной газете не позднее 3 августа 2025 года.')).toEqual({
      title: 'Публикация списка избирательных участков в местной газете',
      deadline: 'не позднее 3 августа 2025 года',
    });
    expect(termClosingSentence('Прием заявлений кандидатов начинается со дня назначения выборов и заканчивается 12 июля 2025 года.')).toEqual({
      title: 'Прием заявлений кандидатов',
      deadline: 'начинается со дня назначения выборов и заканчивается 12 июля 2025 года',
    });
  });
  it('splits nothing when the term is not last or too little is left for a measure', () => {
    expect(termClosingSentence('До 3 августа 2025 года опубликовать список участков.')).toBeNull();
    expect(termClosingSentence('Заседание до 3 августа.')).toBeNull();
  });
  it('reads such numbered sentences as items with their terms', async () => {
    const d = await read(
      ['План включает:', '1. Образование участковых комиссий не позднее 1 июля 2025 года.', '2. Публикация списка участков до 10 июля 2025 года.'].join('\n'),
    );
    expect(itemsOf(d).map((i) => [i.title, i.deadline?.text])).toEqual([
      ['Образование участковых комиссий', 'не позднее 1 июля 2025 года'],
      ['Публикация списка участков', 'до 10 июля 2025 года'],
    ]);
  });
});

describe('the voting day told by a participle after the event', () => {
  it('reads «…, назначенного на <day>» and «… назначенных на <day>»', async () => {
    const header = await headerOf('Опубликован план подготовки референдума, назначенного на 5 октября 2025 года. Подробности позже.');
    expect(header?.elections.map((e) => e.votingDay)).toEqual(['2025-10-05']);
  });
});

describe('a post’s list with emoji headings and terms first in figures', () => {
  const post = [
    'Выборы в совет старшеклассников',
    '📌Совет вправе рассматривать вопросы:',
    '· о проведении праздников;',
    '· касающиеся школьного самоуправления;',
    '· связанные с дежурством',
    '📌Сроки:',
    'до 15.09.24г. - приём заявлений;',
    'до 25.09.24г. - встречи с избирателями;',
    '27.09.24г. - голосование, подведение итогов;',
  ].join('\n');

  it('takes the emoji line as the heading, the figures first as the term, the lines finishing a sentence out', async () => {
    const d = await read(post);
    expect(itemsOf(d).map((i) => [i.title, i.deadline?.text])).toEqual([
      ['приём заявлений', 'до 15.09.24г.'],
      ['встречи с избирателями', 'до 25.09.24г.'],
      ['голосование, подведение итогов', '27.09.24г.'],
    ]);
    expect(flat(d.items).find((i) => i.kind === 'section')?.title).toBe('Сроки');
  });
});

describe('a table of two columns, the measure and its date, one cell per line', () => {
  it('is read when the first row’s number follows the headings', async () => {
    const d = await read(
      ['План работы совета на 2024 год', 'Мероприятие', 'Дата', '1.', 'Выборы актива', '5 – 9.09', '2.', 'Заседание совета', '20.09'].join('\n'),
    );
    expect(d.columns?.map((c) => c.title)).toEqual(['№', 'Мероприятие', 'Дата']);
    expect(itemsOf(d).map((i) => [i.number, i.title, i.deadline?.text])).toEqual([
      ['1', 'Выборы актива', '5 – 9.09'],
      ['2', 'Заседание совета', '20.09'],
    ]);
  });
});

describe('Uzbek news tell the voting day before the elections, in Latin script', () => {
  it('gives «joriy yilning» the one year of the text', () => {
    expect(uzbekVotingDayTold(lines('12.11.2019', 'joriy yilning 22-dekabr kuni bo‘lib o‘tadigan Oliy Majlis saylovi'))).toBe('2019-12-22');
    expect(uzbekVotingDayTold(lines('2019-yil 22-dekabrda o‘tkaziladigan saylovga tayyorgarlik'))).toBe('2019-12-22');
    expect(uzbekVotingDayTold(lines('joriy yilning 22-dekabr kuni bo‘lib o‘tadigan saylov'))).toBeNull();
  });
});

describe('a day given with its hour is a sitting’s, not the voting day', () => {
  it('is not read from a sentence taken for a title', () => {
    expect(votingDayInTitle('5 мая 2025 г. в 10.00 ч. состоится заседание комиссии по вопросу выборов депутатов')).toBeNull();
    expect(votingDayInTitle('План мероприятий по подготовке и проведению выборов депутатов 14 сентября 2025 года')).toBe('2025-09-14');
  });
});
