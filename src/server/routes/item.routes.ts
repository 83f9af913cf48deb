import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContent } from '../../shared/responses.js';
import { itemResponse } from '../../shared/plan-responses.js';
import { itemMoveBody, itemPatchBody, uuidParam } from '../../shared/plan-api.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

export const itemRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/items/:id', { schema: { tags: ['items'], summary: 'Пункт плана', params: uuidParam, response: { 200: itemResponse } } }, async (request) =>
      services.items.get(contextOf(request), request.params.id),
    );

    app.patch(
      '/api/items/:id',
      { schema: { tags: ['items'], summary: 'Изменить пункт', params: uuidParam, body: itemPatchBody, response: { 200: itemResponse } } },
      async (request) => services.items.update(contextOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/items/:id',
      { schema: { tags: ['items'], summary: 'Удалить пункт с подпунктами', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await services.items.remove(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/items/:id/move',
      {
        schema: {
          tags: ['items'],
          summary: 'Переместить пункт (номера пересчитываются)',
          params: uuidParam,
          body: itemMoveBody,
          response: { 200: itemResponse },
        },
      },
      async (request) => services.items.move(contextOf(request), request.params.id, request.body),
    );
  };
