import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { $ZodType, safeEncode } from 'zod/v4/core';

/**
 * Serializes a response through its zod schema (src/shared/*-responses.ts). Services return rows with Date
 * objects; the contracts describe the JSON the client receives (ISO strings), so the payload is brought to its
 * JSON form first and then checked against the schema. A mismatch is a 500 that names the route: the contract
 * and the code disagree, and the API tests see it before a client does.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> =
  ({ schema, method, url }) =>
  (data: unknown) => {
    if (!(schema instanceof $ZodType)) return JSON.stringify(data);
    const plain: unknown = data === undefined ? undefined : JSON.parse(JSON.stringify(data));
    const result = safeEncode(schema, plain);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    // Checked, not stripped: a field a newer change sends before its contract lists it still reaches the client.
    return JSON.stringify(plain);
  };
