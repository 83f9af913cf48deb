import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchResponse } from '../../shared/plan-responses.js';
import { contextOf } from '../http/request-context.js';
import { createSearchService } from '../services/search.service.js';
import type { Services } from '../services/index.js';
import type { Db } from '../db/client.js';

const searchQuery = z.object({
  q: z.string().trim().min(1, 'Введите текст для поиска').max(500, 'Не длиннее 500 символов'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Built from the database and the shared access service here rather than in
 * services/index.ts, so that registering search stays a one-line change in app.ts.
 */
export const searchRoutes =
  (db: Db, services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const search = createSearchService(db, services.access);
    app.get(
      '/api/search',
      { schema: { tags: ['search'], summary: 'Полнотекстовый поиск по планам и пунктам', querystring: searchQuery, response: { 200: searchResponse } } },
      async (request) => ({ results: await search.search(contextOf(request), request.query.q, request.query.limit) }),
    );
  };
