import { z } from 'zod';

/**
 * Building blocks of the response contracts. Every route declares a 2xx response (test/api/openapi-responses.test.ts
 * fails otherwise); these are the shapes that are not a feature's own.
 */

/** A timestamp as the JSON carries it. */
export const isoDateTime = z.string().describe('Дата и время, ISO 8601');
/** A calendar date (YYYY-MM-DD). */
export const isoDay = z.string().describe('Дата, ГГГГ-ММ-ДД');

/** 204: the route answers with no body. */
export const noContent = z.null().describe('Нет содержимого');

/** A downloaded file (DOCX, PDF, CSV, ICS, a backup …) in the given content types. */
export function fileResponse(description: string, ...contentTypes: string[]) {
  // Bytes, text or a stream: the route sends it as it is, never through a serializer.
  const schema = z.unknown().meta({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema }])) };
}

/** The one error shape (src/server/http/error-handler.ts), for routes that answer an error themselves. */
export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }).loose() });
