import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedPlan } from '../../documents/export/export-plan.fixture.js';
import { AppError } from '../errors.js';
import { createRenderPool, type RenderPool } from './render-pool.js';

let pool: RenderPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('render pool', () => {
  it('renders DOCX and PDF in a worker thread, one job after another', { timeout: 60_000 }, async () => {
    pool = createRenderPool();
    const [docx, pdf] = await Promise.all([pool.render('docx', generatedPlan(400), {}), pool.render('pdf', generatedPlan(50), { fontSize: 14 })]);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('>4.1<');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a plan too big for the worker’s heap fails alone, as «too large»', { timeout: 120_000 }, async () => {
    pool = createRenderPool({ maxHeapMb: 64 });
    const error = await pool.render('docx', generatedPlan(20_000), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('payload_too_large');
    // The next job gets a fresh worker.
    const small = await pool.render('pdf', generatedPlan(5), {});
    expect(small.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
