import { describe, expect, it } from 'vitest';
import { findInputProblem, MAX_JSON_DEPTH } from './input-guard.js';

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = { c: v };
  return v;
};

describe('findInputProblem', () => {
  it.each([
    ['plain text', { title: 'План на 2026 год 📅' }, null],
    ['undefined body', undefined, null],
    ['numbers and nulls', { a: 1, b: null, c: [true, 2.5] }, null],
    ['NUL in a value', { title: 'a\u0000b' }, 'title'],
    ['NUL in an array element', { links: ['ok', '\u0000'] }, 'links.1'],
    ['NUL in a nested value', { period: { start: '\u0000' } }, 'period.start'],
    ['lone high surrogate', { text: 'x\uD83D' }, 'text'],
    ['lone low surrogate', { text: '\uDE00x' }, 'text'],
    ['reversed pair', { text: '\uDE00\uD83D' }, 'text'],
    ['NUL in a key', { metrics: { 'a\u0000': 1 } }, 'metrics.a�'],
    ['a bare string', 'a\u0000', 'тело запроса'],
    ['deep nesting', nested(MAX_JSON_DEPTH + 1), 'c'],
  ])('%s', (_name, value, field) => {
    const problem = findInputProblem(value, 'тело запроса');
    if (field === null) expect(problem).toBeNull();
    else expect(problem?.field.startsWith(field)).toBe(true);
  });

  it('nesting up to the limit passes; a million levels is refused without overflowing', () => {
    expect(findInputProblem(nested(MAX_JSON_DEPTH - 1), 'x')).toBeNull();
    const deep = JSON.parse('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(findInputProblem(deep, 'x')?.message).toMatch(/вложенность/);
  });
});
