import { Worker } from 'node:worker_threads';
import { ImportError, type ImportErrorCode } from '../../documents/import/import-error.js';
import type { ImportOptions } from '../../documents/import/import-plan.js';
import type { PlanDraft } from '../../shared/plan-format.js';
import type { ImportJob, ImportReply } from './import-worker.js';

export interface ImportPoolOptions {
  /** Parallel parses (one worker thread each); more uploads wait in line. */
  size?: number;
  /** Heap limit of a worker: a document too big to read fails alone instead of taking the server down. */
  maxHeapMb?: number;
  /** A parse running longer than this is stopped (its worker is replaced) and refused. */
  timeoutMs?: number;
  /** Workers are stopped after this long without jobs and started again on demand. */
  idleMs?: number;
}

interface Job {
  id: number;
  bytes: Uint8Array;
  options: ImportOptions;
  resolve: (draft: PlanDraft) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const tooLarge = () =>
  new ImportError('import_too_large', 'Документ слишком велик для разбора: сохраните план отдельным файлом без лишних приложений или разбейте его на части.');
const tooSlow = () =>
  new ImportError(
    'import_too_large',
    'Разбор документа занял слишком много времени: сохраните план отдельным файлом без лишних приложений или разбейте его на части.',
  );

/**
 * Worker threads that run the importer (`importPlan`), so that reading a big
 * document never holds the event loop: /api/health and every other request are
 * answered while it runs. Errors keep their ImportError code and Russian message.
 */
export function createImportPool(options: ImportPoolOptions = {}) {
  const size = Math.max(1, options.size ?? 2);
  const maxHeapMb = options.maxHeapMb ?? 1536;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const idleMs = options.idleMs ?? 60_000;
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | null = null;
  let closed = false;

  function finish(slot: Slot, outcome: { draft: PlanDraft } | { error: Error }) {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job) {
      if ('draft' in outcome) job.resolve(outcome.draft);
      else job.reject(outcome.error);
    }
    pump();
  }

  function retire(slot: Slot, error: Error) {
    slots.delete(slot);
    void slot.worker.terminate();
    finish(slot, { error });
  }

  function spawn(): Slot {
    const worker = new Worker(new URL('./import-worker.boot.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: ImportReply) => {
      if (slot.job?.id !== reply.id) return;
      if (reply.ok) return finish(slot, { draft: reply.draft });
      const error = reply.importError
        ? new ImportError(reply.importError.code as ImportErrorCode, reply.importError.message)
        : new Error(`import failed: ${reply.message}`);
      finish(slot, { error });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slots.has(slot)) retire(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : error);
    });
    worker.on('exit', () => {
      if (slots.has(slot)) retire(slot, new Error('import worker exited'));
    });
    slots.add(slot);
    return slot;
  }

  function pump() {
    while (queue.length && !closed) {
      let slot = [...slots].find((s) => !s.job);
      if (!slot && slots.size < size) slot = spawn();
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => retire(slot!, tooSlow()), timeoutMs);
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, options: job.options } satisfies ImportJob);
    }
    if (![...slots].some((s) => s.job)) idle();
  }

  function idle() {
    for (const s of slots) s.worker.unref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if ([...slots].some((s) => s.job)) return;
      for (const s of [...slots]) {
        slots.delete(s);
        void s.worker.terminate();
      }
    }, idleMs);
    idleTimer.unref();
  }

  return {
    /** The same contract as `importPlan`, run on a worker thread. */
    parse(bytes: Uint8Array, importOptions: ImportOptions): Promise<PlanDraft> {
      if (idleTimer) clearTimeout(idleTimer);
      return new Promise<PlanDraft>((resolve, reject) => {
        queue.push({ id: nextId++, bytes, options: importOptions, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      for (const job of queue.splice(0)) job.reject(new Error('import pool closed'));
      const all = [...slots];
      slots.clear();
      for (const s of all) s.job?.reject(new Error('import pool closed'));
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

export type ImportPool = ReturnType<typeof createImportPool>;
