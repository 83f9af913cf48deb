import { describe, expect, it } from 'vitest';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Layout classes the layout-transfer matrix (layout-transfer.test.ts) showed failing on content the
// layout should read; the fixtures are synthetic, written in the shape of each class.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a Word or HTML table without its header row', () => {
  const rows = [
    ['1.1', 'Анализ итогов работы по обучению организаторов выборов в 2023 году.', 'Январь', 'ИКЭО'],
    ['1.2', 'Разработка плана обучения членов участковых избирательных комиссий.', 'До 1 февраля', 'ТИК'],
    ['1.3', 'Проведение семинаров с председателями участковых избирательных комиссий.', 'Ежеквартально', 'ИКЭО, ТИК'],
  ];
  const html = [
    '<table>',
    '<tr><td colspan="4">1. Организационно-методическое обеспечение</td></tr>',
    ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`),
    '</table>',
  ].join('\n');

  it('reads its cells as the file parts them, not line by line', async () => {
    const draft = await importPlan(utf8(html), { fileName: 'plan.html' });
    expect(counts(draft)).toEqual({ sections: 1, items: 3 });
    expect(byNumber(draft, '1.1').title).toBe('Анализ итогов работы по обучению организаторов выборов в 2023 году.');
    expect(byNumber(draft, '1.2').deadline?.text).toBe('До 1 февраля');
    expect(executorTexts(byNumber(draft, '1.3'))).toEqual(['ИКЭО', 'ТИК']);
    expect(draft.warnings.some((w) => /нет строки заголовков/.test(w.message))).toBe(true);
  });

  it('still leaves a table of unnumbered prose to the other readers', async () => {
    const prose = '<table><tr><td>Адрес</td><td>г. Энск, ул. Ленина, 1</td></tr><tr><td>Телефон</td><td>12-34-56</td></tr></table>';
    await expect(importPlan(utf8(prose), { fileName: 'contacts.html' })).rejects.toThrow();
  });
});

describe('a table saved as tab-separated text, its section rows as lines without tabs', () => {
  const tabs = (cells: string[]): string => cells.join('\t');
  const withHeader = [
    tabs(['№ п/п', 'Наименование мероприятия', 'Исполнитель', 'Период реализации']),
    'Раздел I. Обучение кадров избирательных комиссий',
    '1.1. Организационные мероприятия',
    tabs(['1.1.1', 'Разработка программ обучения', 'ИКЭО', 'В течение года']),
    tabs(['1.1.2', 'Разработка методических материалов', 'ИКЭО', 'В течение года']),
    '1.2. Обучение кадров избирательных комиссий',
    tabs(['1.2.1', 'Обучение членов ТИК', 'ТИК', 'Февраль – март']),
    tabs(['1.2.2', 'Обучение членов УИК', 'ТИК', 'Апрель']),
  ];

  it('keeps each heading a row of its own, not the tail of the cell above', async () => {
    const draft = await importPlan(utf8(withHeader.join('\n')), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 3, items: 4 });
    expect(byNumber(draft, '1.1.2').deadline?.text).toBe('В течение года');
    expect(byNumber(draft, '1.2').kind).toBe('section');
    expect(byNumber(draft, '1.2').title).toBe('Обучение кадров избирательных комиссий');
  });

  it('opens a table printed without its header with the heading above the first numbered row', async () => {
    const draft = await importPlan(utf8(withHeader.slice(1).join('\n')), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 3, items: 4 });
    expect(byNumber(draft, 'Раздел I').kind).toBe('section');
    expect(executorTexts(byNumber(draft, '1.2.1'))).toEqual(['ТИК']);
  });

  it('leaves a note of a legal database between rows as it was (no number: not a heading)', async () => {
    const text = [
      tabs(['N п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные']),
      tabs(['1.', 'Заседания комиссии', 'ежемесячно', 'Председатель']),
      'Информация об изменениях:',
      tabs(['2.', 'Проведение семинаров с членами ТИК', 'в течение года', 'Отдел']),
      tabs(['3.', 'Отчет о работе', 'декабрь', 'Секретарь']),
    ].join('\n');
    const draft = await importPlan(utf8(text), { fileName: 'plan.txt' });
    expect(allItems(draft.items).filter((i) => i.kind === 'section')).toEqual([]);
  });
});

describe('cells opened by «| », a lone «|» ending each row, many heading rows', () => {
  // Heading rows are two lines («| 1. Раздел» / «|»): where they are many, the lone bars are a large
  // share of the lines, yet they end rows — they do not close cells.
  const row = (cells: string[]): string[] => [...cells.map((c) => `| ${c}`), '|'];
  const lines = [
    ...row(['Номер строки', 'Наименование мероприятия', 'Срок исполнения', 'Исполнители']),
    ...row(['1', '2', '3', '4']),
    ...['1. Заседания', '2. Обучение', '3. Информирование', '4. Отчётность'].flatMap((heading, k) => [
      ...row([heading]),
      ...row([`${k + 1}.1`, `Мероприятие ${k + 1} по плану комиссии`, 'Ежеквартально', 'ТИК']),
    ]),
  ];

  it('reads headings as headings and each row’s cells under their columns', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 4, items: 4 });
    expect(draft.columns?.map((c) => c.title)).toEqual(['Номер строки', 'Наименование мероприятия', 'Срок исполнения', 'Исполнители']);
    expect(byNumber(draft, '3.1').deadline?.text).toBe('Ежеквартально');
    expect(executorTexts(byNumber(draft, '4.1'))).toEqual(['ТИК']);
  });
});

describe('one cell per line: a parent row with executors and no term', () => {
  const lines = [
    '№ п/п',
    'Наименование мероприятия',
    'Срок исполнения',
    'Исполнители',
    '3.1',
    'Организация работы по повышению правовой культуры учащихся образовательных организаций',
    'ИККО, ТИК',
    '3.1.1',
    'Проведение мероприятий Молодежной избирательной комиссии',
    'Весь период',
    'ИККО',
    '3.1.2',
    'Наполнение раздела сайта',
    'Ежемесячно',
    'ТИК',
  ];

  it('keeps the executors its own, not the tail of its title', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    const parent = byNumber(draft, '3.1');
    expect(parent.title).toBe('Организация работы по повышению правовой культуры учащихся образовательных организаций');
    expect(executorTexts(parent)).toEqual(['ИККО', 'ТИК']);
    expect(byNumber(draft, '3.1.2').deadline?.text).toBe('Ежемесячно');
  });
});

describe('cells closed by « |» without a header row, the number in a cell of its own', () => {
  const lines = [
    '1. Организационно-методическое обеспечение |',
    '1.1 |',
    'Анализ итогов работы по обучению организаторов выборов. |',
    'Январь |',
    'ИККО |',
    '1.2 |',
    'Разработка плана обучения членов избирательных комиссий. |',
    'До 1 февраля |',
    'ТИК |',
    '1.3 |',
    'Семинары-совещания с председателями комиссий. |',
    'Весь период |',
    'ИККО, ТИК |',
  ];

  it('takes the cell after the number for the title, then the term and the executors', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    const first = byNumber(draft, '1.1');
    expect(first.title).toBe('Анализ итогов работы по обучению организаторов выборов.');
    expect(first.deadline?.text).toBe('Январь');
    expect(executorTexts(byNumber(draft, '1.3'))).toEqual(['ИККО', 'ТИК']);
  });
});

describe('one cell per line under a header that names the item «Формат мероприятия», cells hard-wrapped', () => {
  const lines = [
    '№ п/п',
    'Формат мероприятия',
    'Сроки',
    'Содержание',
    '1',
    'Комплектование состава общественного штаба',
    '15.02. -15.03.2021',
    'Сформировать рабочие группы: юридическую группу,',
    'мониторинговую группу, экспертную группу, группу',
    'по работе с наблюдателями, назначить',
    'ответственного по взаимодействию со СМИ',
    '2',
    'Открытие общественного штаба',
    '18.02.2021',
    'Пригласить председателя Избирательной комиссии',
    'Кузбасса, членов общественного штаба,',
    'представителей крупных НКО, СМИ, экспертов.',
    '3',
    'Заседания общественного штаба по направлениям',
    'рабочих групп',
    'ежемесячно',
    'Подводить ежемесячно итоги работы общественного',
    'штаба по направлениям деятельности рабочих групп.',
  ];

  it('takes the heading for the title column and reads rows longer than a few lines', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 0, items: 3 });
    expect(draft.columns?.find((c) => c.role === 'title')?.title).toBe('Формат мероприятия');
    expect(byNumber(draft, '2').deadline?.text).toBe('18.02.2021');
    expect(byNumber(draft, '3').title).toBe('Заседания общественного штаба по направлениям рабочих групп');
  });
});

describe('one cell per line, the term column last: a month closing a row', () => {
  const lines = [
    '№ п/п',
    'Наименование мероприятия',
    'Исполнитель',
    'Период реализации',
    '2.2.3',
    'Обучение членов участковых избирательных комиссий',
    'ТИК',
    'Февраль',
    '2.2.4',
    'Обучение резерва составов участковых комиссий',
    'ТИК',
    'Май',
    '2.2.5',
    'Тестирование членов УИК',
    'ИККО',
    'Июнь',
  ];

  it('is the row’s term, not a month heading over the next row', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(byNumber(draft, '2.2.3').deadline?.text).toBe('Февраль');
    expect(byNumber(draft, '2.2.4').deadline?.text).toBe('Май');
    expect(byNumber(draft, '2.2.5').deadline?.text).toBe('Июнь');
  });
});

describe('one cell per line with a blank line between cells, cells wrapped over lines of their own', () => {
  const cells = [
    [
      '1.',
      'Создание Рабочей группы Избирательной комиссии\nРеспублики Калмыкия по формированию\nтерриториальных избирательных комиссий',
      'март',
      'Дикалов А.Н.,\nМучаев Б.И.',
    ],
    ['2.', 'Подготовка предложений\nо составах комиссий', 'апрель', 'аппарат Избирательной комиссии\nРеспублики Калмыкия'],
    ['3.', 'Формирование территориальных\nизбирательных комиссий', 'май', 'Территориальные органы Администрации города\nЭлисты'],
  ];
  const text = ['N', '', 'Мероприятие', '', 'Сроки проведения', '', 'Ответственный', '', ...cells.flatMap((row) => row.flatMap((c) => [c, '']))].join('\n');

  it('keeps lines without a blank between them in one cell, and a wrapped name one executor', async () => {
    const draft = await importPlan(utf8(text), { fileName: 'plan.txt' });
    const first = byNumber(draft, '1');
    expect(first.title).toBe('Создание Рабочей группы Избирательной комиссии Республики Калмыкия по формированию территориальных избирательных комиссий');
    expect(first.deadline?.text).toBe('март');
    expect(executorTexts(first)).toEqual(['Дикалов А.Н.', 'Мучаев Б.И.']);
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['аппарат Избирательной комиссии Республики Калмыкия']);
    expect(executorTexts(byNumber(draft, '3'))).toEqual(['Территориальные органы Администрации города Элисты']);
  });
});

describe('cells closed by « |»: a number column headed «№№» left empty, a footnote mark under a number', () => {
  it('opens an unnumbered row at each empty number cell under «№№»', async () => {
    const lines = [
      '№№ |',
      'Мероприятие |',
      'Сроки проведения |',
      'Ответственный |',
      'Раздел 1. Информационные акции |',
      ' |',
      'Турнир знатоков избирательного права |',
      '1 квартал 2015 года |',
      'Председатель ТИК |',
      ' |',
      'Выборы в Тридевятом царстве |',
      '2 квартал 2015 года |',
      'Председатель ТИК |',
    ];
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    const items = allItems(draft.items).filter((i) => i.kind !== 'section');
    expect(items.map((i) => i.title)).toEqual(['Турнир знатоков избирательного права', 'Выборы в Тридевятом царстве']);
    expect(items[1]!.deadline?.text).toBe('2 квартал 2015 года');
  });

  it('keeps «1.1» / «<*> |» the row’s number, the mark with its title', async () => {
    const lines = [
      'N п/п |',
      'Наименование мероприятия |',
      'Исполнители |',
      'Сроки проведения |',
      '1.1',
      '<*> |',
      'Взаимодействие избирательных комиссий с библиотеками |',
      'Комиссия |',
      'Весь период |',
      '1.2 |',
      'Разработка типовой обучающей программы |',
      'Комиссия |',
      'Январь - февраль |',
      '1.3 |',
      'Подготовка конкурса среди ТИК |',
      'Комиссия |',
      'Февраль - декабрь |',
    ];
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(byNumber(draft, '1.1').title).toMatch(/^Взаимодействие избирательных комиссий с библиотеками/);
    expect(byNumber(draft, '1.1').deadline?.text).toBe('Весь период');
    expect(byNumber(draft, '1.3').deadline?.text).toBe('Февраль - декабрь');
  });

  it('keeps a mark on a line of its own under the number in the number’s cell', async () => {
    const lines = [
      'N п/п',
      'Наименование мероприятия',
      'Исполнители',
      'Сроки проведения',
      '1.1',
      '<*>',
      'Взаимодействие избирательных комиссий с библиотеками',
      'Комиссия',
      'Весь период',
      '1.2',
      'Разработка типовой обучающей программы',
      'Комиссия',
      'Январь - февраль',
    ];
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(byNumber(draft, '1.1').title).toMatch(/^Взаимодействие избирательных комиссий с библиотеками/);
    expect(executorTexts(byNumber(draft, '1.1'))).toEqual(['Комиссия']);
  });
});

describe('a dash list inside a cell printed one line per point, cells one per line', () => {
  const lines = [
    'N п/п',
    'Наименование мероприятия',
    'Срок исполнения',
    'Ответственный за выполнение',
    '1',
    'Техническое обеспечение избирательных комиссий:',
    '- обеспечение мебелью;',
    '- обеспечение сейфами;',
    '- телефонной связью',
    'До 10.02.2010',
    'Шапша В.В.',
    '2',
    'Размещение информационных материалов',
    'До 20.02.2010',
    'Москалев А.В.',
  ];

  it('keeps the points in the title and takes the term after them', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    const first = byNumber(draft, '1');
    expect(first.title).toContain('- телефонной связью');
    expect(first.deadline?.text).toBe('До 10.02.2010');
    expect(executorTexts(first)).toEqual(['Шапша В.В.']);
  });
});

describe('a Word or HTML table without its header, a footnote mark beside the first number', () => {
  const html = [
    '<table>',
    '<tr><td colspan="4">1. Организационно-методическое обеспечение</td></tr>',
    '<tr><td>1.1<br>&lt;*&gt;</td><td>Взаимодействие с библиотеками и музеями</td><td>Комиссия, ТИК</td><td>Весь период</td></tr>',
    '<tr><td>1.2</td><td>Разработка типовой обучающей программы</td><td>Комиссия</td><td>Январь - февраль</td></tr>',
    '<tr><td>1.3</td><td>Подготовка конкурса среди ТИК</td><td>Комиссия</td><td>Февраль - декабрь</td></tr>',
    '</table>',
  ].join('\n');

  it('still finds the number column, the heading row not counted', async () => {
    const draft = await importPlan(utf8(html), { fileName: 'plan.html' });
    expect(counts(draft)).toEqual({ sections: 1, items: 3 });
    expect(byNumber(draft, '1.1').deadline?.text).toBe('Весь период');
    expect(executorTexts(byNumber(draft, '1.1'))).toEqual(['Комиссия', 'ТИК']);
  });
});

describe('one cell per line with blank lines between cells: a heading wrapped over two lines', () => {
  const cells = [
    'Раздел II. Повышение правовой культуры избирателей\n(участников референдума)',
    '2.1',
    'Взаимодействие с библиотеками',
    'ТИК',
    'В течение года',
    '2.2',
    'Проведение конкурсов',
    'ТИК',
    'Май',
    '2.3',
    'Проведение опросов',
    'ИККО',
    'Июнь',
  ];
  const text = ['№ п/п', '', 'Наименование мероприятия', '', 'Исполнитель', '', 'Период реализации', '', ...cells.flatMap((c) => [c, ''])].join('\n');

  it('keeps the heading’s second line in the heading', async () => {
    const draft = await importPlan(utf8(text), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 1, items: 3 });
    expect(byNumber(draft, 'Раздел II').title).toBe('Повышение правовой культуры избирателей (участников референдума)');
  });

  it('and so with cells opened by «| »', async () => {
    const opened = [
      '№ п/п',
      'Наименование мероприятия',
      'Исполнитель',
      'Период реализации',
      '|',
      ...cells.flatMap((c, k) => [`| ${c}`, ...(k === 0 || k % 4 === 0 ? ['|'] : [])]),
    ].map((l, k) => (k < 4 ? `| ${l}` : l));
    const draft = await importPlan(utf8(opened.join('\n')), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 1, items: 3 });
    expect(byNumber(draft, 'Раздел II').title).toBe('Повышение правовой культуры избирателей (участников референдума)');
    expect(byNumber(draft, '2.2').deadline?.text).toBe('Май');
  });
});

describe('one cell per line: lowercase executors under a bare date', () => {
  const lines = [
    'N п/п',
    'Наименование мероприятия',
    'Сроки исполнения',
    'Исполнители',
    '1.',
    'Сформировать штабы в комитетах по управлению округами',
    '28.12.2011',
    'комитеты по управлению округами',
    '2.',
    'Подготовить и утвердить план заседаний городского штаба',
    '12.01.2012',
    'председатель городского штаба',
  ];

  it('opens the executors cell: a date alone is a whole term', async () => {
    const draft = await importPlan(utf8(lines.join('\n')), { fileName: 'plan.txt' });
    expect(byNumber(draft, '1').deadline?.text).toBe('28.12.2011');
    expect(executorTexts(byNumber(draft, '1'))).toEqual(['комитеты по управлению округами']);
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['председатель городского штаба']);
  });
});

describe('tab-separated text without its header, headings in capitals on lines without tabs', () => {
  const tabs = (cells: string[]): string => cells.join('\t');
  const text = [
    'НАЗНАЧЕНИЕ ВЫБОРОВ',
    tabs(['1.', 'Принятие решения о назначении выборов', 'Не позднее 22 декабря 2010 года', 'Представительный орган']),
    tabs(['2.', 'Опубликование решения о назначении выборов', 'Не позднее чем через 5 дней', 'Представительный орган']),
    'ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ',
    tabs(['3.', 'Образование избирательных участков', 'Не позднее 26 января 2011 года', 'Глава администрации']),
  ].join('\n');

  it('reads each heading as a section row, not the tail of the executors above', async () => {
    const draft = await importPlan(utf8(text), { fileName: 'plan.txt' });
    expect(counts(draft)).toEqual({ sections: 2, items: 3 });
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Представительный орган']);
    expect(draft.items.map((s) => s.title)).toEqual(['НАЗНАЧЕНИЕ ВЫБОРОВ', 'ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ']);
  });
});

describe('a Word or HTML table without its header whose participants column runs longer than the measure', () => {
  const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const html = [
    '<table>',
    row([
      '1',
      'День открытых дверей в избирательной комиссии республики',
      '27 апреля 2021 года',
      'Молодые и будущие избиратели, учащиеся 10-11-х классов общеобразовательных учреждений района, 92 чел.',
      'ТИК',
    ]),
    row([
      '2',
      'Классные часы «Что должен знать избиратель» в школах района',
      '28 апреля 2021 года',
      'Учащиеся 9-11-х классов общеобразовательных учреждений района и их учителя, 60 чел.',
      'ТИК',
    ]),
    row([
      '3',
      'Викторина по избирательному праву для студентов колледжа',
      '30 апреля 2021 года',
      'Студенты колледжа и молодые избиратели района, члены молодёжной комиссии, 40 чел.',
      'ТИК',
    ]),
    '</table>',
  ].join('\n');

  it('takes the column right after the number for the title', async () => {
    const draft = await importPlan(utf8(html), { fileName: 'plan.html' });
    expect(byNumber(draft, '1').title).toBe('День открытых дверей в избирательной комиссии республики');
    expect(byNumber(draft, '3').title).toBe('Викторина по избирательному праву для студентов колледжа');
    expect(byNumber(draft, '2').deadline?.text).toBe('28 апреля 2021 года');
  });
});
