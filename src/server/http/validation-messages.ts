import { z } from 'zod';

/**
 * Russian messages for schema refusals that have no message of their own. Zod's own Russian locale
 * translates word for word («ожидалось, что number будет >=0»); a commission's secretary should read
 * «не меньше 0». Codes not listed here fall back to that locale.
 */
type Issue = Parameters<z.core.$ZodErrorMap>[0];

const fallback = z.locales.ru().localeError;

const plural = (n: number, one: string, few: string, many: string): string => {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 19) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
};

// After «не длиннее», «не больше» the noun is genitive: «21 символа», «3 символов».
const symbols = (n: number) => `${n} ${plural(n, 'символа', 'символов', 'символов')}`;
const elements = (n: number) => `${n} ${plural(n, 'элемента', 'элементов', 'элементов')}`;

const expectedType: Record<string, string> = {
  number: 'ожидается число',
  int: 'ожидается целое число',
  bigint: 'ожидается целое число',
  string: 'ожидается строка',
  boolean: 'ожидается true или false',
  array: 'ожидается список',
  object: 'ожидается объект',
  date: 'ожидается дата',
};

const formats: Record<string, string> = {
  uuid: 'неверный идентификатор (ожидается UUID)',
  guid: 'неверный идентификатор (ожидается UUID)',
  date: 'ожидается дата в виде ГГГГ-ММ-ДД',
  datetime: 'ожидаются дата и время в формате ISO 8601',
  time: 'ожидается время в виде ЧЧ:ММ',
  email: 'неверный адрес электронной почты',
  url: 'неверный адрес (URL)',
  regex: 'неверный формат значения',
};

const listOf = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `«${v}»` : String(v))).join(', ');

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string | undefined {
  const n = Number(issue.minimum);
  if (issue.origin === 'string') return n <= 1 ? 'не может быть пустым' : `не короче ${symbols(n)}`;
  if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? 'список не может быть пустым' : `не меньше ${elements(n)}`;
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive ? `не меньше ${n}` : `больше ${n}`;
  return undefined;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string | undefined {
  const n = Number(issue.maximum);
  if (issue.origin === 'string') return `не длиннее ${symbols(n)}`;
  if (issue.origin === 'array' || issue.origin === 'set') return `не больше ${elements(n)}`;
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive ? `не больше ${n}` : `меньше ${n}`;
  return undefined;
}

function message(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'обязательное поле';
      if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return expectedType.number;
      return expectedType[issue.expected];
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return issue.values.length === 1 ? `ожидается ${listOf(issue.values)}` : `допустимые значения: ${listOf(issue.values)}`;
    case 'invalid_format':
      return formats[issue.format];
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'лишнее поле' : 'лишние поля'}: ${listOf(issue.keys)}`;
    case 'not_multiple_of':
      return `должно быть кратно ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'неверное значение';
    default:
      return undefined;
  }
}

export const russianValidationMessages: z.core.$ZodErrorMap = (issue) => message(issue) ?? fallback(issue);
