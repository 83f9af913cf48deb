import { describe, expect, it } from 'vitest';
import { approvalWarnings, parseApproval, parseResolutionHeader, type Approval } from './approval.parse.js';
import type { DocLine } from './doc-lines.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));
const pick = (a: Approval | null) =>
  a && { authority: a.authority, date: a.date, number: a.number, ...(a.appendix ? { appendix: a.appendix } : {}), actKind: a.actKind ?? null };

// Header fragments as commissions publish them (line breaks as printed).
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
      '«Одобрен» with «Протокол N»',
      ['ОДОБРЕН', 'на заседании Молодежной избирательной комиссии', 'Протокол N 5 от 12.03.2024'],
      { authority: null, date: '2024-03-12', number: '5', actKind: 'протокол' },
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
      ['Кыргыз Республикасынын', 'Шайлоо жана референдум өткөрүү боюнча', 'борбордук комиссиясынын', '2020-жылдын 25-октябрындагы', '№ 265 токтому менен бекитилген'],
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
    expect(pick(block)).toEqual({ authority: 'Территориальная избирательная комиссия города Владимира', date: '2025-06-20', number: '45/123', actKind: 'постановление' });
  });

  it('reads a РЕШЕНИЕ with the number on its own line', () => {
    const block = parseResolutionHeader(lines('ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ТВЕРСКОЙ ОБЛАСТИ', 'РЕШЕНИЕ', 'от 27.12.2021', '№ 16/2-7'));
    expect(pick(block)).toEqual({ authority: 'Избирательная комиссия Тверской области', date: '2021-12-27', number: '16/2-7', actKind: 'решение' });
  });
});

describe('approvalWarnings', () => {
  it('names what is missing in the words of the act', () => {
    expect(approvalWarnings({ authority: 'ТИК', date: '2024-01-10', number: null, actKind: 'постановление' })).toEqual(['Гриф утверждения: номер постановления не найден']);
    expect(approvalWarnings({ authority: 'ТИК', date: null, number: '5', actKind: 'решение' })).toEqual(['Гриф утверждения: дата решения не найдена']);
    expect(approvalWarnings({ authority: 'Председатель ТИК', date: '2024-01-10', number: null, actKind: null })).toEqual([]);
    expect(approvalWarnings(null)).toEqual(['Гриф утверждения (кем, когда, номер) не найден']);
  });
});

describe('parseApproval: more printed forms', () => {
  it('«"Одобрен"» in quotes with the protocol number on its own line', () => {
    const block = parseApproval(lines('"Одобрен"', 'Постановлением', 'Избирательной комиссии', 'Ростовской области', 'от 25 декабря 2002 года', 'Протокол N 76'));
    expect(pick(block)).toEqual({ authority: 'Избирательная комиссия Ростовской области', date: '2002-12-25', number: '76', actKind: 'постановление' });
  });

  it('an approval that names the act without date and number (legal-database appendix)', () => {
    const block = parseApproval(lines('Приложение N 1', 'УТВЕРЖДЕН', 'постановлением Центральной избирательной', 'комиссии Российской Федерации'));
    expect(pick(block)).toEqual({ authority: 'Центральная избирательная комиссия Российской Федерации', date: null, number: null, appendix: '1', actKind: 'постановление' });
  });
});

describe('parseApproval: a letterhead table', () => {
  it('reads the approving cell apart from the agreeing one', () => {
    const row: DocLine = {
      text: '',
      line: 3,
      bold: false,
      cells: ['СОГЛАСОВАНО\nГлава администрации района\n10.01.2025', 'УТВЕРЖДЕН\nрешением территориальной избирательной комиссии Кировского района\nот 15.01.2025 № 87/412'],
    };
    expect(pick(parseApproval([row]))).toEqual({ authority: 'Территориальная избирательная комиссия Кировского района', date: '2025-01-15', number: '87/412', actKind: 'решение' });
  });
});
