import { describe, expect, it } from 'vitest';
import { parentNumber, parseLeadingNumber, parseNumberCell, romanToInt } from './numbering.js';

describe('parseLeadingNumber', () => {
  it.each([
    ['1.2.3. Разработка методических материалов', '1.2.3', '1.2.3', 'Разработка методических материалов', false],
    ['1.1 Организационные мероприятия', '1.1', '1.1', 'Организационные мероприятия', false],
    ['2. Вопросы для рассмотрения', '2', '2', 'Вопросы для рассмотрения', false],
    ['Раздел I. Организация обучения кадров', 'Раздел I', '1', 'Организация обучения кадров', true],
    ['РАЗДЕЛ 2 Информационная работа', 'РАЗДЕЛ 2', '2', 'Информационная работа', true],
    ['III. Информационно-разъяснительная деятельность', 'III', '3', 'Информационно-разъяснительная деятельность', true],
    ['10.1. Прием и обобщение сведений', '10.1', '10.1', 'Прием и обобщение сведений', false],
  ])('%s', (text, number, alias, rest, marker) => {
    expect(parseLeadingNumber(text, { requireText: true })).toEqual({ number, alias, rest, sectionMarker: marker });
  });

  it.each(['15.02. -15.03.2021', '27 декабря 2021 года', '1) совершенствование норм', '2024 год', 'Январь', '01.04. – 31.05.2021', '4.'])(
    'is not a numbered title: %s',
    (text) => expect(parseLeadingNumber(text, { requireText: true })).toBeNull(),
  );
});

describe('parseNumberCell', () => {
  it.each([
    ['1.3.', '1.3', '1.3'],
    ['3.4.8.', '3.4.8', '3.4.8'],
    ['IV', 'IV', '4'],
    ['12', '12', '12'],
  ])('%s', (text, number, alias) => expect(parseNumberCell(text)).toMatchObject({ number, alias, rest: '' }));

  it('splits a number cell that also holds the title', () => {
    expect(parseNumberCell('1. Организационно-методическое обеспечение')).toMatchObject({ number: '1', rest: 'Организационно-методическое обеспечение' });
  });
});

describe('helpers', () => {
  it('romanToInt and parentNumber', () => {
    expect([romanToInt('I'), romanToInt('IV'), romanToInt('XII'), romanToInt('ИК')]).toEqual([1, 4, 12, null]);
    expect([parentNumber('1.2.3'), parentNumber('1.2'), parentNumber('1')]).toEqual(['1.2', '1', null]);
  });
});
