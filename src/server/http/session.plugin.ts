import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { AuthService } from '../services/auth.service.js';
import type { TokenScope, TokenService } from '../services/token.service.js';

export const SESSION_COOKIE = 'planik_session';

/** Routes under /api that answer without a session. */
const publicApi = [/^\/api\/health$/, /^\/api\/auth\/login$/, /^\/api\/openapi\.json$/, /^\/api\/docs(\/|$)/, /^\/api\/public\//, /^\/api\/calendars\//];

/** What a user who must change the password may still do. */
const allowedBeforePasswordChange = [/^\/api\/auth\/(me|logout|password)$/];

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Scopes of the API token that authenticated the request; null for a session. */
    tokenScopes: TokenScope[] | null;
  }
}

/**
 * A cookie-authenticated mutation must come from our own pages: browsers send
 * Origin (or Sec-Fetch-Site) with every cross-site POST, so a mismatch means a
 * forged request. Requests without either header come from non-browser clients,
 * which cannot carry the victim's cookie.
 */
function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

export function registerSession(app: FastifyInstance, auth: AuthService, tokens: TokenService) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('tokenScopes', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const found = await tokens.userForToken(authorization.slice(7).trim());
      if (!found) throw new AppError('unauthorized', 'Недействительный токен доступа');
      request.user = found.user;
      request.tokenScopes = found.scopes;
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const found = await auth.userForToken(token);
        if (found) {
          request.user = found.user;
          request.sessionTokenHash = found.tokenHash;
        }
      }
      if (MUTATING.has(request.method) && isCrossSite(request)) {
        throw new AppError('csrf_failed', 'Запрос отклонен: он отправлен с другого сайта');
      }
    }

    const path = request.url.split('?')[0]!;
    if (!path.startsWith('/api/') || publicApi.some((re) => re.test(path))) return;
    if (!request.user) throw new AppError('unauthorized', 'Требуется вход в систему');
    if (request.tokenScopes && MUTATING.has(request.method) && !request.tokenScopes.includes('write')) {
      throw new AppError('forbidden', 'Токен доступа разрешает только чтение');
    }
    if (request.user.mustChangePassword && !allowedBeforePasswordChange.some((re) => re.test(path))) {
      throw new AppError('password_change_required', 'Смените пароль, чтобы продолжить работу');
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
