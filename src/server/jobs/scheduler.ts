import type { EscalationService } from '../services/escalation.service.js';
import type { ReminderService } from '../services/reminder.service.js';
import type { TallyWarmService } from '../services/tally-warm.service.js';

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * In-process scheduler: every instance ticks, the job table decides which one
 * runs a due job (see claimDueJob). With embedded PGlite there is one process.
 */
export function startScheduler(
  reminders: ReminderService,
  options: { intervalMs?: number; log?: (message: string, error?: unknown) => void; escalations?: EscalationService; tallies?: TallyWarmService } = {},
): Scheduler {
  const interval = options.intervalMs ?? 60_000;
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = reminders
      .tick()
      .catch((error) => options.log?.('Напоминания: ошибка запуска задания', error))
      // Escalation notices live in the app, so they run with or without a mail server.
      .then(() => options.escalations?.tick())
      .catch((error) => options.log?.('Эскалация: ошибка проверки просроченных отчетов', error))
      .then(() => options.tallies?.tick())
      .catch((error) => options.log?.('Сводные показатели: ошибка пересчета', error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, interval);
  timer.unref();
  setTimeout(run, Math.min(5_000, interval)).unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
