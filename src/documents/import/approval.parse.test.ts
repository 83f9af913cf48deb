import { describe, expect, it } from 'vitest';
import {
  approvalWarnings,
  decreeAuthority,
  parseApproval,
  parseInlineApproval,
  parseResolutionHeader,
  parseToldApproval,
  type Approval,
} from './approval.parse.js';
import type { DocLine } from './doc-lines.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));
const pick = (a: Approval | null) =>
  a && { authority: a.authority, date: a.date, number: a.number, ...(a.appendix ? { appendix: a.appendix } : {}), actKind: a.actKind ?? null };

// Header fragments as commissions publish them (line breaks as printed).
describe('parseApproval: «СОГЛАСОВАНО» and «УТВЕРЖДАЮ» side by side', () => {
  it('reads the column under «УТВЕРЖДАЮ», not the rows across both', () => {
    const row = (line: number, ...cells: string[]): DocLine => ({ text: cells.join(' '), line, bold: false, cells });
    const block = parseApproval([
      row(1, 'СОГЛАСОВАНО', 'УТВЕРЖДАЮ'),
      row(2, 'Глава администрации Заокского района', 'Председатель ТИК Заокского района'),
      row(3, '__________ И.И. Иванов', '__________ П.П. Петров'),
      row(4, '«10» января 2025 г.', '«15» января 2025 г.'),
    ]);
    expect(block?.authority).toBe('Председатель ТИК Заокского района П.П. Петров');
    expect(block?.date).toBe('2025-01-15');
  });
});

describe('parseApproval: the forms of the approval block', () => {
  it.each<[string, string[], ReturnType<typeof pick>]>([
    [
      '«№», date in words, genitive authority over lines',
      ['УТВЕРЖДЕН', 'постановлением Избирательной комиссии', 'Кемеровской области – Кузбасса', 'от 27 декабря 2021 г. № 3/20-7'],
      { authority: 'Избирательная комиссия Кемеровской области – Кузбасса', date: '2021-12-27', number: '3/20-7', actKind: 'постановление' },
    ],
    [
      'Latin «N» of a legal database',
      ['Приложение N 1', 'к постановлению Избирательной комиссии', 'Тверской области', 'от 20 декабря 2023 г. N 118/1370-7'],
      { authority: 'Избирательная комиссия Тверской области', date: '2023-12-20', number: '118/1370-7', appendix: '1', actKind: 'постановление' },
    ],
    [
      '«за №» and the dotted date',
      ['Утвержден', 'решением территориальной избирательной комиссии', 'Кировского района', 'от 15.01.2025 за № 87/412'],
      { authority: 'Территориальная избирательная комиссия Кировского района', date: '2025-01-15', number: '87/412', actKind: 'решение' },
    ],
    [
      'number on the next line after a blank',
      ['УТВЕРЖДЕН', 'постановлением территориальной', 'избирательной комиссии города Пскова', 'от 10 января 2024 года', '', '№ 45/210-7'],
      { authority: 'Территориальная избирательная комиссия города Пскова', date: '2024-01-10', number: '45/210-7', actKind: 'постановление' },
    ],
    [
      '«УТВЕРЖДЕНО» one word per line, one cell per line with blanks',
      ['УТВЕРЖДЕНО', '', 'решением', '', 'Избирательной', 'комиссии', 'Республики Карелия', '', 'от', '«14» февраля 2024 года', '№', '112/820-7'],
      { authority: 'Избирательная комиссия Республики Карелия', date: '2024-02-14', number: '112/820-7', actKind: 'решение' },
    ],
    [
      '«Одобрен» with «Протокол N»: the meeting names the body',
      ['ОДОБРЕН', 'на заседании Молодежной избирательной комиссии', 'Протокол N 5 от 12.03.2024'],
      { authority: 'Молодежная избирательная комиссия', date: '2024-03-12', number: '5', actKind: 'протокол' },
    ],
    [
      'one-line appendix note in place of the гриф',
      ['Приложение к Постановлению от 18.01.2024 г № 84/501-7 План работы ТИК на 2024 год'],
      { authority: null, date: '2024-01-18', number: '84/501-7', actKind: 'постановление' },
    ],
    [
      '«Приложение № 2 к решению» of a municipal commission',
      ['Приложение № 2', 'к решению избирательной комиссии', 'муниципального образования «Город Псков»', 'от 27.12.2021 № 16/2-7'],
      { authority: 'Избирательная комиссия муниципального образования «Город Псков»', date: '2021-12-27', number: '16/2-7', appendix: '2', actKind: 'решение' },
    ],
    [
      'date glued to «г.» and spaced capitals',
      ['У Т В Е Р Ж Д Е Н', 'распоряжением председателя Избирательной комиссии Омской области', 'от 09.02.2023г. № 12-р'],
      { authority: 'Председатель Избирательной комиссии Омской области', date: '2023-02-09', number: '12-р', actKind: 'распоряжение' },
    ],
    [
      'УТВЕРЖДАЮ and an official',
      ['УТВЕРЖДАЮ', 'Председатель ЦИК', 'Кыргызской Республики', 'Шайлдабекова Н.К.', '"26" июня 2023 года'],
      { authority: 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', date: '2023-06-26', number: null, actKind: null },
    ],
    [
      'Kyrgyz «… токтому менен бекитилген»',
      [
        'Кыргыз Республикасынын',
        'Шайлоо жана референдум өткөрүү боюнча',
        'борбордук комиссиясынын',
        '2020-жылдын 25-октябрындагы',
        '№ 265 токтому менен бекитилген',
      ],
      {
        authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
        date: '2020-10-25',
        number: '265',
        actKind: 'постановление',
      },
    ],
    [
      'Kyrgyz on one line, May',
      ['Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын 2025-жылдын 10-майындагы № 123 токтому менен бекитилген'],
      {
        authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
        date: '2025-05-10',
        number: '123',
        actKind: 'постановление',
      },
    ],
    [
      'a decree: its author is the body, a decree is no act kind a plan records',
      ['Приложение № 1', 'к Указу Президента Республики Узбекистан', 'от 6 июля 2021 года № УП-6257'],
      { authority: 'Президент Республики Узбекистан', date: '2021-07-06', number: 'УП-6257', appendix: '1', actKind: null },
    ],
    [
      'a decree quoted in the block does not displace the commission’s act',
      ['УТВЕРЖДЕН', 'во исполнение Указа Президента Российской Федерации', 'постановлением Избирательной комиссии Курской области', 'от 20.01.2025 № 12/34-7'],
      { authority: 'Избирательная комиссия Курской области', date: '2025-01-20', number: '12/34-7', actKind: 'постановление' },
    ],
    [
      'the date of the act in words',
      ['УТВЕРЖДЕН', 'постановлением Избирательной комиссии Курской области', 'от двадцатого января 2025 года № 12/34-7'],
      { authority: 'Избирательная комиссия Курской области', date: '2025-01-20', number: '12/34-7', actKind: 'постановление' },
    ],
    [
      'approved at a meeting, the protocol in brackets',
      ['Одобрен на заседании ТИК Заокского района (протокол № 3 от 20.01.2025)'],
      { authority: 'ТИК Заокского района', date: '2025-01-20', number: '3', actKind: 'протокол' },
    ],
    [
      'approved at a meeting, the date before the protocol',
      ['Утвержден на заседании Избирательной комиссии Курской области 20.01.2025, протокол № 3'],
      { authority: 'Избирательная комиссия Курской области', date: '2025-01-20', number: '3', actKind: 'протокол' },
    ],
    [
      'the act number before its date: not part of the body’s name',
      ['Приложение к решению', 'Павлодарской городской', 'избирательной комиссии', '№ 7/3 от 12 марта 2024 года'],
      { authority: 'Павлодарская городская избирательная комиссия', date: '2024-03-12', number: '7/3', actKind: 'решение' },
    ],
    [
      'a numbered commission keeps its plain number when the act has its own',
      ['Утвержден', 'решением УИК № 1402', 'от 10.02.2025 № 3/11'],
      { authority: 'УИК № 1402', date: '2025-02-10', number: '3/11', actKind: 'решение' },
    ],
    [
      'a register letter printed apart after the number («N 215 р»)',
      ['Приложение 3', 'к распоряжению администрации района', 'от 4 мая 2010 г. N 215 р'],
      { authority: 'Администрация района', date: '2010-05-04', number: '215 р', appendix: '3', actKind: 'распоряжение' },
    ],
    [
      'a preposition after the number is not part of it',
      ['УТВЕРЖДЕН', 'постановлением ТИК от 01.03.2025 № 12 в редакции от 05.04.2025'],
      { authority: 'ТИК', date: '2025-03-01', number: '12', actKind: 'постановление' },
    ],
  ])('%s', (_name, block, expected) => {
    expect(pick(parseApproval(lines(...block)))).toEqual(expected);
  });

  it('keeps the title printed after the number on the appendix line', () => {
    const block = parseApproval(lines('Приложение к Постановлению от 18.01.2024 г № 84/501-7 План работы ТИК на 2024 год'));
    expect(block?.titleTail).toEqual({ line: 1, text: 'План работы ТИК на 2024 год' });
  });

  it('prefers the approval over an agreement block', () => {
    const block = parseApproval(lines('СОГЛАСОВАНО', 'Глава администрации', 'от 01.02.2024', '', 'УТВЕРЖДЕН', 'решением ТИК', 'от 02.02.2024 № 7'));
    expect(pick(block)).toEqual({ authority: 'ТИК', date: '2024-02-02', number: '7', actKind: 'решение' });
  });
});

describe('parseResolutionHeader: a resolution whose text approves the plan', () => {
  it('reads the letterhead in capitals, the date and the number', () => {
    const block = parseResolutionHeader(
      lines(
        'ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ',
        'ГОРОДА ВЛАДИМИРА',
        '',
        'П О С Т А Н О В Л Е Н И Е',
        '',
        '20 июня 2025 г.                                      № 45/123',
        'г. Владимир',
        'О Календарном плане мероприятий по подготовке и проведению выборов',
        'Утвердить Календарный план мероприятий (прилагается).',
      ),
    );
    expect(pick(block)).toEqual({
      authority: 'Территориальная избирательная комиссия города Владимира',
      date: '2025-06-20',
      number: '45/123',
      actKind: 'постановление',
    });
  });

  it('reads the date and number of a site page that prints no act word, the «№» left out', () => {
    const page = ['12 мая 2022 г.                              02-11/7', '', '«О плане мероприятий по обучению членов участковых комиссий»'];
    expect(pick(parseResolutionHeader(lines(...page)))).toEqual({ authority: null, date: '2022-05-12', number: '02-11/7', actKind: null });
  });

  it('a date and a bare count over a heading is not an approval', () => {
    expect(parseResolutionHeader(lines('12 мая 2022 г.     15', 'О проведении семинара'))).toBeNull();
    expect(parseResolutionHeader(lines('12 мая 2022 г.     № 02-11/7', 'Участковые комиссии приняли участие'))).toBeNull();
  });

  it('reads a РЕШЕНИЕ with the number on its own line', () => {
    const block = parseResolutionHeader(lines('ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ТВЕРСКОЙ ОБЛАСТИ', 'РЕШЕНИЕ', 'от 27.12.2021', '№ 16/2-7'));
    expect(pick(block)).toEqual({ authority: 'Избирательная комиссия Тверской области', date: '2021-12-27', number: '16/2-7', actKind: 'решение' });
  });

  it('reads a letterhead parted by blank lines and a number printed without «№» on its own line', () => {
    const page = [
      'Официальный сайт',
      '',
      'ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ',
      '',
      'КРАСНОСЕЛЬСКОГО  РАЙОНА',
      '',
      'ПОСТАНОВЛЕНИЕ',
      '',
      '3 марта 2015 года',
      '',
      '12/40-3',
      '',
      'г. Лесной',
    ];
    expect(pick(parseResolutionHeader(lines(...page)))).toEqual({
      authority: 'Территориальная избирательная комиссия Красносельского района',
      date: '2015-03-03',
      number: '12/40-3',
      actKind: 'постановление',
    });
  });

  it('does not take the place under the number for the register suffix of the act', () => {
    // Sverdlovsk region, a settlement TIK's decision as its site prints it.
    const page = [
      'РЕФТИНСКАЯ ПОСЕЛКОВАЯ',
      'ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ',
      '',
      ' ',
      'РЕШЕНИЕ',
      '',
      '«04» марта  2010 г.        № 6/25',
      'п. Рефтинский',
    ];
    expect(pick(parseResolutionHeader(lines(...page)))).toEqual({
      authority: 'Рефтинская поселковая территориальная избирательная комиссия',
      date: '2010-03-04',
      number: '6/25',
      actKind: 'решение',
    });
  });

  it('reads the letterhead above a bracketed line on the powers the commission holds', () => {
    // Zabaikalsky krai: a TIK acting as the municipal commission; the bracket is never closed.
    const page = [
      'ШИЛКИНСКАЯ РАЙОННАЯ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ',
      '',
      '(с полномочиями избирательной комиссии муниципального района «Шилкинский район»',
      '',
      'ПОСТАНОВЛЕНИЕ',
      '',
      '23 июня 2017 года № 26/86',
    ];
    expect(pick(parseResolutionHeader(lines(...page)))?.authority).toBe('Шилкинская районная территориальная избирательная комиссия');
  });

  it('takes no bare count for a number', () => {
    const block = parseResolutionHeader(lines('КОМИССИЯ', 'ПОСТАНОВЛЕНИЕ', '3 марта 2015 года', '12', 'О плане'));
    expect(block?.number ?? null).toBeNull();
  });
});

describe('approvalWarnings', () => {
  it('names what is missing in the words of the act', () => {
    expect(approvalWarnings({ authority: 'ТИК', date: '2024-01-10', number: null, actKind: 'постановление' })).toEqual([
      'Гриф утверждения: номер постановления не найден',
    ]);
    expect(approvalWarnings({ authority: 'ТИК', date: null, number: '5', actKind: 'решение' })).toEqual(['Гриф утверждения: дата решения не найдена']);
    expect(approvalWarnings({ authority: 'Председатель ТИК', date: '2024-01-10', number: null, actKind: null })).toEqual([]);
    expect(approvalWarnings(null)).toEqual(['Гриф утверждения (кем, когда, номер) не найден']);
  });
});

describe('parseApproval: more printed forms', () => {
  it('«"Одобрен"» in quotes with the protocol number on its own line', () => {
    const block = parseApproval(
      lines('"Одобрен"', 'Постановлением', 'Избирательной комиссии', 'Ростовской области', 'от 25 декабря 2002 года', 'Протокол N 76'),
    );
    expect(pick(block)).toEqual({ authority: 'Избирательная комиссия Ростовской области', date: '2002-12-25', number: '76', actKind: 'постановление' });
  });

  it('an approval that names the act without date and number (legal-database appendix)', () => {
    const block = parseApproval(lines('Приложение N 1', 'УТВЕРЖДЕН', 'постановлением Центральной избирательной', 'комиссии Российской Федерации'));
    expect(pick(block)).toEqual({
      authority: 'Центральная избирательная комиссия Российской Федерации',
      date: null,
      number: null,
      appendix: '1',
      actKind: 'постановление',
    });
  });
});

describe('parseApproval: a letterhead table', () => {
  it('reads the approving cell apart from the agreeing one', () => {
    const row: DocLine = {
      text: '',
      line: 3,
      bold: false,
      cells: [
        'СОГЛАСОВАНО\nГлава администрации района\n10.01.2025',
        'УТВЕРЖДЕН\nрешением территориальной избирательной комиссии Кировского района\nот 15.01.2025 № 87/412',
      ],
    };
    expect(pick(parseApproval([row]))).toEqual({
      authority: 'Территориальная избирательная комиссия Кировского района',
      date: '2025-01-15',
      number: '87/412',
      actKind: 'решение',
    });
  });
});

describe('parseInlineApproval: the approval on the title line', () => {
  it.each<[string, string, ReturnType<typeof pick>, string | undefined]>([
    [
      '«утв.» with a capitalised act and Latin N',
      'План мероприятий на 2019 год утв. Постановлением Избирательной комиссии Омской области от 20.12.2018 N 41/300-6.',
      { authority: 'Избирательная комиссия Омской области', date: '2018-12-20', number: '41/300-6', actKind: 'постановление' },
      'План мероприятий на 2019 год',
    ],
    [
      'in brackets, an abbreviation kept as written',
      'План работы территориальной избирательной комиссии Заречного района на 2025 год (утв. решением ТИК Заречного района от 14.01.2025 № 12/60)',
      { authority: 'ТИК Заречного района', date: '2025-01-14', number: '12/60', actKind: 'решение' },
      'План работы территориальной избирательной комиссии Заречного района на 2025 год',
    ],
    [
      '«утвержден» after a comma, date in words',
      'Комплекс мер по обучению организаторов выборов на 2021 год, утвержден распоряжением председателя Избирательной комиссии Курской области от 11 января 2021 года № 3-р',
      { authority: 'Председатель Избирательной комиссии Курской области', date: '2021-01-11', number: '3-р', actKind: 'распоряжение' },
      'Комплекс мер по обучению организаторов выборов на 2021 год',
    ],
    [
      '«утверждена» of a programme',
      'Программа обучения членов УИК, утверждена постановлением ИКМО города Твери от 05.02.2024 № 7',
      { authority: 'ИКМО города Твери', date: '2024-02-05', number: '7', actKind: 'постановление' },
      'Программа обучения членов УИК',
    ],
  ])('%s', (_name, text, expected, title) => {
    const block = parseInlineApproval(lines(text));
    expect(pick(block)).toEqual(expected);
    expect(block?.titleTail?.text).toBe(title);
  });

  it.each([
    ['План работы на 2025 год (утв. решением ТИК № 5 от 14.01.2025 № 12/60)', 'ТИК № 5', '12/60'],
    [
      'План обучения на 2024 год, утвержден решением Территориальной избирательной комиссии № 12 от 20.01.2024 № 3-2',
      'Территориальная избирательная комиссия № 12',
      '3-2',
    ],
  ])('keeps the number of a numbered commission in its name: %s', (text, authority, number) => {
    const block = parseInlineApproval(lines(text));
    expect(block?.authority).toBe(authority);
    expect(block?.number).toBe(number);
  });

  it('offers the words before the formula as the title even when they do not start with «План»', () => {
    const block = parseInlineApproval(lines('О мероприятиях по обучению кадров на 2023 год (утв. решением ТИК Советского района от 10.01.2023 № 2/8)'));
    expect(block?.titleTail?.text).toBe('О мероприятиях по обучению кадров на 2023 год');
  });

  it('goes on over the next lines while the bracket stays open', () => {
    const block = parseInlineApproval(lines('План мероприятий по подготовке выборов', '(утв. распоряжением главы района', 'от 3 марта 2018 г. N 77)', '№ п/п'));
    expect(pick(block)).toEqual({ authority: 'Глава района', date: '2018-03-03', number: '77', actKind: 'распоряжение' });
    expect([...block!.lines]).toEqual([2, 3]);
  });

  it('does not take a line that only mentions approval without date or number', () => {
    expect(parseInlineApproval(lines('Отчёт о выполнении плана, утвержденного постановлением комиссии'))).toBeNull();
  });
});

describe('parseToldApproval: the approval told in a sentence', () => {
  it.each<[string, string[], ReturnType<typeof pick>]>([
    [
      'instrumental body, day and month, year elsewhere in the text',
      ['Новости 2024', 'Центральной избирательной комиссией Республики Казахстан 3 марта утверждено постановление № 8/150 о календарном плане'],
      { authority: 'Центральная избирательная комиссия Республики Казахстан', date: '2024-03-03', number: '8/150', actKind: 'постановление' },
    ],
    [
      'year in the sentence itself',
      ['Территориальной избирательной комиссией Центрального района 22 января 2025 года утверждено решение № 45/2 о плане работы'],
      { authority: 'Территориальная избирательная комиссия Центрального района', date: '2025-01-22', number: '45/2', actKind: 'решение' },
    ],
    [
      'a federal body by its abbreviation, kept for the header to expand',
      ['ЦИК РК 14 мая 2022 года утверждено постановление № 3/17 о календарном плане проведения референдума'],
      { authority: 'ЦИК РК', date: '2022-05-14', number: '3/17', actKind: 'постановление' },
    ],
    [
      '«Постановлением … утвержден план»',
      ['Постановлением Избирательной комиссии Тульской области от 19.01.2024 № 88/640-7 утвержден план работы на 2024 год.'],
      { authority: 'Избирательная комиссия Тульской области', date: '2024-01-19', number: '88/640-7', actKind: 'постановление' },
    ],
    [
      '«Решением ТИК … утвержден» after another sentence',
      ['Комиссия провела заседание. Решением ТИК Советского района от 10 февраля 2023 г. № 30/112 утвержден перечень мероприятий.'],
      { authority: 'ТИК Советского района', date: '2023-02-10', number: '30/112', actKind: 'решение' },
    ],
  ])('%s', (_name, texts, expected) => expect(pick(parseToldApproval(lines(...texts)))).toEqual(expected));

  it('the body in the genitive, as a news site retells it («… комиссии РК 3 марта утверждено постановление № …»)', () => {
    const block = parseToldApproval(lines('Избирательной комиссии Павлодарской области 3 марта 2024 года утверждено постановление № 5/41 о плане'));
    expect(pick(block)).toEqual({ authority: 'Избирательная комиссия Павлодарской области', date: '2024-03-03', number: '5/41', actKind: 'постановление' });
  });

  it('leaves the date unknown and says so when the text names no single year', () => {
    const warnings: string[] = [];
    const block = parseToldApproval(
      lines('В 2023 и 2024 годах', 'Центральной избирательной комиссией Республики Казахстан 3 марта утверждено постановление № 8/150'),
      (m) => warnings.push(m),
    );
    expect(pick(block)).toEqual({
      authority: 'Центральная избирательная комиссия Республики Казахстан',
      date: null,
      number: '8/150',
      actKind: 'постановление',
    });
    expect(warnings).toEqual(['Гриф утверждения: в «3 марта» не указан год, дата постановления не определена']);
  });
});

describe('decreeAuthority: where the body’s name starts', () => {
  it.each([
    ['В целях повышения правовой культуры избирателей Избирательная комиссия Тамбовской области постановляет:', 'Избирательная комиссия Тамбовской области'],
    [
      'Руководствуясь статьей 26 Федерального закона территориальная избирательная комиссия Заречного района решила:',
      'Территориальная избирательная комиссия Заречного района',
    ],
    ['На основании изложенного Территориальная избирательная комиссия города Вологды решила:', 'Территориальная избирательная комиссия города Вологды'],
    [
      'Заслушав информацию секретаря, Центральная избирательная комиссия Республики Карелия постановляет:',
      'Центральная избирательная комиссия Республики Карелия',
    ],
  ])('%s', (text, body) => expect(decreeAuthority(lines(text))).toBe(body));
});
