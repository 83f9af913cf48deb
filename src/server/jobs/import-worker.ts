import { parentPort } from 'node:worker_threads';
import { importPlan, type ImportOptions } from '../../documents/import/import-plan.js';
import { isImportError } from '../../documents/import/import-error.js';
import type { PlanDraft } from '../../shared/plan-format.js';

export interface ImportJob {
  id: number;
  bytes: Uint8Array;
  options: ImportOptions;
}

export type ImportReply =
  { id: number; ok: true; draft: PlanDraft } | { id: number; ok: false; importError: { code: string; message: string } | null; message: string };

/** Parses uploads off the main thread: unzipping and reading a big DOCX is seconds of synchronous CPU work. */
async function parse(job: ImportJob): Promise<void> {
  try {
    const draft = await importPlan(job.bytes, job.options);
    parentPort!.postMessage({ id: job.id, ok: true, draft } satisfies ImportReply);
  } catch (error) {
    parentPort!.postMessage({
      id: job.id,
      ok: false,
      importError: isImportError(error) ? { code: error.code, message: error.message } : null,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ImportReply);
  }
}

// Every failure is caught inside parse and posted back, so nothing is left unhandled.
parentPort!.on('message', (job: ImportJob) => void parse(job));
