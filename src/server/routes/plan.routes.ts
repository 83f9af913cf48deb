import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContent } from '../../shared/responses.js';
import {
  annualPlanBody,
  approveBody,
  copyBody,
  statusTransitionBody,
  unfinishedItemsResponse,
  itemCreateBody,
  planCreateBody,
  planListQuery,
  planPatchBody,
  uuidParam,
} from '../../shared/plan-api.js';
import { derivedPlanResponse, itemResponse, planListResponse, planResponse, type PlanResponse } from '../../shared/plan-responses.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

export const planRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans',
      { schema: { tags: ['plans'], summary: 'Список планов', querystring: planListQuery, response: { 200: planListResponse } } },
      async (request) => services.plans.list(contextOf(request), request.query),
    );

    app.post(
      '/api/plans',
      { schema: { tags: ['plans'], summary: 'Создать план', body: planCreateBody, response: { 201: planResponse } } },
      async (request, reply) => reply.status(201).send(await services.plans.create(contextOf(request), request.body)),
    );

    app.get(
      '/api/plans/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'План с деревом пунктов',
          description: 'Отвечает с ETag; с заголовком If-None-Match, совпадающим с текущим ETag, — 304 без тела.',
          params: uuidParam,
          response: { 200: planResponse, 304: noContent },
        },
      },
      async (request, reply) => {
        const { etag, body } = await services.plans.read(contextOf(request), request.params.id, request.headers['if-none-match']);
        // Private: the answer is for readers of this plan only; revalidated on every use.
        reply.header('etag', etag).header('cache-control', 'private, no-cache');
        // No payload at all: a serialized `null` would go out as «content-length: 4» on a 304, which keep-alive
        // clients (browsers behind proxies, load generators) read as a broken response.
        if (body === null) return reply.status(304).send(undefined as unknown as null);
        // Already the JSON of a planResponse (cached with its ETag): Fastify sends a JSON string as it is.
        return reply.type('application/json; charset=utf-8').send(body as unknown as PlanResponse);
      },
    );

    app.patch(
      '/api/plans/:id',
      { schema: { tags: ['plans'], summary: 'Изменить план', params: uuidParam, body: planPatchBody, response: { 200: planResponse } } },
      async (request) => services.plans.update(contextOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/plans/:id',
      { schema: { tags: ['plans'], summary: 'Удалить план', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await services.plans.remove(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/plans/:id/items',
      { schema: { tags: ['items'], summary: 'Добавить пункт', params: uuidParam, body: itemCreateBody, response: { 201: itemResponse } } },
      async (request, reply) => reply.status(201).send(await services.items.create(contextOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/plans/:id/approve',
      {
        schema: {
          tags: ['plans'],
          summary: 'Утвердить план актом (постановлением, решением …)',
          params: uuidParam,
          body: approveBody,
          response: { 200: planResponse },
        },
      },
      async (request) => services.lifecycle.approve(contextOf(request), request.params.id, request.body.act),
    );

    app.post(
      '/api/plans/:id/status',
      {
        schema: {
          tags: ['plans'],
          summary: 'Отметить план исполненным, отправить в архив или вернуть (утвержден → исполнен → архив и обратно)',
          params: uuidParam,
          body: statusTransitionBody,
          response: { 200: planResponse },
        },
      },
      async (request) => services.lifecycle.transition(contextOf(request), request.params.id, request.body.status),
    );

    app.post(
      '/api/plans/:id/amendments',
      { schema: { tags: ['plans'], summary: 'Начать изменения утвержденного плана', params: uuidParam, response: { 201: planResponse } } },
      async (request, reply) => reply.status(201).send(await services.lifecycle.startAmendment(contextOf(request), request.params.id)),
    );

    app.post(
      '/api/plans/:id/amendments/current/approve',
      { schema: { tags: ['plans'], summary: 'Утвердить изменения плана актом', params: uuidParam, body: approveBody, response: { 200: planResponse } } },
      async (request) => services.lifecycle.approveAmendment(contextOf(request), request.params.id, request.body.act),
    );

    app.delete(
      '/api/plans/:id/amendments/current',
      { schema: { tags: ['plans'], summary: 'Отменить неутвержденные изменения плана', params: uuidParam, response: { 200: planResponse } } },
      async (request) => services.lifecycle.discardAmendment(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/:id/copy',
      {
        schema: {
          tags: ['plans'],
          summary: 'Создать план на новый период (копия, незавершенные пункты переносятся)',
          params: uuidParam,
          body: copyBody,
          response: { 201: derivedPlanResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await services.planCopy.copy(contextOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/plans/:id/unfinished-items',
      {
        schema: {
          tags: ['plans'],
          summary: 'Незавершенные пункты плана: что можно перенести в план на новый период',
          params: uuidParam,
          response: { 200: unfinishedItemsResponse },
        },
      },
      async (request) => services.planCopy.unfinished(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/:id/annual-plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Создать годовой план программы (пункты года со ссылками на пункты программы)',
          params: uuidParam,
          body: annualPlanBody,
          response: { 201: derivedPlanResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await services.planCopy.annualPlan(contextOf(request), request.params.id, request.body.year)),
    );
  };
