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
