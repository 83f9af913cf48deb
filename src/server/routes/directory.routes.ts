import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organizationsResponse, peopleResponse } from '../../shared/directory-api.js';
import { z } from 'zod';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

export const directoryRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/api/organizations', { schema: { tags: ['directory'], summary: 'Организации', response: { 200: organizationsResponse } } }, async (request) => ({
      organizations: await services.directory.organizations(contextOf(request)),
    }));

    app.get(
      '/api/people',
      { schema: { tags: ['directory'], summary: 'Люди', querystring: z.object({ organizationId: z.uuid().optional() }), response: { 200: peopleResponse } } },
      async (request) => ({ people: await services.directory.people(contextOf(request), request.query.organizationId) }),
    );
  };
