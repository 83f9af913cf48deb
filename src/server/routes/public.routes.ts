import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/responses.js';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { planToCsv } from '../../documents/export/csv.writer.js';
import { notFoundHtml, planToHtml } from '../../documents/export/html.writer.js';
import { planToJson } from '../../documents/export/json.writer.js';
import { exportFileName } from '../../documents/export/render-export.js';
import { AppError } from '../errors.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { Services } from '../services/index.js';
import { isLocale } from '../../shared/locale.js';

// Any id shape reaches the service check so that a malformed id is the same 404 as an unpublished plan.
const idParam = z.object({ id: z.string().max(100) });
const publicPageQuery = z.object({ lang: z.string().max(10).optional() });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A page a commission's website can link to or embed in a frame: no scripts, no
 * external resources, framing allowed from anywhere (unlike the application).
 * Revalidated on every request so that unpublishing takes it down at once.
 */
function publicHeaders(reply: FastifyReply, lastModified?: string) {
  reply.raw.removeHeader('x-frame-options');
  reply
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *",
    )
    .header('cache-control', 'public, no-cache')
    .header('cross-origin-resource-policy', 'cross-origin');
  if (lastModified) reply.header('last-modified', new Date(lastModified).toUTCString());
}

export const publicRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const published = async (id: string, ip: string | null) => {
      if (!UUID.test(id)) throw new AppError('plan_not_found', 'План не найден');
      return services.exports.publishedPlan(ip, id);
    };

    app.get(
      '/public/plans/:id',
      {
        schema: {
          tags: ['public'],
          summary: 'Публичная страница опубликованного плана (HTML) на русском или кыргызском языке (?lang=ky)',
          security: [],
          params: idParam,
          querystring: publicPageQuery,
          response: { 200: fileResponse('Страница плана', 'text/html'), 404: fileResponse('Страница «план не найден»', 'text/html') },
        },
      },
      async (request, reply) => {
        publicHeaders(reply);
        // An unknown language falls back to Russian rather than failing a link on someone's website.
        const lang = isLocale(request.query.lang) ? request.query.lang : 'ru';
        try {
          const plan = await published(request.params.id, request.ip ?? null);
          publicHeaders(reply, plan.updatedAt);
          const base = `/api/public/plans/${plan.id}`;
          return reply
            .header('content-language', lang)
            .type('text/html; charset=utf-8')
            .send(planToHtml(plan, { jsonUrl: `${base}.json`, csvUrl: `${base}.csv`, lang, pageUrl: `/public/plans/${plan.id}` }));
        } catch (error) {
          if (error instanceof AppError && error.status === 404) return reply.status(404).type('text/html; charset=utf-8').send(notFoundHtml(lang));
          throw error;
        }
      },
    );

    app.get(
      '/api/public/plans/:id.json',
      {
        schema: {
          tags: ['public'],
          summary: 'Опубликованный план как открытые данные (JSON, формат обмена)',
          security: [],
          params: idParam,
          response: { 200: fileResponse('План в формате обмена (docs/plan-format.md)', 'application/json') },
        },
      },
      async (request, reply) => {
        const plan = await published(request.params.id, request.ip ?? null);
        publicHeaders(reply, plan.updatedAt);
        return reply
          .header('access-control-allow-origin', '*')
          .header('content-disposition', contentDisposition(exportFileName(plan.title, 'json'), 'inline'))
          .type('application/json; charset=utf-8')
          .send(planToJson(plan));
      },
    );

    app.get(
      '/api/public/plans/:id.csv',
      {
        schema: {
          tags: ['public'],
          summary: 'Опубликованный план как открытые данные (CSV, UTF-8 с BOM)',
          security: [],
          params: idParam,
          response: { 200: fileResponse('План в CSV', 'text/csv') },
        },
      },
      async (request, reply) => {
        const plan = await published(request.params.id, request.ip ?? null);
        publicHeaders(reply, plan.updatedAt);
        return reply
          .header('access-control-allow-origin', '*')
          .header('content-disposition', contentDisposition(exportFileName(plan.title, 'csv'), 'inline'))
          .type('text/csv; charset=utf-8')
          .send(planToCsv(plan));
      },
    );
  };
