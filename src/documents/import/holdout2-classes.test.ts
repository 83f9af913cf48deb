import { describe, expect, it } from 'vitest';
import { byNumber, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';
import { votingDayInProse } from './elections.parse.js';
import { findPeriod } from './period.parse.js';
import { approvedTitle } from './title.parse.js';
import { headerRole, isHeaderRow } from './records/column-roles.js';

// Classes found on the second held-out set (test/fixtures/import-corpus, ids in each describe);
// every line below is quoted from the published text named.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a heading with a long explanation in brackets (irkutsk-legal-education-complex-of-measures-2010)', () => {
  const executors = 'Исполнители\n(органы, организации\nи объединения,\nреализующие\nмероприятия\nКомплекса мер в\nсоответствии с\nзаконодательством)';

  it('is named by the words outside the brackets', () => {
    expect(headerRole(executors)).toBe('executors');
    expect(isHeaderRow(['N\nп/п', 'Наименование мероприятия', executors, 'Сроки\nпроведения'])).toBe(true);
  });

  it('bars that open cells: the heading goes on over lines, a footnote mark under the number follows the title', async () => {
    const text = [
      'N',
      'п/п',
      '| Наименование мероприятия',
      ...executors.split('\n').map((l, k) => (k === 0 ? `| ${l}` : l)),
      '| Сроки',
      'проведения',
      '|',
      '1',
      '| 2',
      '| 3',
      '| 4',
      '|',
      '1.1',
      '<*>',
      '| Взаимодействие избирательных',
      'комиссий с органами государственной',
      'власти и органами местного',
      'самоуправления области,',
      '| Комиссия,',
      'ТИК',
      '| Весь',
      'период',
      '|',
      '1.2',
      '| Разработка типовой обучающей',
      'программы "Школа избирательного',
      'права" на 2010 год',
      '| Комиссия',
      '| Январь -',
      'февраль',
      '|',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.columns!.map((c) => c.role)).toEqual(['number', 'title', 'executors', 'deadline']);
    expect(draft.columns![2]!.title).toBe(executors.replace(/\n/g, ' '));
    const first = byNumber(draft, '1.1');
    expect(first.title.startsWith('Взаимодействие избирательных')).toBe(true);
    expect(first.title.endsWith('<*>')).toBe(true);
    expect(executorTexts(first)).toEqual(['Комиссия', 'ТИК']);
  });
});

describe('news paragraphs «что – когда.» without a heading (abkhazia-cec-repeat-parliament-calendar-news-2026)', () => {
  it('each paragraph is a measure, the term after its LAST dash', async () => {
    const text = [
      'Центральная избирательная комиссия утвердила календарный план основных мероприятий по подготовке и проведению повторных выборов депутатов.',
      '',
      'Регистрация политических партий, инициативных групп – с 27 февраля по 19 марта.',
      '',
      'Выдвижение кандидатов в депутаты Народного Собрания – Парламента Республики Абхазия – с 27 февраля по 19 марта.',
      '',
      'Оповещение избирателей о времени и месте голосования по выборах депутатов – не позднее, чем за 10 дней до выборов.',
      '',
      'Обеспечение окружных и участковых избирательным комиссий избирательными бюллетенями – за 1-2 дня до выборов.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.items.map((i) => [i.title, i.deadline?.text])).toEqual([
      ['Регистрация политических партий, инициативных групп', 'с 27 февраля по 19 марта'],
      ['Выдвижение кандидатов в депутаты Народного Собрания – Парламента Республики Абхазия', 'с 27 февраля по 19 марта'],
      ['Оповещение избирателей о времени и месте голосования по выборах депутатов', 'не позднее, чем за 10 дней до выборов'],
      ['Обеспечение окружных и участковых избирательным комиссий избирательными бюллетенями', 'за 1-2 дня до выборов'],
    ]);
  });

  it('two such paragraphs are not a list', async () => {
    const text = [
      'Регистрация кандидатов в депутаты – с 19 марта по 7 апреля.',
      '',
      'Регистрация политических партий, инициативных групп – с 27 февраля по 19 марта.',
    ].join('\n');
    await expect(importPlan(utf8(text))).rejects.toThrow();
  });
});

describe('a short heading right above bullets (cec-kg-batken-karasuu-…-2024, cec-kg-maidan-aiyl-kenesh-…-2022)', () => {
  it('an unnumbered sub-heading under a colon heading; a Kyrgyz term without a year first', async () => {
    const text = [
      'Мөөнөтүнөн мурда шайлоо өткөрүүнүн негизги этаптары:',
      '',
      'Шайлоочулардын тизмеси',
      '',
      '- 12-мартка чейин шайлоочулардын алдын ала тизмесин илип коюу;',
      '',
      '- 2024-жылдын 8-апрелине чейин шайлоочулардын контролдук тизмесин илип коюу;',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.items).toHaveLength(1);
    const section = draft.items[0]!;
    expect([section.kind, section.title]).toEqual(['section', 'Шайлоочулардын тизмеси']);
    expect(section.children.map((i) => [i.title, i.deadline?.text])).toEqual([
      ['шайлоочулардын алдын ала тизмесин илип коюу', '12-мартка чейин'],
      ['шайлоочулардын контролдук тизмесин илип коюу', '2024-жылдын 8-апрелине чейин'],
    ]);
  });

  it('a numbered heading', async () => {
    const text = [
      'Планга ылайык депутаттарды шайлоону даярдоонун жана өткөрүүнүн негизги багыттары жана этаптары:',
      '',
      '1. Шайлоочулардын тизмелери',
      '',
      '- Калктын бирдиктүү мамлекеттик tizme.gov.kg порталынан шайлоочулардын алдын ала тизмесин түзүү реестринен чыгарып алуу  – 2022-жылдын 10-августуна чейин;',
      '',
      '- шайлоочулардын алдын ала тизмесин шайлоочуларга тааныштыруу үчүн илүү – 2022-жылдын 20-августуна чейин;',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    const section = draft.items[0]!;
    expect([section.kind, section.number, section.title]).toEqual(['section', '1', 'Шайлоочулардын тизмелери']);
    expect(section.children.map((i) => i.deadline?.text)).toEqual(['2022-жылдын 10-августуна чейин', '2022-жылдын 20-августуна чейин']);
  });
});

describe('the voting day told in a news sentence (kz-cec-nuclear-plant-…-2024, cec-kg-batken-karasuu-…-2024)', () => {
  const at = (text: string) => [{ text, line: 1, bold: false }];

  it('«… референдума, который пройдет 6 октября 2024 года»', () => {
    const text =
      'Постановлением Центральной избирательной комиссии от 3 сентября 2024 года утвержден календарный план подготовки и проведения референдума, который пройдет 6 октября 2024 года, передает агентство Kazinform.';
    expect(votingDayInProse(at(text))).toBe('2024-10-06');
  });

  it('Kyrgyz, the election named before its day: «… шайлоо округу 2024-жылдын 28-апрелине белгиленген»', () => {
    const text =
      ' 2024-жылдын 5-февралында Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын токтому менен Баткен облусунун бир мандаттуу шайлоо комиссиясы Кыргыз Республикасынын Жогорку Кеңешинин депутаттарын мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруучулук жана практикалык иш-чаралардын календарлык планы бекитилди. № 2 округ жана № 9 Кара-Суу бир мандаттуу шайлоо округу 2024-жылдын 28-апрелине белгиленген.';
    expect(votingDayInProse(at(text))).toBe('2024-04-28');
  });
});

describe('a table run on with single spaces, executors before the term (tyumen-ik-legal-culture-plan-2014-h1)', () => {
  const row =
    '1.1. Нормативно-методическое и информационное обеспечение избирательных кампаний по дополнительным выборам депутата Тюменской областной Думы по одномандатному избирательному округу N 19 и выборам депутатов представительных органов отдельных муниципальных образований Тюменской области, запланированных к проведению в дни голосования: 9 февраля и 14 сентября 2014 года, а также оказание правовой, консультативной и организационно-технической помощи соответствующим избирательным комиссиям при подготовке и проведении муниципальных выборов в Тюменской области Члены ИКТО, сотрудники аппарата ИКТО весь период';

  it('a numbered heading in capitals, row «1.1.» split into title, executors and term', async () => {
    const text = ['NN п/п Мероприятие Ответственный за реализацию Срок исполнения', '1. РАБОТА С ИЗБИРАТЕЛЬНЫМИ КОМИССИЯМИ', row].join('\n');
    const draft = await importPlan(utf8(text));
    const section = draft.items[0]!;
    expect([section.kind, section.number, section.title]).toEqual(['section', '1', 'РАБОТА С ИЗБИРАТЕЛЬНЫМИ КОМИССИЯМИ']);
    const item = byNumber(draft, '1.1');
    expect(item.title.endsWith('муниципальных выборов в Тюменской области')).toBe(true);
    expect(executorTexts(item)).toEqual(['Члены ИКТО', 'сотрудники аппарата ИКТО']);
    expect(item.deadline?.text).toBe('весь период');
  });

  it('the half-year with its months in brackets', () => {
    expect(findPeriod('на первое полугодие (январь — июнь) 2014 года')).toEqual({ start: '2014-01-01', end: '2014-06-30' });
  });
});

describe('a resolution approving «the appended» plan (stavropol-ik-work-plan-resolution-2023-header)', () => {
  it("«прилагаемый» is not a part of the plan's name", () => {
    const line = '1. Утвердить прилагаемый План работы избирательной комиссии Ставропольского края на 2023 год.';
    expect(approvedTitle([{ text: line, line: 1, bold: false }])).toBe('План работы избирательной комиссии Ставропольского края на 2023 год');
  });
});

describe('a news list of sentences whose term closes them (kz-cec-nuclear-plant-referendum-calendar-news-2024)', () => {
  it('the term at the end of the sentence; one line that lost its stop stays in the list', async () => {
    const text = [
      'Основные сроки:',
      'состав территориальных и участковых комиссий будет опубликован не позднее 12 сентября 2024 года.',
      'списки будут доступны для ознакомления до 20 сентября 2024 года.',
      'о времени и месте голосования оповестят не позднее 26 сентября 2024 года',
      'бюллетени для голосования будут предоставлены до 5 октября 2024 года.',
      'голосование пройдет с 07:00 до 20:00.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.items[0]!.children.map((i) => [i.title, i.deadline?.text ?? ''])).toEqual([
      ['состав территориальных и участковых комиссий будет опубликован', 'не позднее 12 сентября 2024 года'],
      ['списки будут доступны для ознакомления', 'до 20 сентября 2024 года'],
      ['о времени и месте голосования оповестят', 'не позднее 26 сентября 2024 года'],
      ['бюллетени для голосования будут предоставлены', 'до 5 октября 2024 года'],
      ['голосование пройдет с 07:00 до 20:00.', ''],
    ]);
  });
});

describe('Kazakh district plans typed as paragraphs (kz-ryskulov-…-2023-kk, kz-sarkan-…-2023-kk, cec-kz-president-calendar-plan-2022-kk)', () => {
  it('a view counter is not a row; a one-line гриф under it; the article after the term is the legal basis', async () => {
    const text = [
      '2023 жылғы 5 қарашаға тағайындалған Жамбыл облысы Т.Рысқұлов ауданының әкімін сайлауды әзірлеу мен өткізу жөніндегі негізгі іс-шаралардың Күнтізбелік жоспары',
      '',
      '211 Views',
      '',
      'Т. Рысқұлов аудандық аумақтық сайлау комиссиясының 2023 жылғы 15 қыркүйектегі № 6 қаулысына қосымша',
      '',
      '1. Аумақтық сайлау округінің құрылуы туралы қаулы қабылдау',
      'Т.Рысқұлов аудандық сайлау комиссиясы',
      '2023 жылғы 15 қыркүйек (14-б. 6)21-б. 4-т, 22 б.)',
      '3. Сайлау округінің шекарасы мен аумақтық сайлау комиссияларының орналасқан жерлерін көрсете отырып, тиісті бұқаралық ақпарат құралдарында жариялау',
      'Т.Рысқұлов аудандық сайлау комиссиясы',
      'Сайлау тағайындалғаннан кейін он күннен кешіктірмей',
      '2023 жылғы 25 қыркүйектен кешіктірмей (22-б. 2-т.)',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.approval).toMatchObject({ authority: 'Т. Рысқұлов аудандық аумақтық сайлау комиссиясы', date: '2023-09-15', number: '6' });
    const law = draft.columns!.find((c) => c.role === 'legal_basis')!.key;
    expect(byNumber(draft, '1').deadline?.text).toBe('2023 жылғы 15 қыркүйек');
    expect(byNumber(draft, '1').fields[law]).toBe('(14-б. 6)21-б. 4-т, 22 б.)');
    expect(byNumber(draft, '3').deadline?.text).toBe('Сайлау тағайындалғаннан кейін он күннен кешіктірмей 2023 жылғы 25 қыркүйектен кешіктірмей');
    expect(byNumber(draft, '3').fields[law]).toBe('(22-б. 2-т.)');
  });

  it('executor, term and article run together on one line', async () => {
    const text = [
      '1. Ауылдық округ әкімінің (бұдан әрі – әкімді) сайлауын тағайындау  ',
      '  Сарқан аудандық сайлау комиссиясы 2023 жылғы 14 маусым  (113-1-б.2,3-т)  ',
      '2. Сайлау округтерінің тізімін, олардың шекаралары мен аудандық сайлау комиссиясының орналасқан жерін көрсете отырып,тиісті бұқаралық ақпарат құралдарында жариялау',
      '  Сарқан  аудандық сайлау комиссиясы. Сайлау тағайындалғаннан кейін он күн мерзімнен кешіктірмей, 2023 жылғы 24 маусымнан кешіктірмей (22-б.)  ',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(executorTexts(byNumber(draft, '1'))).toEqual(['Сарқан аудандық сайлау комиссиясы']);
    expect(byNumber(draft, '1').deadline?.text).toBe('2023 жылғы 14 маусым');
    expect(byNumber(draft, '2').deadline?.text).toBe('Сайлау тағайындалғаннан кейін он күн мерзімнен кешіктірмей, 2023 жылғы 24 маусымнан кешіктірмей');
  });

  it('a long term told as when it starts and ends, after the executor, makes a one-row fragment a plan', async () => {
    const text = [
      '1. Қазақстан Республикасының Президенттігіне кандидаттарды  ұсыну.',
      '',
      'Республикалық қоғамдық бірлестіктердің жоғары органдары',
      '',
      'Сайлау тағайындалған күннен кейінгі күні – 2022 жылғы  23 қыркүйекте басталады және 11 қазанда жергілікті уақыт бойынша сағат он сегізде  аяқталады.',
      '',
      '(55-б., 66-1б.)',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(executorTexts(byNumber(draft, '1'))).toEqual(['Республикалық қоғамдық бірлестіктердің жоғары органдары']);
    expect(byNumber(draft, '1').deadline?.text.endsWith('аяқталады.')).toBe(true);
  });
});

describe('a term closing a sentence is taken whole', () => {
  it('a range «с … по …» stays one term', async () => {
    const text = [
      'Основные сроки:',
      'выдвижение кандидатов пройдет с 27 февраля по 19 марта.',
      'регистрация кандидатов пройдет с 19 марта по 7 апреля.',
      'бюллетени для голосования будут предоставлены до 5 октября 2024 года.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.items[0]!.children.map((i) => i.deadline?.text)).toEqual(['с 27 февраля по 19 марта', 'с 19 марта по 7 апреля', 'до 5 октября 2024 года']);
  });
});
