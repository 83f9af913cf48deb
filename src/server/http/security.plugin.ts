import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers with a strict Content-Security-Policy: only our own scripts,
 * no inline scripts, no framing of the application (public plan pages relax
 * frame-ancestors themselves so that commissions can embed them).
 * style-src allows inline styles because Mantine writes its CSS variables into a <style> element.
 *
 * helmet itself rather than @fastify/helmet: the plugin builds a new helmet middleware,
 * re-parsing the CSP directives, on every request (a few per cent of a report
 * submission's CPU). Built once here, it sets the same headers on the raw response;
 * a route's own reply.header() still wins (the public page relaxes frame-ancestors).
 */
export async function registerSecurity(app: FastifyInstance) {
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    setSecurityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)),
  );
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429, error: { code: 'rate_limited', message: 'Слишком много запросов. Повторите попытку позже.' } }),
  });
}
