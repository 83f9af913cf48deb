import { describe, expect, it } from 'vitest';
import { findInitialisms } from './abbreviations.parse.js';
import { toNominative } from './authority.parse.js';

const lines = (...texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));

describe('abbreviations read letter by letter', () => {
  it.each([
    [
      'spelled out in the nominative',
      lines('Постановление ЦИК Республики Карелия от 18.11.2010 г № 74/461-4', 'Центральная избирательная комиссия Республики Карелия постановляет:'),
      [{ short: 'ЦИК Республики Карелия', full: 'Центральная избирательная комиссия Республики Карелия' }],
    ],
    [
      'spelled out only in the genitive: the register wants the nominative',
      lines('Решение ТИК Ленинского района', 'на сайте Территориальной избирательной комиссии Ленинского района'),
      [{ short: 'ТИК Ленинского района', full: 'Территориальная избирательная комиссия Ленинского района' }],
    ],
    ['never spelled out: nothing is made up', lines('Постановление ЦИК Республики Карелия', 'Избирательная комиссия области постановляет:'), []],
    ['another place after the full name is another body', lines('ТИК Ленинского района', 'Территориальная избирательная комиссия Кировского района'), []],
  ])('%s', (_label, texts, expected) => {
    expect(findInitialisms(texts, toNominative)).toEqual(expected);
  });
});
