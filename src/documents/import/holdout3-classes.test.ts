import { describe, expect, it } from 'vitest';
import { allItems } from './draft-walk.fixture.js';
import { parseResolutionHeader } from './approval.parse.js';
import type { DocLine } from './doc-lines.js';
import { importPlan } from './import-plan.js';

// Classes found on the third held-out set (test/fixtures/import-corpus, ids in each describe);
// every line below is quoted from the published text named.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const docLines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));

describe('a Russian calendar retold with the term first (belarus-cec-parliament-calendar-plans-news-2019)', () => {
  it('«<term> – <action>;» under colon headings; ranges, a note in brackets (even unclosed) and a footnote mark stay in the term', async () => {
    const text = [
      'Календарные планы парламентских выборов',
      '',
      'В Палату представителей:',
      '2 сентября* – образование областных, Минской городской, окружных избирательных комиссий;',
      '8 сентября-7 октября (включительно) – выдвижение кандидатов в депутаты;',
      '8-17 октября (включительно – регистрация кандидатов в депутаты Палаты представителей;',
      '17 ноября – выборы депутатов Палаты представителей.',
      '',
      'В Совет Республики:',
      '9 сентября – 8 октября (включительно) – выдвижение кандидатов в члены Совета Республики;',
      '7 ноября – выборы членов Совета Республики.',
      '',
      '* Не позднее.',
      '',
      'Источник: ЦИК Беларуси.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    const all = allItems(draft.items);
    expect(all.filter((i) => i.kind === 'section').map((s) => s.title)).toEqual(['В Палату представителей', 'В Совет Республики']);
    expect(all.filter((i) => i.kind === 'item').map((i) => [i.title, i.deadline?.text])).toEqual([
      ['образование областных, Минской городской, окружных избирательных комиссий', '2 сентября*'],
      ['выдвижение кандидатов в депутаты', '8 сентября-7 октября (включительно)'],
      ['регистрация кандидатов в депутаты Палаты представителей', '8-17 октября (включительно'],
      ['выборы депутатов Палаты представителей', '17 ноября'],
      ['выдвижение кандидатов в члены Совета Республики', '9 сентября – 8 октября (включительно)'],
      ['выборы членов Совета Республики', '7 ноября'],
    ]);
  });
});

describe('a resolution printed without its heading names itself before «постановляет:» / «решила:»', () => {
  it('the points it sets are its own: the body is the approving act (leningrad-ik-young-voter-day-terms-resolution-2019-header)', async () => {
    const text = [
      'На основании пунктов 2, 4 постановления Центральной избирательной комиссии Российской Федерации от 28 декабря 2007 года N 83/666-5, в целях повышения правовой культуры молодежи, повышения уровня информированности молодых избирателей о выборах, создания условий для осознанного участия в голосовании, формирования у молодых людей гражданской ответственности Избирательная комиссия Ленинградской области постановляет:',
      '1. Установить проведение "Дня молодого избирателя" в Ленинградской области в сроки:',
      '- информационно-разъяснительные мероприятия, направленные на развитие и повышение правовой культуры молодых избирателей: март - май 2019 года, октябрь - декабрь 2019 года;',
      '- мероприятия, направленные на привлечение молодежи к участию в предстоящих 8 сентября 2019 года выборах: последняя неделя августа - первая неделя сентября 2019 года.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.approval).toMatchObject({ authority: 'Избирательная комиссия Ленинградской области', date: null, number: null, actKind: 'постановление' });
  });

  it('a hyphenated name is whole, «решила» makes a decision, «согласно приложению …» is not the title (spb-ik-disabled-voters-plan-decision-2023-header)', async () => {
    const text = [
      'В соответствии с пунктом 3.1 Рекомендаций по обеспечению избирательных прав граждан Российской Федерации, являющихся инвалидами, при проведении выборов в Российской Федерации, утвержденных постановлением Центральной избирательной комиссии Российской Федерации от 29 июля 2020 года N 262/1933-7, пунктом 2 решения Санкт-Петербургской избирательной комиссии от 26 ноября 2015 года N 132-6 "О Рабочей группе по обеспечению реализации избирательных прав граждан с ограниченными физическими возможностями" Санкт-Петербургская избирательная комиссия решила:',
      '1. Утвердить План мероприятий по обеспечению избирательных прав граждан Российской Федерации, являющихся инвалидами, на 2023 год согласно приложению к настоящему решению.',
      '3. Опубликовать настоящее решение в сетевом издании "Вестник Санкт-Петербургской избирательной комиссии".',
    ].join('\n');
    const refused = await importPlan(utf8(text)).catch((e: { header?: unknown }) => e);
    expect(refused).toMatchObject({
      header: {
        title: 'План мероприятий по обеспечению избирательных прав граждан Российской Федерации, являющихся инвалидами, на 2023 год',
        approval: { authority: 'Санкт-Петербургская избирательная комиссия', date: null, number: null, actKind: 'решение' },
      },
    });
  });
});

describe('the act named on one line, its place, date and number on the next, then its «О …» title', () => {
  it('«Постановление <body>» / «г. Астана от … №16/22» (cec-kz-president-terms-resolution-2011)', () => {
    const block = parseResolutionHeader(
      docLines(
        ' Постановление Центральной избирательной комиссии Республики Казахстан',
        ' ',
        'г. Астана от 4 февраля 2011 г. №16/22',
        ' ',
        'О сроках проведения избирательных мероприятий по подготовке и проведению внеочередных выборов Президента Республики Казахстан, назначенных на 3 апреля 2011 г.',
      ),
    );
    expect(block).toMatchObject({
      authority: 'Центральная избирательная комиссия Республики Казахстан',
      date: '2011-02-04',
      number: '16/22',
      actKind: 'постановление',
    });
  });

  it('«Постановление ЦИК РК» over the title: the body without a date; the news date after the title is not the act’s (cec-kz-maslikhat-calendar-resolution-news-2007-header)', () => {
    const block = parseResolutionHeader(
      docLines(
        'Постановление ЦИК РК',
        'О назначении очередных выборов депутатов маслихатов Республики Казахстан и утверждении Календарного плана основных мероприятий по проведению очередных выборов депутатов маслихатов Республики Казахстан',
        '22.06.2007 / политика и общество',
      ),
    );
    expect(block).toMatchObject({ authority: 'ЦИК РК', date: null, number: null, actKind: 'постановление' });
  });

  it('a news site’s line of rubrics parted by bars is not a table row (cec-kz-maslikhat-calendar-resolution-news-2007-header)', async () => {
    const text = [
      'NOMAD (Номад) - новости Казахстана',
      'КАЗАХСТАН: Самрук | Нурбанкгейт | Аблязовгейт | Январская трагедия | правительство Бектенова | правительство Смаилова | Казахстан-2050 | RSS | кадровые перестановки | дни рождения | бестселлеры | Каталог сайтов Казахстана | Реклама на Номаде | аналитика | политика и общество | экономика | оборона и безопасность | семья | экология и здоровье | творчество | юмор | интервью | скандалы | сенсации | криминал и коррупция | культура и спорт | история | календарь | наука и техника | американский империализм | трагедии и ЧП | акционеры | праздники | опросы | анекдоты | архив сайта | Фото Казахстан-2050',
      'Постановление ЦИК РК',
      'О назначении очередных выборов депутатов маслихатов Республики Казахстан и утверждении Календарного плана основных мероприятий по проведению очередных выборов депутатов маслихатов Республики Казахстан',
    ].join('\n');
    await expect(importPlan(utf8(text))).rejects.toMatchObject({ code: 'import_not_a_plan' });
  });
});

describe('a flattened table cut after its first section row (kirov-slobodskoy-tik-disabled-voters-plan-header)', () => {
  it('the row of one text closed by the bars of the empty cells it spans is kept as a section, with no item', async () => {
    const text = [
      'N п/п | Наименование мероприятия | Форма обеспечения исполнения | Дата проведения | Ответственные лица |',
      'Организационно-методическое обеспечение реализации Плана | ||||',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.columns?.map((c) => c.title)).toEqual(['N п/п', 'Наименование мероприятия', 'Форма обеспечения исполнения', 'Дата проведения', 'Ответственные лица']);
    expect(allItems(draft.items).map((i) => [i.kind, i.title])).toEqual([['section', 'Организационно-методическое обеспечение реализации Плана']]);
  });
});
