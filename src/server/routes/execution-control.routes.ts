import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  chairmanResponse,
  nationalRollupResponse,
  closePeriodBody,
  closureResponse,
  escalationDaysBody,
  escalationDaysResponse,
  escalationRunResponse,
  extension,
  extensionDecisionBody,
  extensionRequestBody,
  extensionsQuery,
  inboxCountResponse,
  inboxReadBody,
  inboxResponse,
  noticesResponse,
  occurrenceExtensionsResponse,
  periodsResponse,
  planExtensionsResponse,
  planNoticesResponse,
} from '../../shared/execution-control-api.js';
import { uuidParam } from '../../shared/plan-api.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

/** Escalation of missing reports, deadline extension requests and closed reporting periods (issue #18). */
export const executionControlRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['execution'];
    const { escalations, extensions, reportingPeriods, chairman, notices } = services;

    app.get(
      '/api/chairman',
      {
        schema: {
          tags,
          summary: 'Сводка председателя: просрочено по исполнителям и разделам, ждут проверки, сроки в ближайшие две недели, динамика к прошлому полугодию',
          description: 'По всем действующим планам, исполнение которых пользователь контролирует (как «Контроль исполнения»); исполнителю — пустая сводка.',
          response: { 200: chairmanResponse },
        },
      },
      async (request) => chairman.summary(contextOf(request)),
    );

    app.get(
      '/api/chairman/national',
      {
        schema: {
          tags,
          summary: 'Свод исполнения по стране: по регионам и уровням комиссий',
          description:
            'По всем действующим планам, исполнение которых пользователь контролирует (ЦИК — вся страна, без ограничения числа планов); считается одним SQL-запросом по правилам «Контроля исполнения».',
          response: { 200: nationalRollupResponse },
        },
      },
      async (request) => chairman.national(contextOf(request)),
    );

    app.get(
      '/api/me/notices',
      { schema: { tags, summary: 'Уведомления о непредставленных отчетах, адресованные моей комиссии', response: { 200: noticesResponse } } },
      async (request) => escalations.myNotices(contextOf(request)),
    );

    app.get(
      '/api/me/inbox',
      {
        schema: {
          tags,
          summary: 'Уведомления пользователя: просроченные отчеты, изменения сроков, решения по переносу сроков; что прочитано',
          response: { 200: inboxResponse },
        },
      },
      async (request) => notices.list(contextOf(request)),
    );

    app.get('/api/me/inbox/unread', { schema: { tags, summary: 'Число непрочитанных уведомлений', response: { 200: inboxCountResponse } } }, async (request) =>
      notices.unread(contextOf(request)),
    );

    app.post(
      '/api/me/inbox/read',
      {
        schema: {
          tags,
          summary: 'Отметить уведомления прочитанными (перечисленные или все)',
          body: inboxReadBody,
          response: { 200: inboxCountResponse },
        },
      },
      async (request) => notices.markRead(contextOf(request), request.body),
    );

    app.get(
      '/api/plans/:id/escalation',
      {
        schema: {
          tags,
          summary: 'Эскалация по плану: через сколько дней уведомлять контролирующих, отправленные уведомления',
          params: uuidParam,
          response: { 200: planNoticesResponse },
        },
      },
      async (request) => escalations.planNotices(contextOf(request), request.params.id),
    );

    app.put(
      '/api/plans/:id/escalation',
      {
        schema: {
          tags,
          summary: 'Задать срок эскалации по плану (дней после срока; 0 — только напоминание исполнителю)',
          params: uuidParam,
          body: escalationDaysBody,
          response: { 200: escalationDaysResponse },
        },
      },
      async (request) => escalations.setDays(contextOf(request), request.params.id, request.body.days),
    );

    app.post(
      '/api/admin/escalations/run',
      {
        schema: {
          tags,
          summary: 'Проверить просроченные отчеты и разослать уведомления сейчас',
          body: z.object({}).optional(),
          response: { 200: escalationRunResponse },
        },
      },
      async (request) => escalations.runNow(contextOf(request)),
    );

    app.get(
      '/api/occurrences/:id/extensions',
      {
        schema: { tags, summary: 'Запросы на перенос срока мероприятия и решения по ним', params: uuidParam, response: { 200: occurrenceExtensionsResponse } },
      },
      async (request) => extensions.list(contextOf(request), request.params.id),
    );

    app.post(
      '/api/occurrences/:id/extensions',
      {
        schema: {
          tags,
          summary: 'Попросить перенести срок (исполнитель): новая дата и причина',
          params: uuidParam,
          body: extensionRequestBody,
          response: { 201: extension },
        },
      },
      async (request, reply) => reply.status(201).send(await extensions.request(contextOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/extensions/:id/decision',
      {
        schema: {
          tags,
          summary: 'Согласовать перенос срока или отказать (составитель плана, контролирующая комиссия)',
          params: uuidParam,
          body: extensionDecisionBody,
          response: { 200: extension },
        },
      },
      async (request) => extensions.decide(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/plans/:id/extensions',
      {
        schema: {
          tags,
          summary: 'Запросы на перенос сроков по плану',
          params: uuidParam,
          querystring: extensionsQuery,
          response: { 200: planExtensionsResponse },
        },
      },
      async (request) => extensions.planList(contextOf(request), request.params.id, request.query.status),
    );

    app.get(
      '/api/plans/:id/periods',
      { schema: { tags, summary: 'Закрытые отчетные периоды плана', params: uuidParam, response: { 200: periodsResponse } } },
      async (request) => reportingPeriods.list(contextOf(request), request.params.id),
    );

    app.post(
      '/api/plans/:id/periods',
      {
        schema: {
          tags,
          summary: 'Закрыть отчетный период после принятия отчета (ссылка на акт)',
          description:
            'Отчеты по срокам закрытого периода, поступившие позже, принимает контролирующая комиссия; следующий отчет об исполнении отмечает их как представленные с опозданием.',
          params: uuidParam,
          body: closePeriodBody,
          response: { 201: closureResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await reportingPeriods.close(contextOf(request), request.params.id, request.body)),
    );
  };
