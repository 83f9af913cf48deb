import { describe, expect, it } from 'vitest';
import { matchOrganization, normalizeName } from './normalize.js';

const orgs = [
  { id: 'kuz', name: 'Избирательная комиссия Кемеровской области – Кузбасса', shortName: 'ИККО' },
  { id: 'tik', name: 'Территориальная избирательная комиссия города Калуги', shortName: 'ТИК г. Калуги' },
];
const glossary = [{ short: 'ИККО – Кузбасса', full: 'Избирательная комиссия Кемеровской области – Кузбасса' }];

describe('normalizeName', () => {
  it.each([
    ['ИККО – Кузбасса', 'икко - кузбасса'],
    ['ИККО-Кузбасса;', 'икко - кузбасса'],
    ['«Выборы»', 'выборы'],
    ['  Учёт   избирателей ', 'учет избирателей'],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('matchOrganization', () => {
  it.each([
    ['ИККО', 'kuz'],
    ['избирательная комиссия кемеровской области - кузбасса', 'kuz'],
    ['ИККО - Кузбасса', 'kuz'],
    ['ТИК г. Калуги', 'tik'],
    ['ТИК', null],
    ['', null],
  ])('%s → %s', (text, id) => expect(matchOrganization(text, orgs, glossary)?.id ?? null).toBe(id));
});
