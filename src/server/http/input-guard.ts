import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** Deeper JSON than any plan needs (an item tree of ~30 levels); recursive validators overflow the stack far below a megabyte of brackets. */
export const MAX_JSON_DEPTH = 64;

const NUL = /\u0000/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputProblem = { field: string; message: string };

function textProblem(text: string): string | null {
  if (NUL.test(text)) return 'недопустимый символ NUL (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'недопустимый символ (непарный суррогат UTF-16)';
  return null;
}

/**
 * Finds the first string (value or key) that PostgreSQL cannot store — a NUL
 * character, or a lone UTF-16 surrogate that has no UTF-8 form — and nesting
 * deeper than MAX_JSON_DEPTH. Iterative, so hostile depth cannot overflow it.
 */
export function findInputProblem(value: unknown, root: string): InputProblem | null {
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value, path: [], depth: 0 }];
  const name = (path: string[]) => (path.length ? path.join('.') : root);
  while (stack.length) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { field: name(path), message: problem };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { field: name(path), message: `слишком глубокая вложенность (более ${MAX_JSON_DEPTH} уровней)` };
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as Record<string, unknown>);
    for (const [key, child] of entries) {
      const keyProblem = Array.isArray(v) ? null : textProblem(key);
      if (keyProblem) return { field: name([...path, key.replace(/[\u0000\uD800-\uDFFF]/g, '�')]), message: `имя поля: ${keyProblem}` };
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}

const where = { body: 'Поле', querystring: 'Параметр', params: 'Параметр пути' } as const;

/**
 * Refuses, before any schema or query sees it, input that would otherwise reach
 * the database or a recursive validator and come back as a 500: one guard for
 * every route, body, query string and path alike.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const parts = [
      ['params', request.params, 'путь'],
      ['querystring', request.query, 'строка запроса'],
      ['body', request.body, 'тело запроса'],
    ] as const;
    for (const [part, value, root] of parts) {
      const problem = findInputProblem(value, root);
      if (problem) {
        throw new AppError('validation_failed', `${where[part]} «${problem.field}»: ${problem.message}`, { field: problem.field });
      }
    }
  });
}
