import { randomBytes } from 'node:crypto';
import { chairmanWindow } from '../../domain/execution/chairman.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import type { Db } from '../db/client.js';
import { organizationTimeZoneList } from '../repositories/execution-tally.repository.js';
import { plansByReaderZone, purgeUnreadTallies, warmPlanTallies } from '../repositories/plan-tally-cache.repository.js';
import { claimDueJob, ensureJob, finishJob } from '../repositories/reminder.repository.js';

const WARM_JOB = 'plan-tally-warm';
const EVERY_MS = 60_000;

/**
 * Keeps the plan tally cache warm in the background: every minute one instance (the
 * job table decides) recomputes the plans a write marked and those whose day ended in one
 * of their time zones — so after each zone's midnight the first reader of the national
 * roll-up or the summary does not pay for the whole country, and a burst of reports is
 * absorbed before the next read.
 */
export function createTallyWarmService(db: Db, now: () => Date = () => new Date()) {
  const instance = `${process.pid}-${randomBytes(4).toString('hex')}`;

  async function run() {
    const at = now();
    await purgeUnreadTallies(db);
    const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
    let plans = 0;
    let recomputed = 0;
    for (const [tz, planIds] of await plansByReaderZone(db)) {
      plans += planIds.length;
      recomputed += await warmPlanTallies(db, planIds, zones, chairmanWindow(todayIn(tz, at)));
    }
    return { plans, recomputed };
  }

  return {
    run,
    async tick() {
      await ensureJob(db, WARM_JOB, now());
      const job = await claimDueJob(db, WARM_JOB, instance, 1800);
      if (!job) return { ran: false };
      try {
        const result = await run();
        await finishJob(db, WARM_JOB, instance, { nextRunAt: new Date(now().getTime() + EVERY_MS), error: null, result });
        return { ran: true, ...result };
      } catch (error) {
        await finishJob(db, WARM_JOB, instance, {
          nextRunAt: new Date(now().getTime() + EVERY_MS),
          error: error instanceof Error ? error.message : String(error),
          result: null,
        });
        throw error;
      }
    },
  };
}

export type TallyWarmService = ReturnType<typeof createTallyWarmService>;
