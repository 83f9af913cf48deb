import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginBody } from '../../shared/plan-api.js';
import { AppError } from '../errors.js';
import { contextOf } from '../http/request-context.js';
import { clearSessionCookie, setSessionCookie } from '../http/session.plugin.js';
import type { Services } from '../services/index.js';

export const authRoutes = (services: Services): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/api/auth/login', { schema: { tags: ['auth'], summary: 'Вход', body: loginBody } }, async (request, reply) => {
      const { token, expiresAt, user } = await services.auth.login(
        contextOf(request),
        request.body.login,
        request.body.password,
        request.headers['user-agent'] ?? null,
      );
      setSessionCookie(reply, request, token, expiresAt);
      return { user };
    });

    app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Выход' } }, async (request, reply) => {
      await services.auth.logout(contextOf(request), request.sessionTokenHash);
      clearSessionCookie(reply);
      return reply.status(204).send();
    });

    app.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Текущий пользователь' } }, async (request) => {
      if (!request.user) throw new AppError('unauthorized', 'Требуется вход в систему');
      const organizations = await services.directory.organizations(contextOf(request));
      const organization = organizations.find((o) => o.id === request.user!.organizationId) ?? null;
      return { user: request.user, organization };
    });
  };
