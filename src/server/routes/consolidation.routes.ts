import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseExecutorClass } from '../../domain/consolidation/consolidation.js';
import {
  acceptUpdateResponse,
  cascadeBody,
  cascadeResponse,
  consolidatedBody,
  consolidatedResponse,
  dashboardQuery,
  dashboardResponse,
  itemSourcesResponse,
  linkedPlanSchema,
  linkedPlansResponse,
  planItemParam,
  updatesResponse,
} from '../../shared/consolidation-api.js';
import { uuidParam } from '../../shared/plan-api.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

const tags = ['consolidation'];

export const consolidationRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/plans/:id/cascade',
      {
        schema: {
          tags,
          summary: 'Довести пункты плана до нижестоящих комиссий (ТИК, ИКМО, УИК)',
          description: 'Каждая комиссия получает пункты в свой план на период (черновик создается, если его нет), со ссылкой на пункт регионального плана.',
          params: uuidParam,
          body: cascadeBody,
          response: { 200: cascadeResponse },
        },
      },
      async (request) =>
        services.cascade.cascade(contextOf(request), request.params.id, {
          executorClass: parseExecutorClass(request.body.executorClass)!,
          items: request.body.items,
          dueDate: request.body.dueDate,
        }),
    );

    app.get(
      '/api/plans/:id/linked',
      {
        schema: {
          tags,
          summary: 'Связанные планы (доведенные, сводные, источники) с их состоянием',
          params: uuidParam,
          response: { 200: linkedPlansResponse },
        },
      },
      async (request) => services.cascade.linkedPlans(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/:id/submit',
      { schema: { tags, summary: 'Представить утвержденный план в вышестоящую комиссию', params: uuidParam, response: { 200: linkedPlanSchema } } },
      async (request) => services.cascade.submit(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/consolidated',
      {
        schema: {
          tags,
          summary: 'Сформировать или обновить сводный план',
          description:
            'Повторный вызов для той же организации и периода добавляет новые пункты; изменения источников ждут принятия (GET /api/plans/:id/updates).',
          body: consolidatedBody,
          response: { 200: consolidatedResponse, 201: consolidatedResponse },
        },
      },
      async (request, reply) => {
        const result = await services.consolidation.build(contextOf(request), request.body);
        return reply.status(result.created ? 201 : 200).send(result);
      },
    );

    app.get(
      '/api/plans/:id/sources',
      { schema: { tags, summary: 'Источники пунктов плана (план, пункт, номер, комиссия)', params: uuidParam, response: { 200: itemSourcesResponse } } },
      async (request) => services.consolidation.itemSources(contextOf(request), request.params.id),
    );

    app.get(
      '/api/plans/:id/updates',
      { schema: { tags, summary: 'Изменения источников, ожидающие принятия', params: uuidParam, response: { 200: updatesResponse } } },
      async (request) => services.consolidation.updates(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/:id/updates/:itemId/accept',
      { schema: { tags, summary: 'Принять изменение источника для пункта', params: planItemParam, response: { 200: acceptUpdateResponse } } },
      async (request) => services.consolidation.acceptUpdate(contextOf(request), request.params.id, request.params.itemId),
    );

    app.get(
      '/api/organizations/:id/consolidation',
      {
        schema: {
          tags,
          summary: 'Ход исполнения по нижестоящим комиссиям (региональная сводка)',
          params: uuidParam,
          querystring: dashboardQuery,
          response: { 200: dashboardResponse },
        },
      },
      async (request) => services.regionalDashboard.dashboard(contextOf(request), request.params.id, request.query.year),
    );
  };
