import { sql } from 'drizzle-orm';
import { healthResponse } from '../../shared/directory-api.js';
import { errorResponse } from '../../shared/responses.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';

export const healthRoutes =
  (db: Db, version: string, databaseKind: string): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['system'], summary: 'Проверка работоспособности', response: { 200: healthResponse, 503: errorResponse } } },
      async (_request, reply) => {
        try {
          await db.execute(sql`select 1`);
          return { status: 'ok' as const, version, database: databaseKind };
        } catch {
          return reply.status(503).send({ error: { code: 'internal_error', message: 'База данных недоступна' } });
        }
      },
    );
  };
