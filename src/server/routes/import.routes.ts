import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { noContent } from '../../shared/responses.js';
import { z } from 'zod';
import { uuidParam } from '../../shared/plan-api.js';
import { importOverridesSchema, planDraftSchema } from '../../shared/plan-format.js';
import { importConfirmedResponse, importResponse } from '../../shared/plan-responses.js';
import { AppError } from '../errors.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

const confirmBody = z.object({ draft: planDraftSchema.optional(), organizationId: z.uuid().optional() });

export const importRoutes =
  (services: Services, maxBytes: number): FastifyPluginAsyncZod =>
  async (app) => {
    app.addHook('onClose', async () => services.imports.close());

    app.post(
      '/api/imports',
      {
        schema: {
          tags: ['imports'],
          summary: 'Загрузить файл плана (TXT, HTML, DOCX, JSON) и получить предпросмотр',
          description: 'multipart/form-data с полем file; организация — поле organizationId перед файлом или параметр запроса.',
          querystring: z.object({ organizationId: z.uuid().optional() }),
          response: { 201: importResponse },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Ожидается загрузка файла (multipart/form-data)');
        const file = await request.file();
        if (!file) throw new AppError('import_empty', 'Файл не передан');
        let bytes: Buffer;
        try {
          bytes = await file.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError('import_too_large', `Файл слишком большой: допускается не более ${Math.round(maxBytes / 1024 / 1024)} МБ`);
          }
          throw error;
        }
        const field = file.fields.organizationId;
        const fieldValue = field && !Array.isArray(field) && 'value' in field ? String(field.value) : undefined;
        const organizationId = request.query.organizationId ?? fieldValue;
        if (organizationId !== undefined && !z.uuid().safeParse(organizationId).success) {
          throw new AppError('validation_failed', 'Поле «organizationId»: ожидается идентификатор (UUID)');
        }
        const created = await services.imports.create(contextOf(request), { bytes, fileName: file.filename || 'plan', organizationId });
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: 'Отложенный импорт (предпросмотр и текущие исправления чтения)',
          params: uuidParam,
          response: { 200: importResponse },
        },
      },
      async (request) => services.imports.get(contextOf(request), request.params.id),
    );

    app.patch(
      '/api/imports/:id',
      {
        schema: {
          tags: ['imports'],
          summary: 'Сохранить исправленный предпросмотр',
          params: uuidParam,
          body: z.object({ draft: planDraftSchema }),
          response: { 200: importResponse },
        },
      },
      async (request) => services.imports.update(contextOf(request), request.params.id, request.body.draft),
    );

    app.post(
      '/api/imports/:id/reread',
      {
        schema: {
          tags: ['imports'],
          summary: 'Перечитать файл с исправлениями чтения (роли колонок, разделы, удаление, объединение, разделение строк)',
          description:
            'Строки и колонки указываются по draft.source первого чтения; передается полный набор исправлений. Возвращает новый предпросмотр с предупреждениями.',
          params: uuidParam,
          body: z.object({ overrides: importOverridesSchema }),
          response: { 200: importResponse },
        },
      },
      async (request) => services.imports.reread(contextOf(request), request.params.id, request.body.overrides),
    );

    app.post(
      '/api/imports/:id/confirm',
      {
        schema: {
          tags: ['imports'],
          summary: 'Подтвердить импорт: создать план',
          params: uuidParam,
          body: confirmBody,
          response: { 201: importConfirmedResponse },
        },
      },
      async (request, reply) => reply.status(201).send(await services.imports.confirm(contextOf(request), request.params.id, request.body)),
    );

    app.delete(
      '/api/imports/:id',
      { schema: { tags: ['imports'], summary: 'Отменить импорт', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await services.imports.remove(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
