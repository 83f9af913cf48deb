import { parentPort } from 'node:worker_threads';
import { planToDocx } from '../../documents/export/docx.writer.js';
import type { DocumentOptions, ExportPlan } from '../../documents/export/export-plan.js';
import { planToPdf } from '../../documents/export/pdf.writer.js';

export interface RenderJob {
  id: number;
  format: 'docx' | 'pdf';
  plan: ExportPlan;
  options: DocumentOptions;
}

export type RenderReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/** Lays out big documents off the main thread: the docx and pdfmake writers are synchronous CPU work. */
async function render(job: RenderJob): Promise<void> {
  try {
    const bytes = job.format === 'docx' ? await planToDocx(job.plan, job.options) : await planToPdf(job.plan, job.options);
    parentPort!.postMessage({ id: job.id, ok: true, bytes } satisfies RenderReply);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
  }
}

// Every failure is caught inside render and posted back, so nothing is left unhandled.
parentPort!.on('message', (job: RenderJob) => void render(job));
