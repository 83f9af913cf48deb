import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organizationKinds,
  organizationResponse,
  personResponse,
  unitResponse,
  unitsResponse,
  userResponse,
  usersResponse,
} from '../../shared/directory-api.js';
import { noContent } from '../../shared/responses.js';
import { z } from 'zod';
import { roles } from '../../domain/auth/roles.js';
import { localeSchema } from '../../shared/locale-schema.js';
import { uuidParam } from '../../shared/plan-api.js';
import { contextOf } from '../http/request-context.js';
import type { Services } from '../services/index.js';

const text = (max: number) => z.string().trim().min(1, 'Поле не может быть пустым').max(max, `Не длиннее ${max} символов`);
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('ru', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'Неизвестный часовой пояс');

const organizationBody = z.object({
  kind: z.enum(organizationKinds),
  name: text(1000),
  shortName: text(200).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  timeZone: timeZone.optional(),
  defaultLocale: localeSchema.optional(),
});
const unitBody = z.object({ name: text(500), shortName: text(100).nullable().optional() });
const personBody = z.object({
  organizationId: z.uuid(),
  fullName: text(500),
  shortName: text(200),
  position: text(500).nullable().optional(),
  unitId: z.uuid().nullable().optional(),
  email: z.email('Некорректный адрес электронной почты').nullable().optional(),
});
const userBody = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{2,64}$/, 'Логин: латинские буквы, цифры, точка, дефис, подчеркивание (2–64 символа)'),
  displayName: text(300),
  organizationId: z.uuid(),
  roles: z.array(z.enum(roles)).min(1, 'Назначьте хотя бы одну роль'),
  password: z.string().min(1).max(200),
  email: z.email('Некорректный адрес электронной почты').nullable().optional(),
  personId: z.uuid().nullable().optional(),
});
const userPatch = userBody.omit({ login: true, password: true }).partial().extend({ disabled: z.boolean().optional() });

export const adminRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    const admin = services.admin;
    const tags = ['administration'];

    app.post(
      '/api/organizations',
      { schema: { tags, summary: 'Создать организацию', body: organizationBody, response: { 201: organizationResponse } } },
      async (request, reply) => reply.status(201).send(await admin.createOrganization(contextOf(request), request.body)),
    );
    app.patch(
      '/api/organizations/:id',
      { schema: { tags, summary: 'Изменить организацию', params: uuidParam, body: organizationBody.partial(), response: { 200: organizationResponse } } },
      async (request) => admin.updateOrganization(contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/organizations/:id',
      { schema: { tags, summary: 'Удалить организацию', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await admin.deleteOrganization(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get('/api/units', { schema: { tags, summary: 'Подразделения', response: { 200: unitsResponse } } }, async (request) => ({
      units: await services.directory.units(contextOf(request)),
    }));
    app.post(
      '/api/organizations/:id/units',
      { schema: { tags, summary: 'Добавить подразделение', params: uuidParam, body: unitBody, response: { 201: unitResponse } } },
      async (request, reply) => reply.status(201).send(await admin.createUnit(contextOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/api/units/:id',
      { schema: { tags, summary: 'Изменить подразделение', params: uuidParam, body: unitBody.partial(), response: { 200: unitResponse } } },
      async (request) => admin.updateUnit(contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/units/:id',
      { schema: { tags, summary: 'Удалить подразделение', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await admin.deleteUnit(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post('/api/people', { schema: { tags, summary: 'Добавить сотрудника', body: personBody, response: { 201: personResponse } } }, async (request, reply) =>
      reply.status(201).send(await admin.createPerson(contextOf(request), request.body)),
    );
    app.patch(
      '/api/people/:id',
      {
        schema: {
          tags,
          summary: 'Изменить сотрудника',
          params: uuidParam,
          body: personBody.omit({ organizationId: true }).partial(),
          response: { 200: personResponse },
        },
      },
      async (request) => admin.updatePerson(contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/people/:id',
      { schema: { tags, summary: 'Удалить сотрудника', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await admin.deletePerson(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get('/api/users', { schema: { tags, summary: 'Пользователи', response: { 200: usersResponse } } }, async (request) => ({
      users: await admin.listUsers(contextOf(request)),
    }));
    app.post('/api/users', { schema: { tags, summary: 'Создать пользователя', body: userBody, response: { 201: userResponse } } }, async (request, reply) =>
      reply.status(201).send(await admin.createUser(contextOf(request), request.body)),
    );
    app.patch(
      '/api/users/:id',
      { schema: { tags, summary: 'Изменить пользователя (роли, блокировка)', params: uuidParam, body: userPatch, response: { 200: userResponse } } },
      async (request) => admin.updateUser(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/users/:id/password',
      {
        schema: {
          tags,
          summary: 'Сбросить пароль (пользователь сменит его при входе)',
          params: uuidParam,
          body: z.object({ password: z.string().min(1).max(200) }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await admin.resetPassword(contextOf(request), request.params.id, request.body.password);
        return reply.status(204).send(null);
      },
    );
  };
