import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiTokenCreatedResponse, apiTokensResponse, languageResponse, loginResponse, meResponse } from '../../shared/directory-api.js';
import { noContent } from '../../shared/responses.js';
import { z } from 'zod';
import { localeSchema } from '../../shared/locale-schema.js';
import { loginBody, uuidParam } from '../../shared/plan-api.js';
import { tokenScopes } from '../services/token.service.js';
import { AppError } from '../errors.js';
import { contextOf } from '../http/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../http/session.plugin.js';
import type { Services } from '../services/index.js';

const languageAnswer = z.object({ language: languageResponse });

export const authRoutes =
  (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      // Per-instance throttle against password spraying; the account lockout in the database is the shared guard.
      {
        schema: { tags: ['auth'], summary: 'Вход', body: loginBody, response: { 200: loginResponse } },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const { token, expiresAt, user } = await services.auth.login(
          contextOf(request),
          request.body.login,
          request.body.password,
          request.headers['user-agent'] ?? null,
        );
        setSessionCookie(reply, request, token, expiresAt);
        return { user };
      },
    );

    app.post(
      '/api/auth/password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Сменить свой пароль',
          body: z.object({
            currentPassword: z.string().min(1, 'Введите текущий пароль').max(1000),
            newPassword: z.string().min(1, 'Введите новый пароль').max(1000),
          }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await services.auth.changePassword(contextOf(request), request.body.currentPassword, request.body.newPassword, request.sessionTokenHash);
        return reply.status(204).send(null);
      },
    );

    app.get('/api/tokens', { schema: { tags: ['auth'], summary: 'Мои токены доступа', response: { 200: apiTokensResponse } } }, async (request) => ({
      tokens: await services.tokens.list(contextOf(request)),
    }));

    app.post(
      '/api/tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'Выпустить токен доступа (показывается один раз)',
          body: z.object({
            name: z.string().trim().min(1, 'Укажите назначение токена').max(200),
            scopes: z.array(z.enum(tokenScopes)).min(1).default(['read']),
          }),
          response: { 201: apiTokenCreatedResponse },
        },
      },
      async (request, reply) => {
        if (request.tokenScopes) throw new AppError('forbidden', 'Токен нельзя выпустить с помощью другого токена');
        return reply.status(201).send(await services.tokens.create(contextOf(request), request.body));
      },
    );

    app.delete(
      '/api/tokens/:id',
      { schema: { tags: ['auth'], summary: 'Отозвать токен', params: uuidParam, response: { 204: noContent } } },
      async (request, reply) => {
        await services.tokens.revoke(contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Выход', response: { 204: noContent } } }, async (request, reply) => {
      await services.auth.logout(contextOf(request), request.sessionTokenHash);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    });

    app.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Текущий пользователь', response: { 200: meResponse } } }, async (request) => {
      if (!request.user) throw new AppError('unauthorized', 'Требуется вход в систему');
      const organizations = await services.directory.organizations(contextOf(request));
      const organization = organizations.find((o) => o.id === request.user!.organizationId) ?? null;
      const language = await services.auth.language(contextOf(request));
      return { user: request.user, organization, language };
    });

    app.patch(
      '/api/auth/profile',
      {
        schema: {
          tags: ['auth'],
          summary: 'Изменить свой профиль: язык интерфейса (null — язык организации по умолчанию)',
          body: z.object({ locale: localeSchema.nullable() }),
          response: { 200: languageAnswer },
        },
      },
      async (request) => ({ language: await services.auth.setLanguage(contextOf(request), request.body.locale) }),
    );
  };
