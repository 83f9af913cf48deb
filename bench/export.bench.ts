/**
 * Export speed and memory: DOCX, XLSX and PDF of the largest seed plan and of a
 * generated 5,000-item plan. Each measurement runs in a fresh process, so its
 * peak memory is its own (RSS never shrinks inside one process).
 * Run: node --import tsx bench/export.bench.ts [repeats]
 */
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { planToDocx } from '../src/documents/export/docx.writer.js';
import type { ExportPlan } from '../src/documents/export/export-plan.js';
import { generatedPlan, seedExportPlan } from '../src/documents/export/export-plan.fixture.js';
import { countItems } from '../src/documents/export/plan-rows.js';
import { planToPdf } from '../src/documents/export/pdf.writer.js';
import { writeXlsx } from '../src/documents/export/xlsx.writer.js';

const FORMATS = ['docx', 'xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const PLANS = ['seed:kuzbass-work-plan-2024.txt', 'generated:5000'] as const;
/** Budgets for the 5,000-item plan: a request may take this long and this much memory. */
const BUDGET = { ms: 30_000, rssMb: 1024 };

async function loadPlan(spec: string): Promise<ExportPlan> {
  const [kind, arg] = spec.split(':') as [string, string];
  return kind === 'seed' ? seedExportPlan(arg as 'kuzbass-work-plan-2024.txt') : generatedPlan(Number(arg));
}

/** The XLSX writer streams; the bench drains the stream as a client would, counting bytes. */
async function xlsxBytes(plan: ExportPlan): Promise<number> {
  const stream = new PassThrough();
  let bytes = 0;
  stream.on('data', (c: Buffer) => (bytes += c.length));
  const done = new Promise((r) => stream.on('end', r));
  await writeXlsx(plan, {}, stream);
  await done;
  return bytes;
}

async function render(plan: ExportPlan, format: Format): Promise<number> {
  if (format === 'docx') return (await planToDocx(plan)).length;
  if (format === 'pdf') return (await planToPdf(plan)).length;
  return xlsxBytes(plan);
}

/** Child: one plan, one format; prints a JSON line. */
async function measure(spec: string, format: Format, repeats: number) {
  const plan = await loadPlan(spec);
  await render(plan, format); // warm-up: JIT, lazy modules, fonts
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 5);
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    bytes = await render(plan, format);
    runs.push(performance.now() - started);
    sample();
  }
  clearInterval(sampler);
  runs.sort((a, b) => a - b);
  console.log(JSON.stringify({ items: countItems(plan.items), median: runs[Math.floor(runs.length / 2)], peakRss, heapDelta: peakHeap - baseHeap, bytes }));
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

async function main() {
  if (process.argv[2] === '--one') return measure(process.argv[3]!, process.argv[4] as Format, Number(process.argv[5]));
  const repeats = Number(process.argv[2] ?? 3) || 3;
  const self = fileURLToPath(import.meta.url);
  let failed = false;
  console.log(`Export benchmark (median of ${repeats}, each in its own process)`);
  console.log('plan                              items  format    time, ms   peak RSS, MB   heap growth, MB   file, KB');
  for (const spec of PLANS) {
    for (const format of FORMATS) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--one', spec, format, String(repeats)], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        console.log(`${spec} ${format}: FAILED\n${child.stderr}`);
        failed = true;
        continue;
      }
      const r = JSON.parse(line) as { items: number; median: number; peakRss: number; heapDelta: number; bytes: number };
      const over = r.items >= 5000 && (r.median > BUDGET.ms || r.peakRss / 1024 / 1024 > BUDGET.rssMb);
      if (over) failed = true;
      console.log(
        `${spec.padEnd(33)} ${String(r.items).padStart(5)}  ${format.padEnd(6)} ${r.median.toFixed(0).padStart(10)} ${mb(r.peakRss).padStart(14)} ${mb(r.heapDelta).padStart(17)} ${(r.bytes / 1024).toFixed(0).padStart(10)}${over ? `  over budget (${BUDGET.ms} ms, ${BUDGET.rssMb} MB)` : ''}`,
      );
    }
  }
  if (failed) process.exitCode = 1;
}

await main();
