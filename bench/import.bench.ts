/**
 * Importer speed: each seed as text and as DOCX, and a generated 5,000-item plan (text and
 * DOCX) against the 2-second target; peak memory is sampled while importing.
 * Run: npx tsx bench/import.bench.ts [repeats]   (node --expose-gc --import tsx … for exact heap figures)
 */
import { importPlan } from '../src/documents/import/import-plan.js';
import { seedToDocx } from '../test/fixtures/seed-docx.fixture.js';
import { SEEDS, seedBytes, seedText, type SeedName } from '../test/fixtures/seed-files.fixture.js';

const TARGET_MS = 2000;
const repeats = Number(process.argv[2] ?? 5) || 5;

let peakRss = 0;
let peakHeap = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 2);

function generatedPlan(items: number): string {
  const lines = [
    'УТВЕРЖДЕН',
    'постановлением Избирательной комиссии Калужской области',
    'от 27.12.2024 № 1/1-8',
    '',
    'План основных мероприятий Избирательной комиссии Калужской области на 2025 год',
    '№ п/п\tНаименование мероприятия\tСрок исполнения\tИсполнители\tПримечание',
    '1\t2\t3\t4\t5',
  ];
  const months = ['Январь', 'Февраль', 'Март', 'Апрель', 'Весь период', 'До 1 февраля', 'ежеквартально', 'не позднее 15.03.2025'];
  const executors = ['ИККО', 'ИККО ТИК', 'Иванов И.И., юридический отдел', 'члены Рабочей группы, Петрова Е.А.'];
  const perSection = 50;
  let n = 0;
  for (let s = 1; n < items; s++) {
    lines.push(`${s}. Раздел номер ${s}: направление деятельности комиссии\t\t\t\t`);
    for (let i = 1; i <= perSection && n < items; i++, n++) {
      const title = `Организация и проведение мероприятия № ${n + 1} по повышению правовой культуры избирателей и обучению организаторов выборов`;
      lines.push(`${s}.${i}\t${title}\t${months[n % months.length]}\t${executors[n % executors.length]}\t${n % 7 === 0 ? 'по отдельному плану' : ''}`);
      if (n % 200 === 199) lines.push('', '№ п/п\tНаименование мероприятия\tСрок исполнения\tИсполнители\tПримечание', '1\t2\t3\t4\t5');
    }
  }
  lines.push('', 'Принятые сокращения:', 'ИККО – Избирательная комиссия Калужской области', 'ТИК – территориальная избирательная комиссия');
  return lines.join('\n');
}

async function time(label: string, bytes: Uint8Array, target: number | null): Promise<void> {
  await importPlan(bytes); // warm-up: JIT and lazy modules
  globalThis.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  peakHeap = baseline;
  const runs: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    const draft = await importPlan(bytes);
    runs.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    count = countItems(draft.items);
    sample();
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)]!;
  // On a shared machine wall time swings with other load; CPU time shows the importer's own cost.
  const cpuMedian = cpu[Math.floor(cpu.length / 2)]!;
  const ratio = target ? `  ${(median / target).toFixed(3)} of target` : '';
  const heap = ((peakHeap - baseline) / 1024 / 1024).toFixed(0);
  console.log(
    `${label.padEnd(30)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB ${String(count).padStart(5)} rows  median ${median.toFixed(0).padStart(5)} ms (cpu ${cpuMedian.toFixed(0).padStart(5)} ms)  max ${runs[runs.length - 1]!.toFixed(0).padStart(5)} ms  heap +${heap.padStart(3)} MB${ratio}`,
  );
}

function countItems(items: { children: unknown[] }[]): number {
  return items.reduce((n, i) => n + 1 + countItems(i.children as { children: unknown[] }[]), 0);
}

// Inputs are built first so that building Word files does not count in the import figures.
const inputs: [string, Uint8Array][] = [];
for (const name of Object.keys(SEEDS) as SeedName[]) {
  inputs.push([`seed ${name} (text)`, seedBytes(name)]);
  inputs.push([`seed ${name} (docx)`, await seedToDocx(seedText(name), SEEDS[name].layout)]);
}
const big = generatedPlan(5000);
inputs.push(['generated 5,000 items (text)', new TextEncoder().encode(big)]);
inputs.push(['generated 5,000 items (docx)', await seedToDocx(big, 'tables')]);

console.log(`importPlan, median of ${repeats} runs after a warm-up (Node ${process.version}); target ${TARGET_MS} ms`);
const rssBefore = process.memoryUsage().rss;
peakRss = rssBefore;
for (const [label, bytes] of inputs) await time(label, bytes, TARGET_MS);
clearInterval(sampler);
sample();
console.log(`process rss: ${(rssBefore / 1024 / 1024).toFixed(0)} MB before imports, peak ${(peakRss / 1024 / 1024).toFixed(0)} MB during them`);
