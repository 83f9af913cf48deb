import { describe, expect, it } from 'vitest';
import { allItems, executorTexts } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';
import { splitRunOnHeader } from './run-on-rows.js';

const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);

describe('a table flattened with one space between cells', () => {
  it.each([
    ['№ п/п Наименование мероприятия Срок проведения Ответственные', ['№ п/п', 'Наименование мероприятия', 'Срок проведения', 'Ответственные']],
    ['N п/п Мероприятие Дата и место Организаторы', ['N п/п', 'Мероприятие', 'Дата и место', 'Организаторы']],
  ])('splits the one-line header «%s» before capitalised words', (text, cells) => expect(splitRunOnHeader(text)).toEqual(cells));

  it('reads the rows (by number or by indent), titles up to the date, the rest kept together with a warning', async () => {
    const text = [
      'ПРОГРАММА Дня молодого избирателя',
      '',
      '№ п/п Наименование мероприятия Время и место проведения Организаторы мероприятия',
      '1 2 3 4',
      '1. Викторина «Я — избиратель» 15.02.2025',
      '',
      'школа № 2 ТИК района',
      '  Деловая игра «Выборы» 20.02.2025 г., 11.00, библиотека МБУК «ЦБС»',
      '  Конкурс рисунков       март Дом культуры',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.source!.layout).toBe('run-on');
    expect(draft.columns!.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors']);
    const items = allItems(draft.items);
    // The organisers close a row when it ends with a name that reads as one; «Дом культуры» does not.
    expect(items.map((i) => [i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['Викторина «Я — избиратель»', '15.02.2025 школа № 2', ['ТИК района']],
      ['Деловая игра «Выборы»', '20.02.2025 г., 11.00, библиотека', ['МБУК «ЦБС»']],
      ['Конкурс рисунков', 'март Дом культуры', []],
    ]);
    expect(draft.warnings.some((w) => /одиночными пробелами.*«Организаторы мероприятия».*разделите/.test(w.message))).toBe(true);
  });

  it('reads the organisers closing each row apart and names only the columns still run together', async () => {
    const text = [
      '№ п/п Наименование мероприятия Время и место проведения Категория участников Предполагаемое количество участников Организаторы мероприятия',
      '1 2 3 4 5 6',
      '1. Презентация «Ты — будущий избиратель!» 20.05.2021',
      '',
      'МБУК «Сапожковский музей»',
      '',
      'учащиеся 25 чел. МБУК «Сапожковский музей»',
      '  Час информации 16.05.2021 г., 14.00, сельская библиотека учащиеся 15 чел. МБУК «Сапожковская ЦРБ», ТИК Сапожковского района',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    const items = allItems(draft.items);
    expect(items.map((i) => [i.deadline?.text, executorTexts(i)])).toEqual([
      ['20.05.2021 МБУК «Сапожковский музей» учащиеся 25 чел.', ['МБУК «Сапожковский музей»']],
      ['16.05.2021 г., 14.00, сельская библиотека учащиеся 15 чел.', ['МБУК «Сапожковская ЦРБ»', 'ТИК Сапожковского района']],
    ]);
    const runOn = draft.warnings.find((w) => /одиночными пробелами/.test(w.message))!.message;
    expect(runOn).toContain('«Предполагаемое количество участников» записаны вместе');
    expect(runOn).not.toContain('Организаторы');
  });

  it('without a column-number row: the plainest header over «1.» rows, the term by its opening words, executors from the capital after it', async () => {
    const text = [
      'План мероприятий по подготовке выборов',
      '',
      'N п/п Мероприятие Срок исполнения Исполнитель',
      '1. Уточнить сведения об избирателях и направить их в комиссии в течение избирательной кампании Управы районов Администрации города',
      '2. Провести совещание с руководителями в период до дня голосования не позднее 1 сентября Административный департамент, Управы районов',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.source?.layout).toBe('run-on');
    expect(allItems(draft.items).map((i) => [i.number, i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['1', 'Уточнить сведения об избирателях и направить их в комиссии', 'в течение избирательной кампании', ['Управы районов Администрации города']],
      ['2', 'Провести совещание с руководителями в период до дня голосования', 'не позднее 1 сентября', ['Административный департамент', 'Управы районов']],
    ]);
    expect(draft.warnings.some((w) => w.message.includes('строки с номерами колонок нет'))).toBe(true);
  });

  it('without a column-number row: a section line before row 1, terms opening with a capital («С 12 января», «По отдельному плану»)', async () => {
    const text = [
      'N п/п Наименование мероприятий Сроки проведения Ответственный за исполнение',
      'Организационные мероприятия',
      '1. Участие в семинарах по изучению закона По отдельному плану Заместитель главы Иванова И.В., Председатель ТИК Петров П.П.',
      '2. Содействие в публикации сведений С 12 января 2008 года Помощник главы Сидорова С.С.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.items.map((i) => [i.kind, i.title])).toEqual([['section', 'Организационные мероприятия']]);
    expect(draft.items[0]!.children.map((i) => [i.number, i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['1', 'Участие в семинарах по изучению закона', 'По отдельному плану', ['Заместитель главы Иванова И.В.', 'Председатель ТИК Петров П.П.']],
      ['2', 'Содействие в публикации сведений', 'С 12 января 2008 года', ['Помощник главы Сидорова С.С.']],
    ]);
  });

  it('without a column-number row, rows whose cells go on over lines are left to the one-cell-per-line reader', async () => {
    const text = [
      'N п/п Мероприятие Срок исполнения Исполнитель',
      '1. Заседание комиссии',
      'в течение года',
      'Председатель ТИК',
      '2. Семинар',
      'до 1 марта',
      'Секретарь ТИК',
    ].join('\n');
    const draft = await importPlan(utf8(text)).catch(() => null);
    expect(draft?.source?.layout).not.toBe('run-on');
  });

  it('without a column-number row, a header that is not the plainest four columns is not trusted', async () => {
    const text = ['N п/п Мероприятие Срок исполнения Исполнитель Примечание', '1. Семинар в течение года ТИК Отдел'].join('\n');
    const draft = await importPlan(utf8(text)).catch(() => null);
    expect(draft?.source?.layout).not.toBe('run-on');
  });

  it('needs the column-number row to count the headings', async () => {
    const text = ['№ п/п Наименование мероприятия Срок Ответственные', '1 2 3', '1. Семинар 15.02.2025 ТИК'].join('\n');
    const draft = await importPlan(utf8(text)).catch(() => null);
    expect(draft?.source?.layout).not.toBe('run-on');
  });

  // A calendar plan of Karelian municipal elections (Segezha district, 2018): the header on one line,
  // no column-number row, headings in capitals numbered «1.», «2.», the items under each starting
  // again at 1, and the term a bare date before the executors.
  it('a bare date before the executors is the term; numbered headings in capitals number themselves apart', async () => {
    const text = [
      'КАЛЕНДАРНЫЙ ПЛАН',
      'День голосования 9 сентября 2018 года  ',
      '№ п/п Содержание мероприятия Срок исполнения Исполнители',
      '       ',
      '1. НАЗНАЧЕНИЕ ВЫБОРОВ',
      '1. Назначение выборов 15 июня 2018 года Представительный орган муниципального образования',
      '2. Официальное опубликование в средствах массовой информации решения о назначении выборов 20 июня 2018 года Представительный орган муниципального образования',
      '2. ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ. СПИСКИ ИЗБИРАТЕЛЕЙ',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.source!.layout).toBe('run-on');
    expect(draft.items.map((s) => [s.kind, s.number, s.title, s.children.length])).toEqual([
      ['section', '1', 'НАЗНАЧЕНИЕ ВЫБОРОВ', 2],
      ['section', '2', 'ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ. СПИСКИ ИЗБИРАТЕЛЕЙ', 0],
    ]);
    const [first, second] = draft.items[0]!.children;
    expect([first!.number, first!.title, first!.deadline?.text, executorTexts(first!)]).toEqual([
      '1',
      'Назначение выборов',
      '15 июня 2018 года',
      ['Представительный орган муниципального образования'],
    ]);
    expect([second!.number, second!.deadline?.text]).toEqual(['2', '20 июня 2018 года']);
    expect(draft.warnings.map((w) => w.message).filter((m) => m.includes('повторно'))).toEqual([]);
  });

  it('a date inside the title with no executors after it does not cut the row', async () => {
    const text = ['№ п/п Мероприятие Срок исполнения Исполнитель', '1. Подготовка к 15 февраля Дня молодого избирателя в течение января ТИК'].join('\n');
    const draft = await importPlan(utf8(text));
    const item = allItems(draft.items)[0]!;
    expect(item.title).toBe('Подготовка к 15 февраля Дня молодого избирателя');
    expect(item.deadline?.text).toBe('в течение января');
  });
});
