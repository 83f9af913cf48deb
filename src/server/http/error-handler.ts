import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

function fieldOf(path: string): string {
  return path.replace(/^\//, '').replace(/\//g, '.') || 'тело запроса';
}

/** The SQLSTATE of a database error, wherever the driver or the ORM wrapped it. */
function sqlState(error: unknown): string | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return null;
}

/**
 * Database refusals that only input can cause. Input is meant to be stopped
 * earlier, field by field; this net keeps anything that slips through a 4xx
 * (and leaves a warning in the log to find the missing guard).
 */
function databaseRefusal(error: unknown): { status: number; code: 'conflict' | 'validation_failed'; message: string } | null {
  const state = sqlState(error);
  if (!state) return null;
  if (state === '23505') return { status: 409, code: 'conflict', message: 'Такая запись уже существует' };
  if (state === '23503') {
    const stillReferenced = /update or delete/i.test(String((error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message));
    return stillReferenced
      ? { status: 409, code: 'conflict', message: 'Запись используется другими записями и не может быть удалена' }
      : { status: 400, code: 'validation_failed', message: 'Ссылка на несуществующий объект' };
  }
  if (state.startsWith('22')) return { status: 400, code: 'validation_failed', message: 'Недопустимое значение в запросе' };
  return null;
}

/** The one place where errors become HTTP responses: `{ error: { code, message } }`, nothing internal leaks. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]!;
      const where = error.validationContext === 'querystring' ? 'Параметр' : error.validationContext === 'params' ? 'Параметр пути' : 'Поле';
      const field = fieldOf(first.instancePath);
      return reply.status(400).send({
        error: {
          code: 'validation_failed',
          message: `${where} «${field}»: ${first.message ?? 'неверное значение'}`,
          details: { field, issues: error.validation.map((v) => ({ field: fieldOf(v.instancePath), message: v.message })) },
        },
      });
    }
    const code = (error as FastifyError).code;
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)) {
      return reply.status(400).send({ error: { code: 'invalid_json', message: 'Тело запроса не является корректным JSON' } });
    }
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'payload_too_large', message: 'Слишком большой запрос' } });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'unsupported_media_type', message: 'Неподдерживаемый тип содержимого запроса' } });
    }
    if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send({ error: { code: 'invalid_json', message: 'Пустое тело запроса при типе application/json' } });
    }
    const status = (error as FastifyError).statusCode;
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: 'Слишком много запросов. Повторите попытку позже.' } });
    }
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'validation_failed', message: 'Некорректный запрос' } });
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      request.log.warn({ err: error }, 'database refused input that no guard stopped');
      return reply.status(refusal.status).send({ error: { code: refusal.code, message: refusal.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal_error', message: 'Внутренняя ошибка сервера. Попробуйте позже.' } });
  });
}
