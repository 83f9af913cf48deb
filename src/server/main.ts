import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { openConfiguredDatabase } from './db/open-database.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-directory.js';
import { livingDemoUsers } from './demo/seed-living-demo.js';
import { requireChangeOfDemoPasswords } from './demo/demo-passwords.js';
import { seedDemo } from './demo/seed-demo-plans.js';
import { seedDemoConsolidation } from './demo/seed-demo-consolidation.js';
import { isEmptyDatabase } from './demo/seed-demo.js';
import type { Env } from './env.js';
import { startScheduler, type Scheduler } from './jobs/scheduler.js';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webDistDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function appVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** env → database → migrate → (demo) → app → listen; stops cleanly on SIGTERM/SIGINT. */
export async function startServer(env: Env): Promise<void> {
  const opened = await openConfiguredDatabase(env);
  const { database } = opened;
  let app;
  try {
    if (env.PLANIK_DEMO && (await isEmptyDatabase(database.db))) {
      const summary = await seedDemo(database.db, env, { living: env.PLANIK_DEMO_LIVING });
      console.log(`Загружены демонстрационные данные: ${summary}`);
      console.log(`Демонстрация сводного планирования: ${await seedDemoConsolidation(database.db)}`);
    }
    if (!env.PLANIK_DEMO) {
      const flagged = await requireChangeOfDemoPasswords(database.db);
      if (flagged.length) console.log(`Демо-пароль больше не действует: ${flagged.join(', ')} должны сменить пароль при входе`);
    }
    app = await buildApp({ database, env, version: appVersion(), webDir: webDistDir });
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    await opened.close();
    throw error;
  }

  const url = `http://localhost:${env.PORT}`;
  console.log(`\nPlanik ${appVersion()} запущен: ${url}  (база данных: ${opened.describe})`);
  console.log(`API: ${url}/api  ·  документация API: ${url}/api/docs`);
  if (env.PLANIK_DEMO) {
    console.log(
      `Демо-пользователи (пароль «${DEMO_PASSWORD}»): ${[...demoUsers, ...(env.PLANIK_DEMO_LIVING ? livingDemoUsers : [])].map((u) => u.login).join(', ')}`,
    );
    console.log(
      `На кыргызском языке: ${demoUsers
        .filter((u) => u.login.startsWith('kg-'))
        .map((u) => `${u.login} (${u.displayName})`)
        .join(', ')}`,
    );
  }

  // Background jobs (reminder e-mails): every instance ticks, the job table lets one run each job.
  const scheduler: Scheduler | null = env.PLANIK_SCHEDULER
    ? startScheduler(app.services.reminders, {
        intervalMs: env.PLANIK_SCHEDULER_INTERVAL_SECONDS * 1000,
        log: (m, e) => app!.log.error({ err: e }, m),
        escalations: app.services.escalations,
        tallies: app.services.tallyWarm,
      })
    : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Получен ${signal}: завершаем обработку запросов и останавливаемся…`);
    const timer = setTimeout(() => {
      console.error('Остановка заняла слишком много времени, выходим принудительно');
      process.exit(1);
    }, 15_000);
    timer.unref();
    let clean = true;
    try {
      // No new connections; open ones are answered 503 once their current request is done.
      await app.close();
      // Handlers of clients that went away outlive their connections: the pool must outlive them.
      clean = await app.inFlight.drained(10_000);
      if (!clean) console.error(`Остановка: ${app.inFlight.count()} запросов не завершились за 10 с, база закрывается под ними`);
      await scheduler?.stop();
    } finally {
      await opened.close();
    }
    process.exit(clean ? 0 : 1);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
