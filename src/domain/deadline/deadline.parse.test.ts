import { describe, expect, it } from 'vitest';
import { interpretDeadline, parseDeadline, type DeadlineKind } from './index.js';

const Y22 = { period: { start: '2022-01-01', end: '2022-12-31' } };

function windowsOf(text: string, ctx: Parameters<typeof interpretDeadline>[1] = Y22): [string, string][] {
  return interpretDeadline(text, ctx).windows.map((w) => [w.start, w.end]);
}

describe('month names in every case and abbreviation', () => {
  it.each(['январь', 'января', 'в январе', 'январю', 'январем', 'январём', 'янв.', 'янв', 'ЯНВАРЬ', 'В течение января', 'Январь:'])(
    '«%s» is January',
    (text) => {
      expect(windowsOf(text)).toEqual([['2022-01-01', '2022-01-31']]);
    },
  );

  it.each([
    ['февр.', '2022-02-01', '2022-02-28'],
    ['мар.', '2022-03-01', '2022-03-31'],
    ['в мае', '2022-05-01', '2022-05-31'],
    ['сент.', '2022-09-01', '2022-09-30'],
    ['нояб.', '2022-11-01', '2022-11-30'],
    ['дек.', '2022-12-01', '2022-12-31'],
  ])('«%s»', (text, start, end) => {
    expect(windowsOf(text)).toEqual([[start, end]]);
  });
});

describe('month lists and ranges with any dash and spacing', () => {
  it.each([
    'Сентябрь-декабрь',
    'Сентябрь - декабрь',
    'Сентябрь – декабрь',
    'Сентябрь—декабрь',
    'сентябрь −декабрь',
    'Сентябрь‑декабрь',
    'с сентября по декабрь',
  ])('«%s» is one range', (text) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([{ start: '2022-09-01', end: '2022-12-31' }]);
  });

  it('«февраль, июль – август» is two windows', () => {
    expect(windowsOf('февраль, июль – август')).toEqual([
      ['2022-02-01', '2022-02-28'],
      ['2022-07-01', '2022-08-31'],
    ]);
  });

  it('«январь – сентябрь»', () => {
    expect(windowsOf('январь – сентябрь')).toEqual([['2022-01-01', '2022-09-30']]);
  });

  it('«июль и декабрь», «июль; декабрь» list with words and semicolons', () => {
    expect(windowsOf('июль и декабрь')).toEqual(windowsOf('Июль, декабрь'));
    expect(windowsOf('июль; декабрь')).toEqual(windowsOf('Июль, декабрь'));
  });

  it('a range over New Year wraps inside a one-year plan', () => {
    const r = interpretDeadline('ноябрь – февраль', Y22);
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([
      { start: '2022-01-01', end: '2022-02-28' },
      { start: '2022-11-01', end: '2022-12-31' },
    ]);
  });

  it('day ranges share the month: «1-15 марта», «с 1 по 15 марта»', () => {
    expect(windowsOf('1-15 марта')).toEqual([['2022-03-01', '2022-03-15']]);
    expect(windowsOf('с 1 по 15 марта')).toEqual([['2022-03-01', '2022-03-15']]);
  });
});

describe('days, dates and bounds', () => {
  it.each<[string, DeadlineKind, [string, string][]]>([
    ['До 1 февраля', 'date', [['2022-01-01', '2022-02-01']]],
    ['к 1 февраля', 'date', [['2022-01-01', '2022-02-01']]],
    ['не позднее 1 февраля', 'date', [['2022-01-01', '2022-02-01']]],
    ['до 01.04.2022', 'date', [['2022-01-01', '2022-04-01']]],
    ['до 01.04.22', 'date', [['2022-01-01', '2022-04-01']]],
    ['30.09.2022', 'date', [['2022-09-30', '2022-09-30']]],
    ['30.09.2022 г.', 'date', [['2022-09-30', '2022-09-30']]],
    ['30/09/2022', 'date', [['2022-09-30', '2022-09-30']]],
    ['15 марта', 'date', [['2022-03-15', '2022-03-15']]],
    ['1-го марта', 'date', [['2022-03-01', '2022-03-01']]],
    ['до конца марта', 'date', [['2022-01-01', '2022-03-31']]],
    ['не позднее марта', 'date', [['2022-01-01', '2022-03-31']]],
    ['до марта', 'date', [['2022-01-01', '2022-02-28']]],
    ['до конца года', 'date', [['2022-01-01', '2022-12-31']]],
    ['не ранее 1 марта', 'date', [['2022-03-01', '2022-12-31']]],
    ['после 15 марта', 'date', [['2022-03-16', '2022-12-31']]],
    ['с 1 октября', 'date', [['2022-10-01', '2022-12-31']]],
    ['Не ранее 31 января и не позднее 7 февраля', 'range', [['2022-01-31', '2022-02-07']]],
    ['с 10 по 20 мая', 'range', [['2022-05-10', '2022-05-20']]],
  ])('«%s» → %s', (text, kind, windows) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe(kind);
    expect(r.windows.map((w) => [w.start, w.end])).toEqual(windows);
  });

  it('years come from the phrase even outside the plan period', () => {
    const r = interpretDeadline('Не ранее 31 января и не позднее 7 февраля 2008 года', Y22);
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([{ start: '2008-01-31', end: '2008-02-07' }]);
  });

  it('«в срок до 30 декабря 2004 года» without a period has no known start', () => {
    const r = interpretDeadline('в срок до 30 декабря 2004 года');
    expect(r.kind).toBe('date');
    expect(r.windows).toEqual([{ start: '2004-12-30', end: '2004-12-30' }]);
    expect(r.flags).toContain('open_start');
  });

  it('«Не позднее 14 января 2009 года» runs from the period start', () => {
    const r = interpretDeadline('Не позднее 14 января 2009 года', { period: { start: '2008-12-01', end: '2009-03-31' } });
    expect(r.windows).toEqual([{ start: '2008-12-01', end: '2009-01-14' }]);
    expect(r.flags).not.toContain('open_start');
  });

  it('the left end takes the year of the right end, wrapping back over New Year', () => {
    expect(windowsOf('15.02. -15.03.2021')).toEqual([['2021-02-15', '2021-03-15']]);
    expect(windowsOf('15.12. – 15.01.2022')).toEqual([['2021-12-15', '2022-01-15']]);
    expect(windowsOf('декабрь – январь 2023 г.')).toEqual([['2022-12-01', '2023-01-31']]);
  });

  it('the right end takes the year of the left end', () => {
    expect(windowsOf('01.12.2022 – 15.01')).toEqual([['2022-12-01', '2023-01-15']]);
  });
});

describe('quarters, half-years, decades, years', () => {
  it.each<[string, [string, string][]]>([
    ['I квартал', [['2022-01-01', '2022-03-31']]],
    ['1 квартал', [['2022-01-01', '2022-03-31']]],
    ['1-й квартал', [['2022-01-01', '2022-03-31']]],
    ['в IV квартале', [['2022-10-01', '2022-12-31']]],
    ['второй квартал', [['2022-04-01', '2022-06-30']]],
    ['III кв.', [['2022-07-01', '2022-09-30']]],
    ['I-II квартал', [['2022-01-01', '2022-06-30']]],
    [
      'I и III кварталы',
      [
        ['2022-01-01', '2022-03-31'],
        ['2022-07-01', '2022-09-30'],
      ],
    ],
    ['во II полугодии', [['2022-07-01', '2022-12-31']]],
    ['1-е полугодие', [['2022-01-01', '2022-06-30']]],
    ['первое полугодие 2023 года', [['2023-01-01', '2023-06-30']]],
    ['вторая половина года', [['2022-07-01', '2022-12-31']]],
    ['первая декада марта', [['2022-03-01', '2022-03-10']]],
    ['во второй декаде февраля', [['2022-02-11', '2022-02-20']]],
    ['в третьей декаде февраля', [['2022-02-21', '2022-02-28']]],
    ['2022 год', [['2022-01-01', '2022-12-31']]],
    ['в течение 2022 года', [['2022-01-01', '2022-12-31']]],
    ['2022–2023 годы', [['2022-01-01', '2023-12-31']]],
  ])('«%s»', (text, windows) => {
    expect(windowsOf(text)).toEqual(windows);
  });
});

describe('the whole period', () => {
  it.each([
    'Весь период',
    'весь период',
    'В течение года',
    'в течение всего периода',
    'на постоянной основе',
    'постоянно',
    'Постоянно.',
    'январь – декабрь',
    'январь-декабрь',
    'в течение календарного года',
    'круглогодично',
  ])('«%s»', (text) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe('whole_period');
    expect(r.windows).toEqual([{ start: '2022-01-01', end: '2022-12-31' }]);
  });

  it('«ежедневно» is the whole period with a flag', () => {
    const r = interpretDeadline('ежедневно', Y22);
    expect(r.kind).toBe('whole_period');
    expect(r.flags).toContain('daily');
  });

  it('without a period it says what it needs', () => {
    const r = interpretDeadline('Весь период');
    expect(r.kind).toBe('whole_period');
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['period']);
  });
});

describe('recurrence', () => {
  it.each<[string, string, number]>([
    ['ежемесячно', 'month', 12],
    ['Ежемесячно', 'month', 12],
    ['раз в месяц', 'month', 12],
    ['ежеквартально', 'quarter', 4],
    ['раз в квартал', 'quarter', 4],
    ['раз в полугодие', 'half_year', 2],
    ['ежегодно', 'year', 1],
    ['еженедельно', 'week', 53],
  ])('«%s» → every %s, %i windows in 2022', (text, every, count) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe('recurring');
    expect(r.recurrence).toEqual({ every });
    expect(r.windows).toHaveLength(count);
  });

  it('weeks are Monday to Sunday, clipped to the period', () => {
    const w = interpretDeadline('еженедельно', Y22).windows;
    expect(w[0]).toEqual({ start: '2022-01-01', end: '2022-01-02' });
    expect(w[1]).toEqual({ start: '2022-01-03', end: '2022-01-09' });
    expect(w[52]).toEqual({ start: '2022-12-26', end: '2022-12-31' });
  });

  it('«по понедельникам» is every Monday', () => {
    const w = interpretDeadline('по понедельникам', Y22).windows;
    expect(w).toHaveLength(52);
    expect(w[0]).toEqual({ start: '2022-01-03', end: '2022-01-03' });
  });

  it('«до 5 числа каждого месяца» is the first five days of each month', () => {
    const r = interpretDeadline('до 5 числа каждого месяца', Y22);
    expect(r.kind).toBe('recurring');
    expect(r.recurrence).toEqual({ every: 'month' });
    expect(r.windows).toHaveLength(12);
    expect(r.windows[1]).toEqual({ start: '2022-02-01', end: '2022-02-05' });
  });

  it.each(['ежемесячно, до 10 числа', 'ежемесячно до 10-го числа месяца, следующего за отчетным', 'не позднее 10 числа каждого месяца'])('«%s»', (text) => {
    const r = interpretDeadline(text, Y22);
    expect(r.recurrence).toEqual({ every: 'month' });
    expect(r.windows[11]).toEqual({ start: '2022-12-01', end: '2022-12-10' });
  });

  it('«по состоянию на 1 января, 1 апреля, 1 июля и 1 октября» is quarterly', () => {
    const r = interpretDeadline('по состоянию на 1 января, 1 апреля, 1 июля и 1 октября', Y22);
    expect(r.kind).toBe('recurring');
    expect(r.recurrence).toEqual({ every: 'quarter' });
    expect(r.windows.map((w) => w.start)).toEqual(['2022-01-01', '2022-04-01', '2022-07-01', '2022-10-01']);
  });

  it('«ежегодно в декабре»', () => {
    const r = interpretDeadline('ежегодно в декабре', { period: { start: '2023-01-01', end: '2024-12-31' } });
    expect(r.recurrence).toEqual({ every: 'year' });
    expect(r.windows).toEqual([
      { start: '2023-12-01', end: '2023-12-31' },
      { start: '2024-12-01', end: '2024-12-31' },
    ]);
  });

  it('an unclear refinement is not silently dropped', () => {
    const r = interpretDeadline('ежемесячно, кроме июля', Y22);
    expect(r.kind).toBe('unknown');
    expect(r.reason).toMatch(/кроме июля/);
  });
});

describe('per-year marks of a multi-year plan', () => {
  const ctx = { period: { start: '2023-01-01', end: '2025-12-31' } };
  it.each([
    ['I Год', '2023-01-01', '2023-12-31'],
    ['II Год', '2024-01-01', '2024-12-31'],
    ['III год', '2025-01-01', '2025-12-31'],
    ['второй год', '2024-01-01', '2024-12-31'],
  ])('«%s»', (text, start, end) => {
    const r = interpretDeadline(text, ctx);
    expect(r.kind).toBe('range');
    expect(r.windows).toEqual([{ start, end }]);
  });

  it('«I, II Год» lists two plan years', () => {
    expect(windowsOf('I, II Год', ctx)).toEqual([
      ['2023-01-01', '2023-12-31'],
      ['2024-01-01', '2024-12-31'],
    ]);
  });

  it('a year the plan does not have is not invented', () => {
    const r = interpretDeadline('IV Год', ctx);
    expect(r.kind).toBe('unknown');
    expect(r.reason).toMatch(/4-го года/);
  });
});

describe('on demand and external schedules', () => {
  it.each([
    ['по мере необходимости', 'on_demand'],
    ['По мере необходимости.', 'on_demand'],
    ['при необходимости', 'on_demand'],
    ['по запросам ЦИК России', 'on_demand'],
    ['в соответствии с утвержденными сроками', 'external_schedule'],
    ['По плану работы ИККО, ТИК', 'external_schedule'],
    ['согласно плану ЦИК России', 'external_schedule'],
    ['по графику', 'external_schedule'],
    ['в установленные сроки', 'external_schedule'],
    ['(по отдельному плану)', 'external_schedule'],
  ])('«%s» → %s', (text, kind) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe(kind);
    expect(r.windows).toEqual([]);
  });

  it('«В сроки, установленные Федеральным законом …» keeps the law as the legal basis', () => {
    const r = interpretDeadline('В сроки, установленные Федеральным законом «О выборах Президента Российской Федерации»');
    expect(r.kind).toBe('external_schedule');
    expect(r.legal_basis).toBe('Федеральный закон "О выборах Президента Российской Федерации"');
  });
});

describe('event-relative phrases stay unresolved until the event has a date', () => {
  it.each([
    ['После образования избирательных участков', 'образования избирательных участков'],
    ['со дня принятия решения', 'принятия решения'],
    ['не позднее чем через 5 дней со дня принятия решения', 'принятия решения'],
    ['в течение 10 дней после поступления документов', 'поступления документов'],
    ['по окончании избирательной кампании', 'избирательной кампании'],
  ])('«%s»', (text, event) => {
    const r = interpretDeadline(text, { ...Y22, elections: [{ votingDay: '2022-09-11', calledOn: '2022-06-10' }] });
    expect(r.kind).toBe('event_relative');
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['event_date']);
    const expr = parseDeadline(text).expr;
    expect(expr.type === 'relative' && expr.anchor.type === 'event' ? expr.anchor.event : null).toBe(event);
  });
});

describe('the end of a period of the plan is no event to wait for', () => {
  // Read as events they waited for the date of «года», «квартала» — nothing anyone could enter.
  it.each(['по итогам года', 'по итогам полугодия', 'по итогам I квартала', 'после окончания квартала', 'по результатам отчетного периода'])(
    '«%s» stays unread and says why',
    (text) => {
      const r = interpretDeadline(text, Y22);
      expect(r.kind).toBe('unknown');
      expect(r.needs ?? []).not.toContain('event_date');
      expect(parseDeadline(text).expr).toMatchObject({ type: 'unknown', reason: expect.stringContaining('не называет дня') });
    },
  );
});

describe('qualifiers are kept', () => {
  it('«(по отдельному плану)» → separate_plan', () => {
    expect(interpretDeadline('Весь период (по отдельному плану)', Y22).flags).toEqual(['separate_plan']);
    expect(interpretDeadline('весь период по отдельному плану', Y22).flags).toEqual(['separate_plan']);
    expect(interpretDeadline('Весь период (по отдельным планам)', Y22).flags).toEqual(['separate_plan']);
  });

  it('footnote markers → footnote, with the marker kept', () => {
    for (const text of ['Весь период <1>', 'Весь период<1>', 'Весь период*', 'Весь период¹', 'Весь период [2]']) {
      const r = interpretDeadline(text, Y22);
      expect(r.kind).toBe('whole_period');
      expect(r.flags).toContain('footnote');
    }
    expect(parseDeadline('до 1 февраля <12>').footnotes).toEqual(['12']);
  });

  it('a legal basis in brackets → legal_basis', () => {
    const r = interpretDeadline('до 1 февраля (п. 1 ст. 5 Закона ЧР)', Y22);
    expect(r.kind).toBe('date');
    expect(r.windows).toEqual([{ start: '2022-01-01', end: '2022-02-01' }]);
    expect(r.legal_basis).toBe('п. 1 ст. 5 Закона ЧР');
  });

  it('«(согласно плану ЦИК России)» → external_plan with the words kept', () => {
    const r = interpretDeadline('Декабрь (согласно плану ЦИК России)', Y22);
    expect(r.kind).toBe('range');
    expect(r.flags).toContain('external_plan');
    expect(r.parsed?.notes).toEqual(['согласно плану ЦИК России']);
  });

  it('several qualifiers at once', () => {
    const r = interpretDeadline('Июль, декабрь (по отдельному плану) <1> (ст. 11.1 Федерального закона № 67-ФЗ)', Y22);
    expect(r.kind).toBe('multi');
    expect(r.flags).toEqual(['footnote', 'separate_plan']);
    expect(r.legal_basis).toBe('ст. 11.1 Федерального закона № 67-ФЗ');
  });

  it('an unknown bracket is a note, not lost', () => {
    expect(parseDeadline('Март (ориентировочно)').notes).toEqual(['ориентировочно']);
  });
});

describe('bad input', () => {
  it.each([
    ['31 февраля', /31 февраля/],
    ['30 февраля', /30 февраля/],
    ['32.01.2022', /32\.01\.2022/],
    ['15.13.2022', /15\.13\.2022/],
    ['29.02.2023', /29 февраля 2023/],
    ['V квартал', /Квартала/],
    ['четвертая декада марта', /./],
  ])('«%s» is unknown with a reason, not rolled over', (text, reason) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
    expect(r.reason).toMatch(reason);
    expect(r.text).toBe(text);
  });

  it('«29 февраля» exists only in leap years of the period', () => {
    expect(interpretDeadline('29 февраля', Y22).kind).toBe('unknown');
    expect(interpretDeadline('29 февраля', Y22).reason).toMatch(/2022/);
    expect(windowsOf('29 февраля', { period: { start: '2024-01-01', end: '2024-12-31' } })).toEqual([['2024-02-29', '2024-02-29']]);
  });

  it.each(['', '   ', 'абвгд', 'Исполнитель: ИККО', '12345', '¯\\_(ツ)_/¯', '2.2.1', 'до', 'с по', '-'])('«%s» is unknown', (text) => {
    const r = interpretDeadline(text, Y22);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
  });

  it('inputs over 1000 characters are cut with a flag', () => {
    const long = `Весь период ${'x'.repeat(2000)}`;
    const r = interpretDeadline(long, Y22);
    expect(r.text).toHaveLength(1000);
    expect(r.flags).toContain('truncated');
  });

  it('a cut never splits a surrogate pair', () => {
    const r = interpretDeadline(`${'a'.repeat(999)}😀😀`);
    expect(r.text).toHaveLength(999);
  });

  it('non-string input does not throw', () => {
    expect(interpretDeadline(undefined as unknown as string).kind).toBe('unknown');
    expect(interpretDeadline(null as unknown as string).kind).toBe('unknown');
    expect(interpretDeadline(42 as unknown as string).kind).toBe('unknown');
  });
});

describe('parse without context', () => {
  it('keeps kinds and says what is missing', () => {
    const r = interpretDeadline('Июль, декабрь');
    expect(r.kind).toBe('multi');
    expect(r.windows).toEqual([]);
    expect(r.needs).toEqual(['period']);
  });

  it('a phrase with its own year needs nothing', () => {
    const r = interpretDeadline('30.09.2021');
    expect(r.windows).toEqual([{ start: '2021-09-30', end: '2021-09-30' }]);
    expect(r.needs).toBeUndefined();
  });

  it('the parsed structure is JSON-serialisable and resolves the same after a round trip', () => {
    const parsed = parseDeadline('февраль – март, июль – август');
    const again = JSON.parse(JSON.stringify(parsed)) as typeof parsed;
    expect(interpretDeadline('февраль – март, июль – август', Y22).windows).toEqual(interpretDeadline(again.text, Y22).windows);
  });
});
