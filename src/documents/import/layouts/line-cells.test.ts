import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allItems, byNumber, executorTexts } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';

// A work plan as a commission's site publishes it: menu above, every cell on its own line,
// month headings, a section in capitals, lowercase deadlines, a signature and a footer below.
const text = readFileSync(new URL('./line-cells.fixture.txt', import.meta.url), 'utf8');
const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);

describe('table flattened one cell per line', () => {
  it('reads rows, sections as printed, months and lowercase deadlines', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.source!.layout).toBe('line-cells');
    expect(draft.columns!.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors']);
    const sections = allItems(draft.items).filter((i) => i.kind === 'section');
    expect(sections.map((s) => [s.number, s.title])).toEqual([
      ['Раздел 1', 'Вопросы для рассмотрения на заседаниях комиссии'],
      ['РАЗДЕЛ 2', 'ОРГАНИЗАЦИОННО-МЕТОДИЧЕСКАЯ РАБОТА'],
    ]);
    expect(byNumber(draft, '1.1').deadline?.text).toBe('Январь');
    expect(executorTexts(byNumber(draft, '1.1'))).toEqual(['Председатель ТИК', 'Иванов И.И.']);
    expect(byNumber(draft, '1.3').title).toBe('О ходе выполнения мероприятий по повышению правовой культуры избирателей');
    expect(byNumber(draft, '1.3').deadline?.text).toBe('весь период');
    expect(byNumber(draft, '2.1').deadline?.text).toBe('в течение года (по отдельному плану)');
    expect(executorTexts(byNumber(draft, '2.1'))).toEqual(['Председатель ТИК', 'члены ТИК с правом решающего голоса']);
    // The signature and the footer end the table.
    expect(executorTexts(byNumber(draft, '2.2'))).toEqual(['Члены ТИК']);
  });

  it('a numbered heading wrapped over lines of its own, followed by its first child, is one heading', async () => {
    const lines = [
      'N',
      'п/п',
      'Наименование мероприятия',
      'Срок исполнения',
      'Исполнители',
      '1. Осуществление контроля за соблюдением избирательных прав граждан',
      'Российской Федерации при подготовке и проведении выборов депутатов',
      'Государственной Думы шестого созыва',
      '1.1',
      'Размещение сведений о назначении выборов',
      'В течение 3 дней',
      'Аппарат комиссии',
      '1.2',
      'Контроль за обращениями',
      'Весь период',
      'Члены комиссии',
    ];
    const draft = await importPlan(utf8(lines.join('\n')));
    const [section] = draft.items;
    expect([section!.kind, section!.number, section!.title]).toEqual([
      'section',
      '1',
      'Осуществление контроля за соблюдением избирательных прав граждан Российской Федерации при подготовке и проведении выборов депутатов Государственной Думы шестого созыва',
    ]);
    expect(section!.children.map((c) => [c.number, c.deadline?.text])).toEqual([
      ['1.1', 'В течение 3 дней'],
      ['1.2', 'Весь период'],
    ]);
  });

  it('a title wrapped at a fixed width goes on in capitals; cells of other widths stay cells', async () => {
    const header = ['N', 'п/п', 'Наименование мероприятия', '', 'Срок', 'исполнения', 'Исполнители', ''];
    const draft = await importPlan(
      utf8(
        [
          ...header,
          '1. Проведение обучения членов участковых избирательных комиссий по',
          'Программе обучения, утвержденной Избирательной комиссией Республики',
          'Мордовия, с применением дистанционных образовательных технологий',
          'Сентябрь',
          'Аппарат комиссии',
          '2. Заседание комиссии',
          'Октябрь',
          'Избирательная комиссия Республики Мордовия',
        ].join('\n'),
      ),
    );
    const [first, second] = draft.items;
    expect(first!.title).toBe(
      'Проведение обучения членов участковых избирательных комиссий по Программе обучения, утвержденной Избирательной комиссией Республики Мордовия, с применением дистанционных образовательных технологий',
    );
    expect([first!.deadline?.text, executorTexts(first!)]).toEqual(['Сентябрь', ['Аппарат комиссии']]);
    expect([second!.title, second!.deadline?.text, executorTexts(second!)]).toEqual([
      'Заседание комиссии',
      'Октябрь',
      ['Избирательная комиссия Республики Мордовия'],
    ]);
  });

  it('a lone numbered row with only a long title is the heading the page broke off after, not a measure', async () => {
    const draft = await importPlan(
      utf8(
        [
          'N',
          'п/п',
          'Наименование мероприятия',
          'Срок исполнения',
          'Исполнители',
          '',
          '1. Осуществление контроля за соблюдением избирательных прав граждан',
          'Российской Федерации при подготовке и проведении выборов депутатов',
          'Государственной Думы Федерального Собрания Российской Федерации шестого',
          'созыва, выборов депутатов Государственного Собрания Республики Мордовия',
        ].join('\n'),
      ),
    );
    expect(draft.items.map((i) => [i.kind, i.number, i.title, executorTexts(i)])).toEqual([
      [
        'section',
        '1',
        'Осуществление контроля за соблюдением избирательных прав граждан Российской Федерации при подготовке и проведении выборов депутатов Государственной Думы Федерального Собрания Российской Федерации шестого созыва, выборов депутатов Государственного Собрания Республики Мордовия',
        [],
      ],
    ]);
  });

  it('a cell closed by « |» is a cell, however it starts', async () => {
    const piped = [
      '№ |',
      'Мероприятие |',
      'Срок |',
      'Ответственный |',
      '1. |',
      'Заседание комиссии |',
      'март |',
      'члены ТИК |',
      '2. |',
      'Семинар |',
      'апрель |',
      'ТИК |',
    ].join('\n');
    const draft = await importPlan(utf8(piped));
    expect(allItems(draft.items).map((i) => [i.number, i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['1', 'Заседание комиссии', 'март', ['члены ТИК']],
      ['2', 'Семинар', 'апрель', ['ТИК']],
    ]);
  });

  it('every bar closes a cell: a header on one line, rows on one line or one cell per line, «|||» after a heading', async () => {
    const piped = [
      '№ п/п | Мероприятие | Срок | Исполнители |',
      'НАЗНАЧЕНИЕ ВЫБОРОВ | |||',
      '1. | Заседание комиссии |',
      'март |',
      'члены ТИК |',
      '2. | Семинар | апрель | Глава администрации, по согласованию с ТИК |',
      '3. | Совещание |',
      'май |',
      'ТИК |',
    ].join('\n');
    const draft = await importPlan(utf8(piped));
    expect(draft.source!.layout).toBe('line-cells');
    const section = draft.items[0]!;
    expect([section.kind, section.number, section.title]).toEqual(['section', null, 'НАЗНАЧЕНИЕ ВЫБОРОВ']);
    expect(section.children.map((i) => [i.number, i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['1', 'Заседание комиссии', 'март', ['члены ТИК']],
      ['2', 'Семинар', 'апрель', ['Глава администрации, по согласованию с ТИК']],
      ['3', 'Совещание', 'май', ['ТИК']],
    ]);
  });

  it('a «№ п/п» column left empty in every row: the wider gaps of the empty number cells part the rows', async () => {
    const lines = ['№ п/п', 'Мероприятие', 'Срок', 'Исполнители', '1', '2', '3', '4', 'Подготовка'];
    for (const [title, deadline, executor] of [
      ['Заседание комиссии', 'Не позднее 5 мая', 'Комиссия'],
      ['Семинар с членами УИК', 'Июнь', 'Председатель комиссии'],
    ])
      lines.push(' ', title!, deadline!, executor!);
    lines.push('Подведение итогов', ' ', 'Отчет о расходовании средств', 'В течение 10 дней после дня голосования', 'Бухгалтерия');
    const draft = await importPlan(utf8(lines.join('\n\n')));
    const all = allItems(draft.items);
    expect(all.filter((i) => i.kind === 'section').map((s) => [s.number, s.title])).toEqual([
      [null, 'Подготовка'],
      [null, 'Подведение итогов'],
    ]);
    expect(all.filter((i) => i.kind !== 'section').map((i) => [i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['Заседание комиссии', 'Не позднее 5 мая', ['Комиссия']],
      ['Семинар с членами УИК', 'Июнь', ['Председатель комиссии']],
      ['Отчет о расходовании средств', 'В течение 10 дней после дня голосования', ['Бухгалтерия']],
    ]);
  });

  it('a line of spaces is an empty cell: it pins the columns, and without numbers the wider gap parts the rows', async () => {
    const numbered = [
      'Мероприятие',
      '',
      'Срок',
      '',
      'Исполнители',
      '',
      'Основание',
      '',
      '1',
      '',
      'Заседание комиссии',
      '',
      'март',
      '',
      'Комиссия',
      '',
      'Отдел кадров',
      '',
      ' ',
      '',
      '2',
      '',
      'Семинар',
      '',
      'апрель',
      '',
      'Комиссия',
      '',
      'Правовой отдел',
      '',
      ' ',
      '',
    ].join('\n');
    const one = await importPlan(utf8(numbered));
    expect(allItems(one.items).map((i) => [i.number, executorTexts(i)])).toEqual([
      ['1', ['Комиссия', 'Отдел кадров']],
      ['2', ['Комиссия', 'Правовой отдел']],
    ]);
    const unnumbered = [
      'Мероприятие',
      '',
      'Срок',
      '',
      'Исполнители',
      '',
      ' ',
      '',
      'Подготовка отчета',
      '',
      'март',
      '',
      'Комиссия',
      '',
      'Отдел кадров',
      '',
      ' ',
      '',
      'Проведение семинара',
      '',
      'апрель',
      '',
      'Комиссия',
      '',
      'Обучение организаторов выборов',
      '',
      ' ',
      '',
      'Выпуск памятки',
      '',
      'май',
      '',
      'Комиссия',
      '',
    ].join('\n');
    const two = await importPlan(utf8(unnumbered));
    expect(two.items.map((i) => [i.kind, i.number, i.title])).toEqual([
      ['item', '1', 'Подготовка отчета'],
      ['item', '2', 'Проведение семинара'],
      ['section', null, 'Обучение организаторов выборов'],
    ]);
    expect(executorTexts(two.items[0]!)).toEqual(['Комиссия', 'Отдел кадров']);
    expect(two.items[2]!.children.map((i) => [i.number, i.title])).toEqual([['3', 'Выпуск памятки']]);
  });

  it('calendar plan: Roman sections in capitals, a law reference under the deadline kept as the legal basis', async () => {
    const calendar = [
      'Календарный план мероприятий по подготовке и проведению выборов депутатов Совета депутатов',
      '№ п/п',
      'Содержание мероприятия',
      'Срок исполнения',
      'Исполнители',
      'I. НАЗНАЧЕНИЕ ВЫБОРОВ',
      '1.',
      'Принятие решения о назначении выборов',
      'Не ранее 5 июня и не позднее 15 июня 2025 года',
      '(п. 7 ст. 10 Федерального закона)',
      'Совет депутатов',
      'II. ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ',
      '2.',
      'Опубликование списков избирательных участков',
      'Не позднее 4 августа 2025 года',
      'Глава администрации',
    ].join('\n');
    const draft = await importPlan(utf8(calendar));
    expect(draft.items.map((s) => [s.kind, s.number, s.title, s.children.map((c) => c.number)])).toEqual([
      ['section', 'I', 'НАЗНАЧЕНИЕ ВЫБОРОВ', ['1']],
      ['section', 'II', 'ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ', ['2']],
    ]);
    const first = byNumber(draft, '1');
    expect(first.deadline?.text).toBe('Не ранее 5 июня и не позднее 15 июня 2025 года (п. 7 ст. 10 Федерального закона)');
    expect(executorTexts(first)).toEqual(['Совет депутатов']);
    const legal = draft.columns!.find((c) => c.role === 'legal_basis')!;
    expect(first.fields[legal.key]).toBe('п. 7 ст. 10 Федерального закона');
  });

  it('rows without numbers: the lines are read as cells in order, with a warning to check them', async () => {
    const plain = [
      'План работы МИК на 2025 год',
      'Мероприятие',
      'Срок',
      'Ответственный',
      'Заседание МИК',
      'ежеквартально',
      'Председатель МИК',
      'День молодого избирателя',
      'февраль',
      'Секретарь МИК',
    ].join('\n');
    const draft = await importPlan(utf8(plain));
    expect(allItems(draft.items).map((i) => [i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['Заседание МИК', 'ежеквартально', ['Председатель МИК']],
      ['День молодого избирателя', 'февраль', ['Секретарь МИК']],
    ]);
    expect(draft.warnings[0]!.message).toMatch(/^строка 5: строки таблицы без номеров/);
  });

  it('pipe-closed cells: a short title line above a number heading broken over two lines stays in the title', async () => {
    const lines = [
      'ПЛАН',
      'РАБОТЫ МОЛОДЁЖНОЙ ИЗБИРАТЕЛЬНОЙ КОМИССИИ',
      'ТВЕРСКОЙ ОБЛАСТИ',
      'N',
      'п/п |',
      'Мероприятие |',
      'Срок |',
      'Исполнители |',
      '1. |',
      'Заседание комиссии |',
      'Март |',
      'Председатель МИК |',
      '2. |',
      'Конкурс эссе |',
      'Апрель |',
      'Секретарь МИК |',
    ];
    const draft = await importPlan(utf8(lines.join('\n')));
    expect(draft.columns!.map((c) => c.title)).toEqual(['N п/п', 'Мероприятие', 'Срок', 'Исполнители']);
    expect(draft.title).toBe('План работы молодёжной избирательной комиссии Тверской области');
    expect(allItems(draft.items).map((i) => [i.number, i.title])).toEqual([
      ['1', 'Заседание комиссии'],
      ['2', 'Конкурс эссе'],
    ]);
  });

  it('bars that open cells: a wrapped line starting with a capital goes on with its cell', async () => {
    const lines = [
      'N',
      'п/п',
      '| Мероприятие',
      '| Срок',
      '| Исполнители',
      '|',
      '1.',
      '| Проверка готовности помещений',
      'Участковых комиссий',
      '| По графику,',
      'утвержденному',
      'Председателем',
      'Комиссии',
      '| Иванов И.И.,',
      'Петров П.П.',
      '|',
      '2.',
      '| Семинар для членов',
      'Территориальных комиссий',
      '| Март',
      '| Сидорова А.А.',
      '|',
    ];
    const draft = await importPlan(utf8(lines.join('\n')));
    expect(allItems(draft.items).map((i) => [i.number, i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['1', 'Проверка готовности помещений Участковых комиссий', 'По графику, утвержденному Председателем Комиссии', ['Иванов И.И.', 'Петров П.П.']],
      ['2', 'Семинар для членов Территориальных комиссий', 'Март', ['Сидорова А.А.']],
    ]);
  });

  it('a law reference on its own line under the executors, opening with a bracket, is the legal basis', async () => {
    const lines = [
      '№ |',
      'Иш-чаралардын мазмуну |',
      'Аткаруу мөөнөттөрү |',
      'Аткаруу үчүн жооптуулар |',
      '1. |',
      'Шайлоочулардын тизмелерин тактоо |',
      'Добуш берүү күнүнө чейин 20 күндөн кечиктирбестен |',
      'Участкалык шайлоо комиссиялары, жергиликтүү мамлекеттик администрациялардын катышуусу менен',
      '(«Шайлоо жөнүндө» КР Мыйзамы) 12-берене, 3-бөлүк |',
      '2. |',
      'Тизмелерди илүү |',
      'Добуш берүү күнүнө чейин 15 күн калганда |',
      'Участкалык шайлоо комиссиялары |',
    ];
    const draft = await importPlan(utf8(lines.join('\n')));
    const legal = draft.columns!.find((c) => c.role === 'legal_basis')!;
    const first = byNumber(draft, '1');
    expect(executorTexts(first)).toEqual(['Участкалык шайлоо комиссиялары, жергиликтүү мамлекеттик администрациялардын катышуусу менен']);
    expect(first.fields[legal.key]).toBe('(«Шайлоо жөнүндө» КР Мыйзамы) 12-берене, 3-бөлүк');
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Участкалык шайлоо комиссиялары']);
  });

  it('rows without numbers parted by wider gaps: a paragraph that breaks off («2022-жылдын», «БШК,») goes on in the next', async () => {
    const lines = [
      'Иш-чаралардын мазмуну',
      '',
      'Аткаруу мөөнөтү',
      '',
      'Аткарууга жооптуулар',
      '',
      ' ',
      '',
      'Шайлоочулардын тизмелерин жарыялоо',
      '',
      '2022-жылдын',
      '',
      '5-мартына чейин',
      '',
      'Аймактык шайлоо комиссиялары',
      '',
      ' ',
      '',
      'Байкоочуларды каттоо',
      '',
      'Шайлоо күнүнө чейин',
      '',
      'БШК,',
      '',
      'Укук бөлүмү',
    ];
    const draft = await importPlan(utf8(lines.join('\n')));
    expect(allItems(draft.items).map((i) => [i.title, i.deadline?.text, executorTexts(i)])).toEqual([
      ['Шайлоочулардын тизмелерин жарыялоо', '2022-жылдын 5-мартына чейин', ['Аймактык шайлоо комиссиялары']],
      ['Байкоочуларды каттоо', 'Шайлоо күнүнө чейин', ['БШК', 'Укук бөлүмү']],
    ]);
  });
});
