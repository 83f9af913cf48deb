import { Readable } from 'node:stream';
import { fileResponse } from '../../shared/responses.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventsResponse, planVersionResponse, planVersionsResponse, versionDiffResponse } from '../../shared/plan-responses.js';
import { uuidParam } from '../../shared/plan-api.js';
import { INT32_MAX, isoDate } from '../../shared/plan-format.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

const auditQuery = z.object({
  planId: z.uuid().optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  beforeId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit',
      { schema: { tags: ['audit'], summary: 'Журнал изменений', querystring: auditQuery, response: { 200: auditEventsResponse } } },
      async (request) => ({
        events: await services.auditLog.list(contextOf(request), request.query),
      }),
    );

    app.get(
      '/api/audit.csv',
      {
        schema: {
          tags: ['audit'],
          summary: 'Журнал изменений в CSV',
          querystring: auditQuery.omit({ limit: true, beforeId: true }),
          response: { 200: fileResponse('Журнал в CSV (UTF-8 с BOM)', 'text/csv') },
        },
      },
      async (request, reply) => {
        const csv = Readable.from(services.auditLog.csv(contextOf(request), request.query));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
          .send(csv);
      },
    );

    app.get(
      '/api/plans/:id/versions',
      {
        schema: {
          tags: ['plans'],
          summary: 'Версии плана (утверждение, изменения) и заголовок плана',
          params: uuidParam,
          response: { 200: planVersionsResponse },
        },
      },
      async (request) => services.plans.versions(contextOf(request), request.params.id),
    );

    app.get(
      '/api/plans/:id/versions/:version',
      {
        schema: {
          tags: ['plans'],
          summary: 'Снимок версии плана',
          params: uuidParam.extend({ version: z.coerce.number().int().positive().max(INT32_MAX) }),
          response: { 200: planVersionResponse },
        },
      },
      async (request) => services.plans.version(contextOf(request), request.params.id, request.params.version),
    );

    app.get(
      '/api/plans/:id/diff',
      {
        schema: {
          tags: ['plans'],
          summary: 'Различия между версиями плана (to не указан — текущее состояние)',
          params: uuidParam,
          querystring: z.object({ from: z.coerce.number().int().positive().max(INT32_MAX), to: z.coerce.number().int().positive().max(INT32_MAX).optional() }),
          response: { 200: versionDiffResponse },
        },
      },
      async (request) => services.plans.diff(contextOf(request), request.params.id, request.query.from, request.query.to),
    );
  };
