import DataLoader from 'dataloader';
import type { Db } from '../db/client.js';
import { insertReportsAudited, type ReportSubmission, type StoredReport } from '../repositories/report.repository.js';

/**
 * Stores reports through one statement per turn of the event loop: submissions
 * that arrive together (the rush before a deadline) share a round trip and a
 * commit instead of queueing for the pool one by one. A lone submission waits no
 * longer than the current turn. A batch that fails is retried report by report,
 * so one bad submission never fails the others.
 */
export function createReportWriter(db: Db, maxBatchSize = 100) {
  const loader = new DataLoader<ReportSubmission, StoredReport | null>(
    async (batch) => {
      try {
        return await insertReportsAudited(db, batch);
      } catch (error) {
        if (batch.length === 1) throw error;
        return Promise.all(
          batch.map((s) =>
            insertReportsAudited(db, [s]).then(
              (stored) => stored[0]!,
              (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
            ),
          ),
        );
      }
    },
    { cache: false, maxBatchSize, batchScheduleFn: (run) => setImmediate(run) },
  );
  return (submission: ReportSubmission): Promise<StoredReport | null> => loader.load(submission);
}
