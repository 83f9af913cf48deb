import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/responses.js';
import { exportQuery } from '../../shared/export-api.js';
import { contentTypes } from '../../documents/export/render-export.js';
import { uuidParam } from '../../shared/plan-api.js';
import { contentDisposition, linkBase } from '../http/content-disposition.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

export const exportRoutes =
  (services: Services, publicUrl: string | undefined): FastifyPluginAsyncZod =>
  async (app) => {
    app.addHook('onClose', async () => services.exports.close());

    app.get(
      '/api/plans/:id/export',
      {
        schema: {
          tags: ['exports'],
          summary: 'Выгрузка плана: DOCX, XLSX, PDF, ICS, CSV или JSON (целиком или выборка: раздел, исполнитель, месяц)',
          params: uuidParam,
          querystring: exportQuery,
          response: { 200: fileResponse('Файл выгрузки', ...Object.values(contentTypes)) },
        },
      },
      async (request, reply) => {
        const { format, ...options } = request.query;
        const file = await services.exports.render(contextOf(request), request.params.id, format, { ...options, linkBase: linkBase(publicUrl, request) });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );
  };
