import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarFeedCreatedResponse, calendarFeedsResponse } from '../../shared/directory-api.js';
import { fileResponse, noContent } from '../../shared/responses.js';
import { z } from 'zod';
import { calendarFeedBody } from '../../shared/export-api.js';
import { uuidParam } from '../../shared/plan-api.js';
import { linkBase } from '../http/content-disposition.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

const feedUrl = (base: string, token: string) => `${base}/api/calendars/${token}.ics`;

export const calendarRoutes =
  (services: Services, publicUrl: string | undefined): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/calendar-feeds',
      { schema: { tags: ['calendars'], summary: 'Мои календарные подписки', response: { 200: calendarFeedsResponse } } },
      async (request) => ({
        feeds: await services.calendars.list(contextOf(request)),
      }),
    );

    app.post(
      '/api/calendar-feeds',
      {
        schema: {
          tags: ['calendars'],
          summary: 'Создать секретную ссылку на календарь плана или исполнителя (ссылка показывается один раз)',
          body: calendarFeedBody,
          response: { 201: calendarFeedCreatedResponse },
        },
      },
      async (request, reply) => {
        const { token, ...feed } = await services.calendars.create(contextOf(request), request.body);
        return reply.status(201).send({ ...feed, url: feedUrl(linkBase(publicUrl, request), token) });
      },
    );

    app.delete(
      '/api/calendar-feeds/:id',
      { schema: { tags: ['calendars'], summary: 'Отозвать календарную ссылку', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await services.calendars.revoke(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    // Calendar apps cannot sign in: the token in the URL is the credential (the session plugin lets /api/calendars/ through).
    app.get(
      '/api/calendars/:token.ics',
      {
        schema: {
          tags: ['calendars'],
          summary: 'Календарь (ICS) по секретной ссылке',
          security: [],
          params: z.object({ token: z.string().max(200) }),
          response: { 200: fileResponse('Календарь iCalendar', 'text/calendar') },
        },
      },
      async (request, reply) => {
        const ics = await services.calendars.feed(request.params.token, request.ip ?? null, linkBase(publicUrl, request));
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'inline; filename="planik.ics"')
          .header('cache-control', 'private, no-cache')
          .header('referrer-policy', 'no-referrer')
          .send(ics);
      },
    );
  };
