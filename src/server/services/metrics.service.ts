import { monitorEventLoopDelay } from 'node:perf_hooks';
import { canAnywhere } from '../../domain/auth/policy.js';
import type { Database } from '../db/client.js';
import { AppError } from '../errors.js';
import { LatencyHistogram, renderGauges, type Gauge } from '../http/metrics.js';
import type { RequestContext } from '../http/request-context.js';
import { digestStatusCounts, listJobs } from '../repositories/reminder.repository.js';

const seconds = (d: Date | null | undefined) => (d ? d.getTime() / 1000 : 0);

/**
 * Metrics of this instance for Prometheus: request latency (this process only —
 * scrape every instance, not the proxy), the scheduled jobs as the database
 * sees them (the same on every instance), mail digests, the process and its pool.
 */
export function createMetricsService(database: Database) {
  const requests = new LatencyHistogram();
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const startedAt = Date.now();

  return {
    requests,

    async render(ctx: RequestContext): Promise<string> {
      if (!canAnywhere(ctx.user ?? null, 'monitor', 'system'))
        throw new AppError('forbidden', 'Метрики доступны системному администратору (сеанс или токен доступа)');
      const [jobs, digests] = await Promise.all([listJobs(database.db), digestStatusCounts(database.db)]);
      const now = Date.now();
      const memory = process.memoryUsage();
      const job = (name: string, help: string, value: (j: (typeof jobs)[number]) => number): Gauge => ({
        name,
        help,
        values: jobs.map((j) => ({ labels: { job: j.name }, value: value(j) })),
      });
      const gauges: Gauge[] = [
        job('planik_job_next_run_timestamp_seconds', 'When the job is due next (Unix time).', (j) => seconds(j.nextRunAt)),
        job('planik_job_last_started_timestamp_seconds', 'When a run of the job last started (Unix time, 0: never).', (j) => seconds(j.lastStartedAt)),
        job('planik_job_last_finished_timestamp_seconds', 'When a run of the job last finished (Unix time, 0: never).', (j) => seconds(j.lastFinishedAt)),
        job('planik_job_last_run_failed', '1 when the last run of the job ended with an error.', (j) => (j.lastError ? 1 : 0)),
        job('planik_job_running', '1 while an instance holds the job (its lease has not expired).', (j) =>
          j.lockedUntil && j.lockedUntil.getTime() > now ? 1 : 0,
        ),
        {
          name: 'planik_reminder_digests',
          help: 'Reminder e-mails by status.',
          values: Object.entries(digests).map(([status, n]) => ({ labels: { status }, value: n })),
        },
        { name: 'planik_process_uptime_seconds', help: 'Seconds since this instance started.', values: [{ value: (now - startedAt) / 1000 }] },
        { name: 'planik_process_resident_memory_bytes', help: 'Resident memory of this instance.', values: [{ value: memory.rss }] },
        { name: 'planik_process_heap_used_bytes', help: 'V8 heap in use.', values: [{ value: memory.heapUsed }] },
        {
          name: 'planik_event_loop_delay_p99_seconds',
          help: 'p99 event-loop delay since the previous scrape.',
          values: [{ value: loopDelay.percentile(99) / 1e9 }],
        },
      ];
      loopDelay.reset();
      if (database.raw.kind === 'postgres') {
        const pool = database.raw.pool;
        gauges.push({
          name: 'planik_db_pool_connections',
          help: 'PostgreSQL connections of this instance by state.',
          values: [
            { labels: { state: 'total' }, value: pool.totalCount },
            { labels: { state: 'idle' }, value: pool.idleCount },
            { labels: { state: 'waiting' }, value: pool.waitingCount },
          ],
        });
      }
      return `${requests.render('planik_http_request_duration_seconds', 'HTTP request latency by route pattern, method and status class.')}\n${renderGauges(gauges)}\n`;
    },
  };
}

export type MetricsService = ReturnType<typeof createMetricsService>;
