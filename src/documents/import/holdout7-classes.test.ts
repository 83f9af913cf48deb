import { describe, expect, it } from 'vitest';
import { importPlan } from './import-plan.js';

// Classes found on the seventh held-out set (test/fixtures/import-corpus, ids in each test): a fragment quoted from
// the published text named, then a sibling of the same class that no document gave.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const rowsOf = async (text: string): Promise<(string | null)[][]> =>
  (await importPlan(utf8(text))).items.map((i) => [i.number ?? null, i.deadline?.text ?? null, i.title]);

describe('a table flattened one cell per line without its header row', () => {
  it('number, month and event on lines of their own, one month missing (kuzbass-belovo-school-electoral-system-anniversary-plan-2025)', async () => {
    const text = [
      'План мероприятий празднования 30- летия избирательной системы Кузбасса в 2025 году',
      '1',
      'Январь',
      'Исторический час «Твой выбор – твоё будущее» 5 – 11 классы (11-17 лет)',
      '2',
      'Февраль',
      'Конкурс рисунков «Я –будущий избиратель» 5 – 11 лет',
      '3',
      'Март',
      'Конкурс рефератов «30 лет избирательной системы Кузбасса» 8-11 классы (14-17 лет)',
      '4',
      'Апрель',
      'Выпуск видеоролика с поздравлением членов, ветеранов избирательных комиссий 8 - 11 классы (14 – 17 лет)',
      '5',
      'Деловая игра «Сегодня ученик – завтра избиратель» 5 - 11 классы(11 – 17 лет)',
      '6',
      'Июнь',
      'Сюжетно ролевые игры «О выборах — играя» 5 – 7 лет',
    ].join('\n');
    const rows = await rowsOf(text);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', 'Январь'],
      ['2', 'Февраль'],
      ['3', 'Март'],
      ['4', 'Апрель'],
      ['5', null],
      ['6', 'Июнь'],
    ]);
    expect(rows[4]![2]).toMatch(/^Деловая игра «Сегодня ученик – завтра избиратель»/);
  });

  it('the term after the title', async () => {
    const text = [
      'План работы кружка «Юный избиратель»',
      '',
      '1',
      'Беседа о выборах',
      'сентябрь',
      '2',
      'Викторина по избирательному праву',
      'октябрь',
      '3',
      'Экскурсия в участковую избирательную комиссию',
      'ноябрь',
    ].join('\n');
    expect(await rowsOf(text)).toEqual([
      ['1', 'сентябрь', 'Беседа о выборах'],
      ['2', 'октябрь', 'Викторина по избирательному праву'],
      ['3', 'ноябрь', 'Экскурсия в участковую избирательную комиссию'],
    ]);
  });

  it('figures on lines of their own with no terms among them are no table', async () => {
    await expect(importPlan(utf8('Итоги голосования\n\n1\nИванов\n2\nПетров\n3\nСидоров'))).rejects.toThrow();
  });
});

describe('a pipe table whose cell runs over lines without bars', () => {
  it('a dash list in the title cell, the row closed by «| сентябрь | руководитель |» (yakutia-lensk-young-voter-club-work-plan)', async () => {
    const text = [
      '№ | Наименование мероприятий | Дата проведения | Ответственные |',
      '1. Организационно-методическое обеспечение деятельности Клуба |',
      '1.3. | Опубликование объявления о создании Клуба в средствах массовой информации, распространение информации в учебных заведениях | сентябрь | руководитель |',
      '1.4. | Проведение организационного собрания Клуба:',
      '- выборы Председателя Клуба;',
      '- утверждение Положения и Плана работы Клуба;',
      '- утверждение названия и символики Клуба',
      '| сентябрь | руководитель |',
      '1.5. | Создание уголка молодого избирателя | сентябрь-декабрь | руководитель |',
      '1.6. | Подготовка буклета «Молодому избирателю» | сентябрь- декабрь | руководитель |',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    const items = draft.items.flatMap((i) => [i, ...i.children]);
    expect(items.map((i) => [i.number ?? null, i.deadline?.text ?? null])).toEqual([
      ['1', null],
      ['1.3', 'сентябрь'],
      ['1.4', 'сентябрь'],
      ['1.5', 'сентябрь-декабрь'],
      ['1.6', 'сентябрь-декабрь'],
    ]);
    expect(items[2]!.title).toMatch(/^Проведение организационного собрания Клуба:[\s\S]*символики Клуба$/);
  });

  it('a title with its points on lines of their own, closed by «| апрель | ТИК |»', async () => {
    const text = [
      '№ | Мероприятие | Срок | Исполнители |',
      '1 | Обучение членов участковых комиссий | март | ТИК |',
      '2 | Проверка списков избирателей:',
      'по месту жительства,',
      'по месту пребывания',
      '| апрель | ТИК |',
      '3 | Подведение итогов | май | ТИК |',
    ].join('\n');
    const items = (await importPlan(utf8(text))).items;
    expect(items.map((i) => [i.number, i.deadline?.text ?? null])).toEqual([
      ['1', 'март'],
      ['2', 'апрель'],
      ['3', 'май'],
    ]);
    expect(items[1]!.title).toMatch(/^Проверка списков избирателей:[\s\S]*по месту пребывания$/);
  });
});

describe('a flattened header confirmed by its column-number row', () => {
  const colsOf = async (text: string): Promise<string[]> => ((await importPlan(utf8(text))).columns ?? []).map((c) => c.title);
  it('headings no vocabulary names, a first row without its number (altai-krai-oskolkovo-school-young-voter-month-programme-2024)', async () => {
    const text = [
      '    Программа проведения Месячника молодого избирателя в феврале 2024 года',
      '',
      '    № п/п',
      '',
      '    Наименование мероприятия',
      '',
      '    Место, дата и время',
      '',
      '    проведения',
      '',
      '    Категория участников',
      '',
      '    Предполагаемое',
      '',
      '    количество участников',
      '',
      '    Ответственный',
      '',
      '    1',
      '',
      '    2',
      '',
      '    3',
      '',
      '    4',
      '',
      '    5',
      '',
      '    Проведение тематических занятий, бесед, информационных часов, уроков гражданственности по темам: Право избирать.',
      '',
      '    01.02.24',
    ].join('\n');
    expect(await colsOf(text)).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Место, дата и время проведения',
      'Категория участников',
      'Предполагаемое количество участников',
      'Ответственный',
    ]);
    const items = (await importPlan(utf8(text))).items;
    expect(items.map((i) => i.kind)).toEqual(['item']);
    expect(items[0]!.title).toMatch(/^Проведение тематических занятий/);
  });

  it('an unnamed heading between named ones, then numbered rows with dates', async () => {
    const text = [
      '№',
      'Мероприятие',
      'Охват',
      'Целевая группа',
      'Срок',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      'Лекция о выборах',
      '30 человек',
      'студенты',
      '15.03.2024',
      '2',
      'Встреча с членами комиссии',
      '20 человек',
      'школьники',
      '05.04.2024',
    ].join('\n');
    expect(await colsOf(text)).toEqual(['№', 'Мероприятие', 'Охват', 'Целевая группа', 'Срок']);
    const items = (await importPlan(utf8(text))).items;
    expect(items.map((i) => [i.number, i.deadline?.text ?? null])).toEqual([
      ['1', '15.03.2024'],
      ['2', '05.04.2024'],
    ]);
  });
});

describe('headers', () => {
  type Header = { title: string; period: { start: string; end: string } | null; approval?: { authority?: string | null } | null };
  const headerOf = async (text: string): Promise<Header | undefined> =>
    importPlan(utf8(text)).catch((e: { header?: Header }) => e.header) as Promise<Header | undefined>;
  const surgut = [
    'Приложение',
    'к распоряжению Администрации г. Сургута',
    'от 20 мая 2021 г. N 731',
    'План мероприятий',
    'по содействию избирательным комиссиям в реализации их полномочий при подготовке и проведении выборов депутатов Государственной Думы Федерального Собрания Российской Федерации восьмого созыва, депутатов Думы Ханты-Мансийского автономного округа - Югры седьмого созыва, депутатов Тюменской областной Думы седьмого созыва, депутатов Думы города Сургута седьмого созыва на территории города Сургута в 2021 году',
    'Наименование мероприятия |',
    'Срок исполнения |',
    'Ответственный |',
    '1. Оказание содействия в подготовке помещений участковых избирательных комиссий | ||',
  ].join('\n');

  it('a title going on in one long lowercase line naming four elections (surgut-admin-election-assistance-plan-2021-header)', async () => {
    const header = await headerOf(surgut);
    expect(header?.title).toMatch(/^План мероприятий по содействию избирательным комиссиям .* на территории города Сургута в 2021 году$/);
  });

  it('headings closed by « |» on a page too short for bars to part its cells keep no bar (same document)', async () => {
    const draft = await importPlan(utf8(surgut)).catch((e: { draft?: { columns?: { title: string }[] } }) => e.draft);
    const columns = (draft?.columns ?? []).map((c) => c.title);
    expect(columns).toEqual(expect.arrayContaining(['Наименование мероприятия', 'Срок исполнения', 'Ответственный']));
    expect(columns.some((c) => c.includes('|'))).toBe(false);
  });

  it('the measures’ days told in the approval’s paragraph, not a year named in passing (rostov-tselina-tik-young-voter-month-news-2023-header)', async () => {
    const text = [
      'Месячник молодого избирателя',
      '',
      '01.02.2023',
      '',
      'В целях повышения правовой культуры молодых и будущих избирателей, а также развития интереса к выборам в 2007 году Центральной избирательной комиссией Российской Федерации утвержден праздник – День молодого избирателя, который проводится каждое третье воскресенье февраля.',
      '',
      'Постановлением Территориальной избирательной комиссии Целинского района Ростовской области от 31.01.2023 № 31-2 утверждена программа проведения Месячника молодого избирателя. С 01 по 28 февраля 2023 года на территории Целинского района будет проведен ряд интересных мероприятий, приуроченных к данному событию.',
    ].join('\n');
    expect((await headerOf(text))?.period).toEqual({ start: '2023-02-01', end: '2023-02-28' });
  });

  it('a sibling: «с 5 по 25 мая 2024 года в школах района пройдут мероприятия»', async () => {
    const text =
      'Новости\n\nВ 2010 году в районе открыт первый клуб избирателей.\n\nС 5 по 25 мая 2024 года в школах района пройдут мероприятия Недели правовых знаний.';
    expect((await headerOf(text))?.period).toEqual({ start: '2024-05-05', end: '2024-05-25' });
  });

  it('«Программа … в феврале 2024 года» covers February (altai-krai-oskolkovo-school-young-voter-month-programme-2024)', async () => {
    const text = 'Программа проведения Месячника молодого избирателя в феврале 2024 года\n\n1. Беседа «Право избирать» | 01.02.2024 | классный руководитель |';
    expect((await headerOf(text))?.period).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('a month that is an election’s is not the plan’s: «… выборов в сентябре 2025 года»', async () => {
    const text = 'План мероприятий по подготовке к выборам в сентябре 2025 года\n\n1. Обучение членов УИК | июнь | ТИК |';
    expect((await headerOf(text))?.period).not.toEqual({ start: '2025-09-01', end: '2025-09-30' });
  });

  it('«в мае 2024 года»', async () => {
    const text = 'План проведения Недели молодого избирателя в мае 2024 года\n\n1. Викторина | 15.05.2024 | учитель истории |';
    expect((await headerOf(text))?.period).toEqual({ start: '2024-05-01', end: '2024-05-31' });
  });
});

describe('an Armenian news text telling the approval and the election', () => {
  type Header = { elections?: { votingDay: string }[]; approval?: { date?: string | null } | null };
  const headerOf = async (text: string): Promise<Header | undefined> =>
    importPlan(utf8(text)).catch((e: { header?: Header }) => e.header) as Promise<Header | undefined>;
  const real = [
    ' date 2026-02-09 09/02/2026',
    '',
    'ԿԸՀ-ն սահմանել է ԱԺ ընտրությունների գործողությունների ժամանակացույցը․ երբ կմեկնարկի նախընտրական քարոզչությունը',
    '',
    'Կենտրոնական ընտրական հանձնաժողովը փետրվարի 9-ի արտահերթ նիստում հաստատել է 2026 թվականի հունիսի 7-ին նշանակված ԱԺ հերթական ընտրությունների նախապատրաստման և անցկացման հիմնական միջոցառումների ժամանակացույցը:',
  ].join('\n');

  it('«… փետրվարի 9-ի արտահերթ նիստում հաստատել է 2026 թվականի հունիսի 7-ին նշանակված ԱԺ հերթական ընտրությունների … ժամանակացույցը» (armenia-cec-parliament-timetable-news-hy-2026-header)', async () => {
    const header = await headerOf(real);
    expect(header?.approval?.date).toBe('2026-02-09');
    expect((header?.elections ?? []).map((e) => e.votingDay)).toEqual(['2026-06-07']);
  });

  it('a sibling: a territorial commission’s regular session, a community head election', async () => {
    const text = [
      '12.03.2025',
      '',
      'ՏԸՀ-ն հաստատել է համայնքի ղեկավարի ընտրությունների գործողությունների ժամանակացույցը',
      '',
      'Տարածքային ընտրական հանձնաժողովը մարտի 11-ի հերթական նիստում հաստատել է 2025 թվականի մայիսի 18-ին նշանակված համայնքի ղեկավարի ընտրությունների ժամանակացույցը:',
    ].join('\n');
    const header = await headerOf(text);
    expect(header?.approval?.date).toBe('2025-03-11');
    expect((header?.elections ?? []).map((e) => e.votingDay)).toEqual(['2025-05-18']);
  });

  it('with two years in the text the session’s day is not guessed', async () => {
    const text = real.replace(' date 2026-02-09 09/02/2026', ' date 2025-12-30 30/12/2025');
    const header = await headerOf(text);
    expect((header?.elections ?? []).map((e) => e.votingDay)).toEqual(['2026-06-07']);
    expect(header?.approval?.date ?? null).toBeNull();
  });
});
