import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/responses.js';
import { z } from 'zod';
import {
  electionBody,
  electionChangeResponse,
  electionPatchBody,
  planElectionParam,
  planElectionsResponse,
  executionReportQuery,
  externalExecutorBody,
  indicatorsBody,
  myOccurrencesQuery,
  planEventBody,
  planEventKeyParam,
  planOccurrencesQuery,
  programmeProgressResponse,
  reminderSettingsBody,
  reportBody,
  reviewBody,
} from '../../shared/execution-api.js';
import {
  controlledPlansResponse,
  electionAttachedResponse,
  executionReportModelResponse,
  fileInfoResponse,
  indicatorsResponse,
  myOccurrencesResponse,
  myPlansResponse,
  occurrenceDetailResponse,
  occurrenceExternalResponse,
  overdueResponse,
  planEventChangeResponse,
  planEventsResponse,
  planOccurrencesResponse,
  progressResponse,
  reminderRunResponse,
  reminderSettingsResponse,
  reminderStatusResponse,
  reportResponse,
} from '../../shared/execution-responses.js';
import { uuidParam } from '../../shared/plan-api.js';
import { AppError } from '../errors.js';
import { contentDisposition } from '../http/content-disposition.js';
import { contextOf } from '../http/request-context.js';
import { tooLarge } from '../services/execution.service.js';
import type { Services } from '../services/index.js';

/** Some clients percent-encode non-ASCII file names in multipart headers. */
function decodeFileName(name: string): string {
  if (!/%[0-9a-f]{2}/i.test(name)) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export const executionRoutes =
  (services: Services, uploadMaxBytes: number): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['execution'];
    const { execution } = services;

    app.get(
      '/api/me/occurrences',
      {
        schema: {
          tags,
          summary: 'Мои мероприятия: что исполнить (по организации и лично)',
          querystring: myOccurrencesQuery,
          response: { 200: myOccurrencesResponse },
        },
      },
      async (request) => execution.myOccurrences(contextOf(request), request.query),
    );

    app.get(
      '/api/me/plans',
      { schema: { tags, summary: 'Планы вышестоящих комиссий с мероприятиями моей организации', response: { 200: myPlansResponse } } },
      async (request) => execution.myPlans(contextOf(request)),
    );

    app.get(
      '/api/occurrences/:id',
      { schema: { tags, summary: 'Мероприятие (пункт × исполнитель × срок) с отчетами', params: uuidParam, response: { 200: occurrenceDetailResponse } } },
      async (request) => execution.occurrence(contextOf(request), request.params.id),
    );

    app.post(
      '/api/occurrences/:id/reports',
      {
        schema: {
          tags,
          summary: 'Отчитаться об исполнении',
          description:
            'Статус, текст, показатели, ссылки и ранее загруженные файлы (POST /api/files). С clientKey повторная отправка возвращает сохраненный отчет (200).',
          params: uuidParam,
          body: reportBody,
          response: { 200: reportResponse, 201: reportResponse },
        },
      },
      async (request, reply) => {
        const { report, created } = await execution.submitReport(contextOf(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(report);
      },
    );

    app.post(
      '/api/reports/:id/review',
      { schema: { tags, summary: 'Принять отчет или вернуть на доработку', params: uuidParam, body: reviewBody, response: { 200: reportResponse } } },
      async (request) => execution.review(contextOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/files',
      {
        schema: {
          tags,
          summary: 'Загрузить файл для отчета',
          description: 'multipart/form-data с полем file. Тип определяется по содержимому; исполняемые файлы не принимаются.',
          response: { 201: fileInfoResponse },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Ожидается загрузка файла (multipart/form-data)');
        const file = await request.file({ limits: { fileSize: uploadMaxBytes, files: 1 } });
        if (!file) throw new AppError('validation_failed', 'Файл не передан', { field: 'file' });
        let bytes: Buffer;
        try {
          bytes = await file.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(uploadMaxBytes);
          throw error;
        }
        return reply.status(201).send(await execution.upload(contextOf(request), { bytes, name: decodeFileName(file.filename) }));
      },
    );

    app.get(
      '/api/files/:id',
      {
        schema: {
          tags,
          summary: 'Скачать файл отчета',
          params: uuidParam,
          response: { 200: fileResponse('Файл, приложенный к отчету, в его собственном типе', 'application/octet-stream') },
        },
      },
      async (request, reply) => {
        const { file, stream } = await execution.download(contextOf(request), request.params.id);
        return reply
          .type(file.contentType)
          .header('content-disposition', contentDisposition(file.name))
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    );

    app.get(
      '/api/plans/:id/progress',
      {
        schema: {
          tags,
          summary: 'Ход исполнения плана: по разделам, исполнителям, месяцам; просроченные',
          params: uuidParam,
          response: { 200: progressResponse },
        },
      },
      async (request) => execution.progress(contextOf(request), request.params.id),
    );

    app.get(
      '/api/plans/:id/programme-progress',
      {
        schema: {
          tags,
          summary: 'Ход исполнения программы по ее годовым планам: по каждому пункту программы — связанные пункты годовых планов и их итоги',
          params: uuidParam,
          response: { 200: programmeProgressResponse },
        },
      },
      async (request) => services.programmeProgress.progress(contextOf(request), request.params.id),
    );

    app.get(
      '/api/plans/:id/overdue',
      {
        schema: {
          tags,
          summary: 'Просроченные мероприятия плана по пунктам: кто не отчитался и кто отчитался',
          params: uuidParam,
          response: { 200: overdueResponse },
        },
      },
      async (request) => execution.overdue(contextOf(request), request.params.id),
    );

    app.get(
      '/api/execution/plans',
      {
        schema: {
          tags,
          summary: 'Контроль исполнения: планы, которые контролирует пользователь, с числом просроченных и ждущих проверки',
          response: { 200: controlledPlansResponse },
        },
      },
      async (request) => execution.controlledPlans(contextOf(request)),
    );

    app.put(
      '/api/plans/:id/external-executors',
      {
        schema: {
          tags,
          summary: 'Отметить исполнителя внешним участником (о нем отчитывается составитель плана) или снять отметку',
          params: uuidParam,
          body: externalExecutorBody,
          response: { 200: occurrenceExternalResponse },
        },
      },
      async (request) => execution.setExternal(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/plans/:id/occurrences',
      {
        schema: {
          tags,
          summary: 'Мероприятия плана за цифрой панели (раздел, исполнитель, месяц, итог)',
          params: uuidParam,
          querystring: planOccurrencesQuery,
          response: { 200: planOccurrencesResponse },
        },
      },
      async (request) => execution.planOccurrences(contextOf(request), request.params.id, request.query),
    );

    app.get(
      '/api/plans/:id/execution-report',
      {
        schema: {
          tags,
          summary: 'Отчет об исполнении плана за период (DOCX, PDF или данные JSON)',
          params: uuidParam,
          querystring: executionReportQuery,
          response: {
            200: {
              description: 'Отчет: данные (format=json), DOCX или PDF',
              content: {
                'application/json': { schema: executionReportModelResponse },
                ...fileResponse('', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf').content,
              },
            },
          },
        },
      },
      async (request, reply) => {
        const { from, to, format, lang } = request.query;
        if (format === 'json') return services.executionReport.model(contextOf(request), request.params.id, from, to, lang);
        const doc = await services.executionReport.document(contextOf(request), request.params.id, { from, to, format, lang });
        // The bytes of the DOCX or PDF go out as they are; the JSON schema above is the format=json answer's.
        return reply
          .type(doc.contentType)
          .header('content-disposition', contentDisposition(doc.fileName))
          .send(doc.bytes as never);
      },
    );

    app.get(
      '/api/plans/:id/indicators',
      { schema: { tags, summary: 'Показатели, о которых отчитываются исполнители', params: uuidParam, response: { 200: indicatorsResponse } } },
      async (request) => execution.indicators(contextOf(request), request.params.id),
    );

    app.put(
      '/api/plans/:id/indicators',
      { schema: { tags, summary: 'Задать показатели плана', params: uuidParam, body: indicatorsBody, response: { 200: indicatorsResponse } } },
      async (request) => execution.setIndicators(contextOf(request), request.params.id, request.body.indicators),
    );

    app.get(
      '/api/plans/:id/elections',
      {
        schema: {
          tags,
          summary: 'Выборы, к которым привязан план, и пункты, сроки которых считаются от них',
          params: uuidParam,
          response: { 200: planElectionsResponse },
        },
      },
      async (request) => services.planElections.list(contextOf(request), request.params.id),
    );

    app.patch(
      '/api/plans/:id/elections/:electionId',
      {
        schema: {
          tags,
          summary: 'Изменить выборы плана: перенос дня голосования переносит сроки зависящих пунктов и сообщает исполнителям',
          params: planElectionParam,
          body: electionPatchBody,
          response: { 200: electionChangeResponse },
        },
      },
      async (request) => services.planElections.update(contextOf(request), request.params.id, request.params.electionId, request.body),
    );

    app.delete(
      '/api/plans/:id/elections/:electionId',
      {
        schema: {
          tags,
          summary: 'Удалить выборы плана: пункты, сроки которых считались от них, ожидают даты',
          params: planElectionParam,
          response: { 200: electionChangeResponse },
        },
      },
      async (request) => services.planElections.remove(contextOf(request), request.params.id, request.params.electionId),
    );

    app.post(
      '/api/plans/:id/elections',
      {
        schema: {
          tags,
          summary: 'Привязать выборы к плану: сроки «за N дней до дня голосования» получают даты',
          params: uuidParam,
          body: electionBody,
          response: { 201: electionAttachedResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await execution.attachElection(contextOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/plans/:id/events',
      { schema: { tags, summary: 'События плана и мероприятия, ожидающие их дат', params: uuidParam, response: { 200: planEventsResponse } } },
      async (request) => services.planEvents.list(contextOf(request), request.params.id),
    );

    app.put(
      '/api/plans/:id/events/:key',
      {
        schema: {
          tags,
          summary: 'Задать или перенести дату события плана: зависящие мероприятия получают новые даты',
          params: planEventKeyParam,
          body: planEventBody,
          response: { 200: planEventChangeResponse },
        },
      },
      async (request) => services.planEvents.set(contextOf(request), request.params.id, request.params.key, request.body),
    );

    app.delete(
      '/api/plans/:id/events/:key',
      { schema: { tags, summary: 'Удалить событие плана', params: planEventKeyParam, response: { 200: planEventChangeResponse } } },
      async (request) => services.planEvents.remove(contextOf(request), request.params.id, request.params.key),
    );

    app.get('/api/me/reminders', { schema: { tags, summary: 'Мои напоминания по почте', response: { 200: reminderSettingsResponse } } }, async (request) =>
      services.reminders.settings(contextOf(request)),
    );

    app.put(
      '/api/me/reminders',
      { schema: { tags, summary: 'Включить или отключить напоминания по почте', body: reminderSettingsBody, response: { 200: reminderSettingsResponse } } },
      async (request) => services.reminders.updateSettings(contextOf(request), request.body.enabled),
    );

    app.get(
      '/api/admin/reminders',
      { schema: { tags, summary: 'Рассылка напоминаний: состояние, ошибки отправки', response: { 200: reminderStatusResponse } } },
      async (request) => services.reminders.status(contextOf(request)),
    );

    app.post(
      '/api/admin/reminders/run',
      { schema: { tags, summary: 'Запустить рассылку напоминаний сейчас', body: z.object({}).optional(), response: { 200: reminderRunResponse } } },
      async (request) => services.reminders.runNow(contextOf(request)),
    );
  };
