import { describe, expect, it } from 'vitest';
import { findInlineDefinitions, parseAbbreviationList } from './abbreviations.parse.js';
import { parseApproval, toNominative } from './approval.parse.js';
import type { DocLine } from './doc-lines.js';
import { parseElections } from './elections.parse.js';
import { findPeriod, guessKind, normalizeTitle } from './title.parse.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));

describe('parseApproval', () => {
  it.each<[string[], { authority: string | null; date: string | null; number: string | null; appendix?: string }]>([
    [
      ['УТВЕРЖДЕН', 'постановлением Избирательной комиссии', 'Кемеровской области – Кузбасса', 'от 27 декабря 2021 г. № 3/20-7'],
      { authority: 'Избирательная комиссия Кемеровской области – Кузбасса', date: '2021-12-27', number: '3/20-7' },
    ],
    [['Приложение к постановлению от 10.07.2012 № 40/244-5'], { authority: null, date: '2012-07-10', number: '40/244-5' }],
    [
      ['УТВЕРЖДАЮ', 'Председатель ЦИК', 'Кыргызской Республики', 'Шайлдабекова Н.К.', '"26" июня 2023 года'],
      { authority: 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', date: '2023-06-26', number: null },
    ],
    [
      ['Приложение № 2', 'УТВЕРЖДЕНО', 'постановлением', 'Избирательной комиссии', 'Калужской области', 'от 27.12.2021 № 16/2-7'],
      { authority: 'Избирательная комиссия Калужской области', date: '2021-12-27', number: '16/2-7', appendix: '2' },
    ],
    [
      ['Утвержден решением Центральной избирательной комиссии Российской Федерации от 5 марта 2024 года № 150/1200-8'],
      { authority: 'Центральная избирательная комиссия Российской Федерации', date: '2024-03-05', number: '150/1200-8' },
    ],
  ])('%j', (block, expected) => {
    const result = parseApproval(lines(...block));
    expect(
      result && { authority: result.authority, date: result.date, number: result.number, ...(result.appendix ? { appendix: result.appendix } : {}) },
    ).toEqual(expected);
  });

  it('ignores an attachment note without a date or number', () => {
    expect(parseApproval(lines('**Приложение:** Стратегический План действий ЦИК КР на 2023-2025 гг.', '- на 13 листах'))).toBeNull();
  });

  it('puts approving bodies in the nominative', () => {
    expect(toNominative('Территориальной избирательной комиссии города Калуги')).toBe('Территориальная избирательная комиссия города Калуги');
    expect(toNominative('Губернатора области')).toBe('Губернатор области');
  });
});

describe('findPeriod', () => {
  it.each([
    ['План работы на 2024 год', '2024-01-01', '2024-12-31'],
    ['Стратегический план на 2023-2025 гг.', '2023-01-01', '2025-12-31'],
    ['Программа на 2022 – 2023 годы', '2022-01-01', '2023-12-31'],
    ['Мероприятия на выборах в 2021 году', '2021-01-01', '2021-12-31'],
    ['План по реализации Программы «… на 2023 год» в 2022 году', '2022-01-01', '2022-12-31'],
    ['План на 1 полугодие 2024 года', '2024-01-01', '2024-06-30'],
    ['План на второе полугодие 2024 года', '2024-07-01', '2024-12-31'],
    ['План на III квартал 2025 года', '2025-07-01', '2025-09-30'],
  ])('%s', (text, start, end) => expect(findPeriod(text)).toEqual({ start, end }));

  it('returns null without a year', () => expect(findPeriod('План работы комиссии')).toBeNull());
});

describe('titles and kinds', () => {
  it('normalises shouted openings but not abbreviations', () => {
    expect(normalizeTitle(['ПЛАН', 'работы ТИК', 'на 2024 год'])).toBe('План работы ТИК на 2024 год');
    expect(normalizeTitle(['**Сводный план**'])).toBe('Сводный план');
    expect(normalizeTitle(['ЦИК России: план'])).toBe('ЦИК России: план');
  });

  it.each([
    ['Календарный план мероприятий по подготовке выборов', 'calendar'],
    ['Стратегический план действий ЦИК КР', 'strategic'],
    ['Сводный план основных мероприятий', 'consolidated'],
    ['Программа «Повышение правовой культуры»', 'programme'],
    ['План работы Избирательной комиссии', 'work_plan'],
    ['Мероприятия Общественного штаба', 'other'],
  ])('%s → %s', (title, kind) => expect(guessKind(title, { description: false, elections: false })).toBe(kind));
});

describe('glossary', () => {
  it('reads a list with the separator its lines agree on', () => {
    const list = parseAbbreviationList(
      lines(
        'Используемые сокращения:',
        '',
        'ЦИК РФ - Центральная избирательная комиссия Российской Федерации;',
        'ИККО – Кузбасса - Избирательная комиссия Кемеровской области – Кузбасса;',
        'ТИК - территориальные избирательные комиссии.',
      ),
    );
    expect(list.entries).toEqual([
      { short: 'ЦИК РФ', full: 'Центральная избирательная комиссия Российской Федерации' },
      { short: 'ИККО – Кузбасса', full: 'Избирательная комиссия Кемеровской области – Кузбасса' },
      { short: 'ТИК', full: 'территориальные избирательные комиссии' },
    ]);
  });

  it('reads a two-column glossary table', () => {
    const list = parseAbbreviationList([
      { text: 'Принятые сокращения', line: 1, bold: true },
      { text: 'УИК участковая избирательная комиссия', line: 2, bold: false, cells: ['УИК', 'участковая избирательная комиссия'] },
    ]);
    expect(list.entries).toEqual([{ short: 'УИК', full: 'участковая избирательная комиссия' }]);
  });

  it('finds inline definitions and the phrase they stand for', () => {
    expect(
      findInlineDefinitions([
        { text: 'Взаимодействие со средствами массовой информации (далее – СМИ) для обеспечения открытости', line: 1 },
        { text: 'Управление Информационного центра Избирательной комиссии Кемеровской области – Кузбасса (далее – Информационный центр)', line: 2 },
        {
          text: '1.17. Реализация программы развития Государственной автоматизированной системы Российской Федерации «Выборы» (далее – ГАС «Выборы»).',
          line: 3,
        },
        { text: 'через деятельность Координационной группы оперативного реагирования (далее – КГОР) по реагированию', line: 4 },
      ]),
    ).toEqual([
      { short: 'СМИ', full: 'средствами массовой информации' },
      { short: 'Информационный центр', full: 'Управление Информационного центра Избирательной комиссии Кемеровской области – Кузбасса' },
      { short: 'ГАС «Выборы»', full: 'Государственной автоматизированной системы Российской Федерации «Выборы»' },
      { short: 'КГОР', full: 'Координационной группы оперативного реагирования' },
    ]);
  });
});

describe('parseElections', () => {
  it.each([
    [['Выборы Президента Российской Федерации', 'День голосования - 2 марта 2008 года'], 'Выборы Президента Российской Федерации', '2008-03-02'],
    [['Дата голосования: 08.09.2024'], null, '2024-09-08'],
    [['Дополнительные выборы депутата. Единый день голосования – 10 сентября 2023 года'], 'Дополнительные выборы депутата', '2023-09-10'],
  ])('%j', (texts, name, votingDay) => {
    expect(parseElections(lines(...texts)).map(({ name: n, votingDay: d }) => ({ name: n, votingDay: d }))).toEqual([{ name, votingDay }]);
  });
});
