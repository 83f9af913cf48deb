import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { russianValidationMessages } from './validation-messages.js';

const first = (schema: z.ZodType, input: unknown): string => {
  const r = schema.safeParse(input, { error: russianValidationMessages });
  if (r.success) throw new Error('expected a refusal');
  return r.error.issues[0]!.message;
};

describe('schema refusals read in Russian', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a missing field', z.object({ title: z.string() }), {}, 'обязательное поле'],
    ['text where a number is due', z.number(), 'пять', 'ожидается число'],
    ['a query number that is not one', z.coerce.number(), 'abc', 'ожидается число'],
    ['a fraction where a whole number is due', z.number().int(), 1.5, 'ожидается целое число'],
    ['a number below the minimum', z.number().min(0), -1, 'не меньше 0'],
    ['a number above the maximum', z.number().max(500), 501, 'не больше 500'],
    ['an empty text', z.string().min(1), '', 'не может быть пустым'],
    ['a short text', z.string().min(3), 'ab', 'не короче 3 символов'],
    ['a long text (one)', z.string().max(21), 'x'.repeat(22), 'не длиннее 21 символа'],
    ['a long text (many)', z.string().max(500), 'x'.repeat(501), 'не длиннее 500 символов'],
    ['an empty list', z.array(z.string()).min(1), [], 'список не может быть пустым'],
    ['a long list', z.array(z.string()).max(2), ['a', 'b', 'c'], 'не больше 2 элементов'],
    ['an unknown option', z.enum(['mine', 'all']), 'foo', 'допустимые значения: «mine», «all»'],
    ['a wrong constant', z.literal('yes'), 'no', 'ожидается «yes»'],
    ['a malformed id', z.uuid(), 'x', 'неверный идентификатор (ожидается UUID)'],
    ['a malformed date', z.iso.date(), '01.02.2026', 'ожидается дата в виде ГГГГ-ММ-ДД'],
    ['an unknown field', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'лишнее поле: «b»'],
  ])('%s', (_name, schema, input, expected) => {
    expect(first(schema, input)).toBe(expected);
  });

  it('falls back to zod’s Russian locale for what it does not name, never to English', () => {
    const message = first(z.string().startsWith('№'), 'N 5');
    expect(message).toMatch(/[а-яё]/i);
    expect(message).not.toMatch(/expected|invalid/i);
  });
});
