import { Worker } from 'node:worker_threads';
import type { DocumentOptions, ExportPlan } from '../../documents/export/export-plan.js';
import { AppError } from '../errors.js';
import type { RenderJob, RenderReply } from './render-worker.js';

export interface RenderPoolOptions {
  /** Heap limit of the worker: a plan too big to lay out fails alone instead of taking the server down. */
  maxHeapMb?: number;
  /** The worker is stopped after this long without jobs and started again on demand. */
  idleMs?: number;
}

interface Pending {
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

const tooLarge = () =>
  new AppError(
    'payload_too_large',
    'План слишком велик для выгрузки в этом формате. Выгрузите его в XLSX или CSV либо выгрузите часть плана (раздел, исполнитель, месяц).',
  );

/**
 * One worker thread that renders DOCX and PDF for big plans, one job at a time,
 * so that laying out thousands of rows does not stall every other request.
 */
export function createRenderPool(options: RenderPoolOptions = {}) {
  const maxHeapMb = options.maxHeapMb ?? 1536;
  const idleMs = options.idleMs ?? 60_000;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let idleTimer: NodeJS.Timeout | null = null;

  function failAll(error: Error) {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function start(): Worker {
    const w = new Worker(new URL('./render-worker.boot.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    w.on('message', (reply: RenderReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else p.reject(new Error(`render failed: ${reply.message}`));
      if (!pending.size) idle();
    });
    w.on('error', (error: Error & { code?: string }) => {
      worker = null;
      failAll(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : error);
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new Error('render worker exited'));
    });
    return w;
  }

  function idle() {
    worker?.unref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!pending.size) void close();
    }, idleMs);
    idleTimer.unref();
  }

  async function close() {
    if (idleTimer) clearTimeout(idleTimer);
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  }

  return {
    render(format: RenderJob['format'], plan: ExportPlan, renderOptions: DocumentOptions): Promise<Buffer> {
      worker ??= start();
      worker.ref();
      if (idleTimer) clearTimeout(idleTimer);
      const id = nextId++;
      const job: RenderJob = { id, format, plan, options: renderOptions };
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(job);
      });
    },
    close,
  };
}

export type RenderPool = ReturnType<typeof createRenderPool>;
