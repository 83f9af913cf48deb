/**
 * Re-dating a plan's occurrences after an election or event moved, and telling the executors whose due dates
 * changed: one notice per item and executor, in the caller's transaction, for «Мои мероприятия» and the next
 * reminder e-mail.
 */
import { dateChanges } from '../../domain/execution/date-changes.js';
import type { Db } from '../db/client.js';
import { dueRowsOfPlan, insertDeadlineNotices } from '../repositories/deadline-notice.repository.js';
import { syncOccurrences } from './occurrence-sync.js';

export async function syncOccurrencesWithNotices(tx: Db, planId: string, cause: string) {
  const before = await dueRowsOfPlan(tx, planId);
  const occurrences = await syncOccurrences(tx, planId);
  const changes = dateChanges(before, await dueRowsOfPlan(tx, planId));
  await insertDeadlineNotices(tx, planId, cause, changes);
  return { occurrences, notified: changes.length };
}
