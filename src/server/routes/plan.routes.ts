import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemCreateBody, planCreateBody, planListQuery, planPatchBody, uuidParam } from '../../shared/plan-api.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

export const planRoutes = (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/plans', { schema: { tags: ['plans'], summary: 'Список планов', querystring: planListQuery } }, async (request) => ({
      plans: await services.plans.list(contextOf(request), request.query),
    }));

    app.post('/api/plans', { schema: { tags: ['plans'], summary: 'Создать план', body: planCreateBody } }, async (request, reply) =>
      reply.status(201).send(await services.plans.create(contextOf(request), request.body)),
    );

    app.get('/api/plans/:id', { schema: { tags: ['plans'], summary: 'План с деревом пунктов', params: uuidParam } }, async (request) =>
      services.plans.get(contextOf(request), request.params.id),
    );

    app.patch('/api/plans/:id', { schema: { tags: ['plans'], summary: 'Изменить план', params: uuidParam, body: planPatchBody } }, async (request) =>
      services.plans.update(contextOf(request), request.params.id, request.body),
    );

    app.delete('/api/plans/:id', { schema: { tags: ['plans'], summary: 'Удалить план', params: uuidParam } }, async (request, reply) => {
      await services.plans.remove(contextOf(request), request.params.id);
      return reply.status(204).send();
    });

    app.post(
      '/api/plans/:id/items',
      { schema: { tags: ['items'], summary: 'Добавить пункт', params: uuidParam, body: itemCreateBody } },
      async (request, reply) => reply.status(201).send(await services.items.create(contextOf(request), request.params.id, request.body)),
    );
  };
