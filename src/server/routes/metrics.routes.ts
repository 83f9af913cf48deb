import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/request-context.js';
import type { MetricsService } from '../services/metrics.service.js';

export const metricsRoutes =
  (metrics: MetricsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/metrics',
      {
        schema: {
          tags: ['system'],
          summary: 'Метрики экземпляра в формате Prometheus (системный администратор: сеанс или токен доступа Bearer)',
          response: { 200: z.string().describe('text/plain; version=0.0.4') },
        },
      },
      async (request, reply) => {
        const text = await metrics.render(contextOf(request));
        return reply
          .type('text/plain; version=0.0.4; charset=utf-8')
          .serializer((payload: unknown) => String(payload))
          .send(text);
      },
    );
  };
