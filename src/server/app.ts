import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from './db/client.js';
import type { Env } from './env.js';
import { AppError } from './errors.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerInFlight, type InFlight } from './http/in-flight.js';
import { registerInputGuard } from './http/input-guard.js';
import { russianValidationMessages } from './http/validation-messages.js';
import { responseSerializerCompiler } from './http/response-serializer.js';
import { registerSecurity } from './http/security.plugin.js';
import { registerSession } from './http/session.plugin.js';
import { adminRoutes } from './routes/admin.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { backupRoutes } from './routes/backup.routes.js';
import { configuredFileStorage } from './storage/file-storage.js';
import { calendarRoutes } from './routes/calendar.routes.js';
import { executionRoutes } from './routes/execution.routes.js';
import { executionControlRoutes } from './routes/execution-control.routes.js';
import { exportRoutes } from './routes/export.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { directoryRoutes } from './routes/directory.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { importRoutes } from './routes/import.routes.js';
import { itemRoutes } from './routes/item.routes.js';
import { planRoutes } from './routes/plan.routes.js';
import { consolidationRoutes } from './routes/consolidation.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { publicRoutes } from './routes/public.routes.js';
import { createServices, type Services } from './services/index.js';
import { createMetricsService } from './services/metrics.service.js';
import { registerRequestMetrics } from './http/metrics.js';
import { metricsRoutes } from './routes/metrics.routes.js';

export interface AppOptions {
  database: Database;
  env: Env;
  version: string;
  /** Directory of the built web app; served at / when it exists. */
  webDir?: string | undefined;
  logger?: boolean;
}

export type App = FastifyInstance & { services: Services; inFlight: InFlight };

/** Builds the HTTP application without listening (tests use app.inject). */
export async function buildApp(options: AppOptions): Promise<App> {
  const { database, env } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: env.LOG_LEVEL },
    trustProxy: env.PLANIK_TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
    forceCloseConnections: false,
    return503OnClosing: true,
  });
  // First, so every route registered after it is counted (its onRoute hook wraps their handlers).
  app.decorate('inFlight', registerInFlight(app));
  // Schema refusals without a message of their own reach users as the API's error text: Russian, not zod's English
  // default. Zod keeps one global configuration, so Kyrgyz readers get the Russian text too.
  z.config({ localeError: russianValidationMessages });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);

  const services = createServices(database.db, env);
  app.decorate('services', services);

  await registerSecurity(app);
  // A 1,000-item plan is about 1 MB of JSON; compressed it is a sixth of that. Small answers are sent as they are.
  await app.register(compress, { threshold: 2048 });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: env.IMPORT_MAX_BYTES, files: 1, fields: 10, fieldSize: 10_000 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Planik API', version: options.version, description: 'API системы планирования и контроля исполнения планов избирательных комиссий' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'planik_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerErrorHandler(app);
  const metrics = createMetricsService(database);
  registerRequestMetrics(app, metrics.requests);
  registerInputGuard(app);
  registerSession(app, services.auth, services.tokens);

  await app.register(healthRoutes(database.db, options.version, database.kind));
  await app.register(metricsRoutes(metrics));
  await app.register(authRoutes(services));
  await app.register(planRoutes(services));
  await app.register(consolidationRoutes(services));
  await app.register(itemRoutes(services));
  await app.register(directoryRoutes(services));
  await app.register(adminRoutes(services));
  await app.register(auditRoutes(services));
  await app.register(backupRoutes(database, configuredFileStorage(env, database.db)));
  await app.register(importRoutes(services, env.IMPORT_MAX_BYTES));
  await app.register(searchRoutes(database.db, services));
  await app.register(exportRoutes(services, env.PUBLIC_URL));
  await app.register(calendarRoutes(services, env.PUBLIC_URL));
  await app.register(publicRoutes(services));
  await app.register(executionRoutes(services, env.UPLOAD_MAX_BYTES));
  await app.register(executionControlRoutes(services));

  const webDir = options.webDir;
  const hasWeb = webDir && existsSync(join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (path.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      throw new AppError('route_not_found', 'Ресурс не найден');
    }
    // Client-side routes of the single-page app.
    return reply.type('text/html').sendFile('index.html');
  });

  return app as unknown as App;
}
