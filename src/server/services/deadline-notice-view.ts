import type { Db } from '../db/client.js';
import { noticesOfItems } from '../repositories/deadline-notice.repository.js';

/** A notice stays on the executor's list for a month: long enough to be seen, short enough not to clutter. */
const SHOWN_DAYS = 30;

export interface DateChangeDto {
  before: string[];
  after: string[];
  cause: string;
  at: string;
}

/** The latest recent date-change notice per item and executor of the listed occurrences. */
export async function latestNotices(db: Db, list: readonly { itemId: string; executorKey: string }[], now: Date): Promise<Map<string, DateChangeDto>> {
  const wanted = new Set(list.map((o) => `${o.itemId}|${o.executorKey}`));
  const since = now.getTime() - SHOWN_DAYS * 86_400_000;
  const out = new Map<string, DateChangeDto>();
  for (const n of await noticesOfItems(db, [...new Set(list.map((o) => o.itemId))])) {
    const key = `${n.itemId}|${n.executorKey}`;
    if (!wanted.has(key) || out.has(key) || n.createdAt.getTime() < since) continue;
    out.set(key, { before: n.before, after: n.after, cause: n.cause, at: n.createdAt.toISOString() });
  }
  return out;
}
