import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { AuthService } from '../services/auth.service.js';

export const SESSION_COOKIE = 'planik_session';

/** Routes under /api that answer without a session. */
const publicApi = [/^\/api\/health$/, /^\/api\/auth\/login$/, /^\/api\/openapi\.json$/, /^\/api\/docs(\/|$)/, /^\/api\/public\//];

export function registerSession(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await auth.userForToken(token);
      if (found) {
        request.user = found.user;
        request.sessionTokenHash = found.tokenHash;
      }
    }
    const path = request.url.split('?')[0]!;
    if (path.startsWith('/api/') && !publicApi.some((re) => re.test(path)) && !request.user) {
      throw new AppError('unauthorized', 'Требуется вход в систему');
    }
  });
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
