import { describe, expect, it } from 'vitest';
import type { SourceBlock } from './source-model.js';
import { parseElections } from './elections.parse.js';
import type { DocLine } from './doc-lines.js';
import { parseHeader } from './header.parse.js';
import { findPeriod } from './period.parse.js';
import { findTitle, guessKind } from './title.parse.js';
import { capsToSentence, toNominative } from './authority.parse.js';
import { findInlineDefinitions, parseAbbreviationList } from './abbreviations.parse.js';

const paras = (...texts: string[]): SourceBlock[] => texts.map((text, i) => ({ kind: 'para', text, bold: false, line: i + 1, cellStart: false }));
const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));

function header(...texts: string[]) {
  const warnings: string[] = [];
  const result = parseHeader(paras(...texts), [], {}, (message) => warnings.push(message));
  return { ...result, warnings };
}

describe('parseHeader: a calendar plan published one cell per line', () => {
  const result = header(
    'Приложение',
    'к решению территориальной избирательной комиссии',
    'Кировского района',
    'от 23.06.2025 № 98/512',
    '',
    'КАЛЕНДАРНЫЙ ПЛАН',
    '',
    'мероприятий по подготовке и проведению выборов депутатов',
    'Совета депутатов муниципального округа Кировский,',
    'назначенных на 14 сентября 2025 года',
    '',
    'Дата официального опубликования (публикации) решения о назначении выборов – 20 июня 2025 года',
    '',
    'Дни голосования – 12, 13 и 14 сентября 2025 года',
  );

  it('reads approval, title, kind and the election with its calling', () => {
    expect(result.approval).toEqual({
      authority: 'Территориальная избирательная комиссия Кировского района',
      date: '2025-06-23',
      number: '98/512',
      actKind: 'решение',
    });
    expect(result.title).toBe(
      'Календарный план мероприятий по подготовке и проведению выборов депутатов Совета депутатов муниципального округа Кировский, назначенных на 14 сентября 2025 года',
    );
    expect(result.kind).toBe('calendar');
    expect(result.elections).toEqual([
      {
        name: 'Выборы депутатов Совета депутатов муниципального округа Кировский (дни голосования: 12, 13 и 14 сентября 2025 года)',
        votingDay: '2025-09-14',
        calledOn: '2025-06-20',
        events: [{ name: 'Официальное опубликование решения о назначении выборов', date: '2025-06-20' }],
      },
    ]);
    expect(result.period).toEqual({ start: '2025-06-20', end: '2025-12-13' });
  });
});

describe('parseHeader: a Kyrgyz calendar plan', () => {
  const result = header(
    'Календардык план',
    'Кыргыз Республикасынын',
    'Шайлоо жана референдум өткөрүү боюнча',
    'борбордук комиссиясынын',
    '2020-жылдын 25-октябрындагы',
    '№ 265 токтому менен бекитилген',
    '',
    '2021-жылдын 10-январына дайындалган Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруу-практикалык иш-чараларынын',
    '',
    'КАЛЕНДАРДЫК ПЛАНЫ',
    '',
    'Шайлоо күнү -',
    '2021-жылдын 10-январы, жекшемби',
  );

  it('reads the approval formula, the title ending with the plan word and voting day', () => {
    expect(result.approval).toMatchObject({ date: '2020-10-25', number: '265', actKind: 'постановление' });
    expect(result.title).toMatch(/^2021-жылдын 10-январына дайындалган .* иш-чараларынын календардык планы$/);
    expect(result.kind).toBe('calendar');
    expect(result.elections).toEqual([
      { name: 'Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоо', votingDay: '2021-01-10', calledOn: null },
    ]);
  });
});

describe('parseHeader: warnings name what is missing', () => {
  it('an approval without a number', () => {
    const result = header('УТВЕРЖДЕН', 'постановлением ТИК', 'от 12.01.2024', '', 'ПЛАН РАБОТЫ', 'ТИК на 2024 год');
    expect(result.approval).toMatchObject({ number: null, date: '2024-01-12' });
    expect(result.warnings).toContain('Гриф утверждения: номер постановления не найден');
    expect(result.title).toBe('План работы ТИК на 2024 год');
    expect(result.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('takes the title that shares the approval line', () => {
    const result = header('Приложение к Постановлению от 18.01.2024 г № 84/501-7 План мероприятий по обучению организаторов выборов на 2024 год');
    expect(result.title).toBe('План мероприятий по обучению организаторов выборов на 2024 год');
    expect(result.approval).toMatchObject({ number: '84/501-7', date: '2024-01-18' });
  });
});

describe('titles', () => {
  it.each([
    [['П Л А Н', 'работы Территориальной избирательной комиссии', 'города Пскова на 2025 год', '', '№ п/п'], 'План работы Территориальной избирательной комиссии города Пскова на 2025 год'],
    [['КОМПЛЕКС МЕР', 'по повышению правовой культуры избирателей', 'на 2023-2025 годы'], 'Комплекс мер по повышению правовой культуры избирателей на 2023-2025 годы'],
    [['ПЛАН ОБУЧЕНИЯ ЧЛЕНОВ УЧАСТКОВЫХ ИЗБИРАТЕЛЬНЫХ КОМИССИЙ ТВЕРСКОЙ ОБЛАСТИ НА 2025 ГОД'], 'План обучения членов участковых избирательных комиссий Тверской области на 2025 год'],
    [['Территориальная избирательная комиссия', '', 'План', 'мероприятий на I полугодие 2024 года', '', 'Территориальная избирательная комиссия Невского района'], 'План мероприятий на I полугодие 2024 года'],
  ])('%j', (texts, title) => expect(findTitle(lines(...texts), new Set())?.title).toBe(title));

  it.each([
    ['Календарный план мероприятий', 'calendar'],
    ['План мероприятий по подготовке и проведению выборов депутатов', 'calendar'],
    ['План работы ТИК на 2025 год', 'work_plan'],
    ['2025-жылга карата иш планы', 'work_plan'],
    ['Единый план мероприятий', 'consolidated'],
  ])('%s → %s', (title, kind) => expect(guessKind(title, { description: false, elections: false })).toBe(kind));
});

describe('periods', () => {
  it.each([
    ['План работы на 2025 год', '2025-01-01', '2025-12-31'],
    ['Комплекс мер на 2023-2025 годы', '2023-01-01', '2025-12-31'],
    ['План на I полугодие 2024 года', '2024-01-01', '2024-06-30'],
    ['План на II полугодие 2024 года', '2024-07-01', '2024-12-31'],
    ['План мероприятий на сентябрь – декабрь 2024 года', '2024-09-01', '2024-12-31'],
    ['План заседаний на февраль 2025 г.', '2025-02-01', '2025-02-28'],
    ['БШКнын 2025-жылга карата иш планы', '2025-01-01', '2025-12-31'],
    ['2023-2025-жылдарга стратегиялык план', '2023-01-01', '2025-12-31'],
  ])('%s', (text, start, end) => expect(findPeriod(text)).toEqual({ start, end }));

  it('does not read a Kyrgyz date as a year period', () => expect(findPeriod('2021-жылдын 10-январына дайындалган шайлоо')).toBeNull());
});

describe('election anchors', () => {
  it('reads the calling from «Выборы назначены решением … от …»', () => {
    const [e] = parseElections(lines('Выборы назначены решением Совета депутатов от 16 июня 2025 года № 45', 'Единый день голосования – 14 сентября 2025 года'));
    expect(e).toMatchObject({ votingDay: '2025-09-14', calledOn: '2025-06-16', events: [{ name: 'Решение о назначении выборов', date: '2025-06-16' }] });
  });

  it('reads the Kyrgyz «Добуш берүү күнү» with the date on the next line', () => {
    expect(parseElections(lines('Добуш берүү күнү –', '2025-жылдын 30-ноябры')).map((e) => e.votingDay)).toEqual(['2025-11-30']);
  });
});

describe('authority', () => {
  it.each([
    ['Избирательной комиссии Тверской области', 'Избирательная комиссия Тверской области'],
    ['территориальной избирательной комиссии Кировского района', 'Территориальная избирательная комиссия Кировского района'],
    ['Общественной палаты Кемеровской области', 'Общественная палата Кемеровской области'],
    ['Молодежного совета при ТИК', 'Молодежный совет при ТИК'],
    ['Губернатора области', 'Губернатора области'],
  ])('%s', (genitive, nominative) => expect(toNominative(genitive)).toBe(nominative));

  it.each([
    ['ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ТВЕРСКОЙ ОБЛАСТИ', 'Избирательная комиссия Тверской области'],
    ['ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ГОРОДА ВЛАДИМИРА', 'Территориальная избирательная комиссия города Владимира'],
    ['ЦЕНТРАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ', 'Центральная избирательная комиссия Российской Федерации'],
    ['ИКМО ГОРОДА ТВЕРИ', 'ИКМО города Твери'],
  ])('%s', (caps, text) => expect(capsToSentence(caps)).toBe(text));
});

describe('parseHeader: a resolution that approves the plan (legal-site text)', () => {
  it('reads the act line, the body from «… постановляет:» and the title from «Утвердить … (прилагается)»', () => {
    const result = header(
      'Постановление ЦИК Республики Карелия от 18.11.2010 г № 74/461-4',
      '',
      'О Календарном плане мероприятий по подготовке и проведению муниципальных выборов в Республике Карелия 13 марта 2011 года',
      '',
      'В соответствии со статьей 23 Федерального закона, Центральная избирательная комиссия Республики Карелия постановляет:',
      '1.Утвердить Календарный план мероприятий по подготовке и проведению муниципальных выборов в Республике Карелия 13 марта 2011 года (прилагается).',
      '2.Направить настоящее Постановление в территориальные избирательные комиссии.',
      'Председатель',
      'Центральной избирательной комиссии',
      'Республики Карелия',
      'А.А.ИСТОМИН',
    );
    expect(result.approval).toEqual({
      authority: 'Центральная избирательная комиссия Республики Карелия',
      date: '2010-11-18',
      number: '74/461-4',
      actKind: 'постановление',
    });
    expect(result.title).toBe('Календарный план мероприятий по подготовке и проведению муниципальных выборов в Республике Карелия 13 марта 2011 года');
    expect(result.elections).toEqual([{ name: 'Муниципальные выборы в Республике Карелия', votingDay: '2011-03-13', calledOn: null }]);
  });

  it('turns «О ПЛАНЕ …» in capitals into the plan title and takes the body from the signature', () => {
    const result = header(
      'Постановление от 15.07.2005 N 111/562',
      'О ПЛАНЕ ОСНОВНЫХ МЕРОПРИЯТИЙ',
      'ПО ПОДГОТОВКЕ И ПРОВЕДЕНИЮ ПОВТОРНЫХ И ДОПОЛНИТЕЛЬНЫХ',
      'ВЫБОРОВ ДЕПУТАТОВ ГОСУДАРСТВЕННОГО СОБРАНИЯ',
      'РЕСПУБЛИКИ МАРИЙ ЭЛ',
      '',
      'Председатель',
      'избирательной комиссии Липецкой области',
      'Ю.И.АЛТУХОВ',
    );
    expect(result.title).toBe('План основных мероприятий по подготовке и проведению повторных и дополнительных выборов депутатов Государственного Собрания Республики Марий ЭЛ');
    expect(result.approval?.authority).toBe('Избирательная комиссия Липецкой области');
  });
});

describe('glossary headings and inline definitions', () => {
  it.each(['Принятые сокращения', 'Список сокращений:', 'Сокращения, используемые в плане:', 'Кыскартуулар', 'СПИСОК СОКРАЩЕНИЙ'])('%s', (heading) => {
    const list = parseAbbreviationList(lines(heading, 'ТИК – территориальная избирательная комиссия;', 'УИК – участковая избирательная комиссия.'));
    expect(list.entries.map((e) => e.short)).toEqual(['ТИК', 'УИК']);
  });

  it('reads the Kyrgyz «(мындан ары – БШК)»', () => {
    const found = findInlineDefinitions([{ text: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы (мындан ары – БШК)', line: 1 }]);
    expect(found.map((e) => e.short)).toEqual(['БШК']);
  });
});
