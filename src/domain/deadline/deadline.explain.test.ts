import { describe, expect, it } from 'vitest';
import { explainDeadline, interpretDeadline, type DeadlineContext } from './index.js';

const Y22 = { period: { start: '2022-01-01', end: '2022-12-31' } };

function explain(text: string, ctx: DeadlineContext = Y22): string {
  return explainDeadline(interpretDeadline(text, ctx));
}

describe('explainDeadline', () => {
  it.each([
    ['Июль, декабрь', 'Июль и декабрь 2022 г.'],
    ['Январь', 'Январь 2022 г.'],
    ['Сентябрь-декабрь', 'Сентябрь – декабрь 2022 г.'],
    ['февраль, июль – август', 'Февраль и июль – август 2022 г.'],
    ['I квартал', 'I квартал 2022 г.'],
    ['во II полугодии', 'II полугодие 2022 г.'],
    ['До 1 февраля', 'Не позднее 01.02.2022'],
    ['не ранее 1 марта', 'Не ранее 01.03.2022'],
    ['15.02. -15.03.2021', 'С 15.02.2021 по 15.03.2021'],
    ['30.09.2021', '30.09.2021'],
    ['Весь период', 'Весь период плана: с 01.01.2022 по 31.12.2022'],
    ['ежеквартально', 'Ежеквартально: I квартал, II квартал, III квартал и IV квартал 2022 г.'],
    ['ежемесячно', 'Ежемесячно: 12 сроков с 01.01.2022 по 31.12.2022'],
    ['до 5 числа каждого месяца', 'Ежемесячно до 5-го числа: 12 сроков с 01.01.2022 по 05.12.2022'],
    ['по мере необходимости', 'По мере необходимости — без фиксированного срока'],
    ['По плану работы ИККО, ТИК', 'По внешнему графику: «По плану работы ИККО, ТИК»'],
  ])('«%s» → «%s»', (text, expected) => {
    expect(explain(text)).toBe(expected);
  });

  it('names the plan year of a multi-year plan', () => {
    expect(explain('II Год', { period: { start: '2023-01-01', end: '2025-12-31' } })).toBe('II год плана: 2024 г.');
  });

  it('says what is missing', () => {
    expect(explain('Июль, декабрь', {})).toBe('Июль и декабрь. Год не указан — нужен период плана');
    expect(explain('в день голосования', {})).toBe('В день голосования: нужен день голосования');
    expect(explain('После образования избирательных участков')).toBe(
      'После образования избирательных участков: дата события пока неизвестна — ожидает даты: образование избирательных участков',
    );
  });

  it('keeps the qualifiers in the sentence', () => {
    expect(explain('Весь период (по отдельному плану) <1>')).toBe('Весь период плана: с 01.01.2022 по 31.12.2022 — по отдельному плану; сноска <1>');
    expect(explain('до 1 февраля (п. 1 ст. 5 Закона ЧР)')).toBe('Не позднее 01.02.2022 — основание: п. 1 ст. 5 Закона ЧР');
  });

  it('an unknown phrase is never presented as understood', () => {
    expect(explain('31 февраля')).toBe('Срок не распознан: «31 февраля». 31 февраля — такой даты не бывает');
    expect(explain('абвгд')).toMatch(/^Срок не распознан: «абвгд»/);
  });

  it('repeats over the years of a multi-year plan', () => {
    expect(explain('Январь', { period: { start: '2023-01-01', end: '2024-12-31' } })).toBe('Ежегодно: январь 2023 г.; январь 2024 г.');
  });

  it('tolerates results built elsewhere (no parsed structure)', () => {
    expect(
      explainDeadline({
        text: 'Июль',
        kind: 'range',
        windows: [{ start: '2022-07-01', end: '2022-07-31' }],
        recurrence: null,
        flags: [],
        legal_basis: null,
      }),
    ).toBe('Июль 2022 г.');
    expect(explainDeadline(null as never)).toBe('Срок не распознан');
  });
});
