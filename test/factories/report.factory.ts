import type { Db } from '../../src/server/db/client.js';
import { reports } from '../../src/server/db/schema/index.js';
import type { reportStatusValues } from '../../src/shared/execution-api.js';

export type ReportRow = typeof reports.$inferSelect;

export interface ReportOptions {
  occurrenceId: string;
  authorId: string;
  status?: (typeof reportStatusValues)[number];
  text?: string | null;
  movedTo?: string | null;
  metrics?: Record<string, number>;
  reviewStatus?: 'pending' | 'accepted' | 'returned';
}

/**
 * A report stored as the submission path stores it, without the journal entry: for tests about what happens to
 * plans, items and occurrences that already have reports. Tests of submitting itself go through the API.
 */
export async function createReport(db: Db, options: ReportOptions): Promise<ReportRow> {
  const [row] = await db
    .insert(reports)
    .values({
      occurrenceId: options.occurrenceId,
      authorId: options.authorId,
      status: options.status ?? 'done',
      text: options.text ?? 'Исполнено',
      movedTo: options.movedTo ?? null,
      metrics: options.metrics ?? {},
      ...(options.reviewStatus ? { reviewStatus: options.reviewStatus } : {}),
    })
    .returning();
  return row!;
}
