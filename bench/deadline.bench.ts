/**
 * Deadline engine throughput on the seed phrases: parse + resolve against each
 * seed's plan period, one core, as the importer and the live preview call it.
 * Run: npx tsx bench/deadline.bench.ts [seconds]
 */
import { interpretDeadline, parseDeadline } from '../src/domain/deadline/index.js';
import { seedPhrases } from '../src/domain/deadline/seed-phrases.fixture.js';

const TARGET_PER_SECOND = 100_000;
const seconds = Number(process.argv[2] ?? 3) || 3;

const cases = seedPhrases().map(({ text, period }) => ({ text, ctx: { period } }));
const calendarPlan = [
  'не позднее чем за 45 дней до дня голосования',
  'не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования',
  'в течение 20 дней после дня выборов',
  'в день голосования',
  'в период подготовки и проведения выборов',
].map((text) => ({ text, ctx: { elections: [{ votingDay: '2024-09-08', calledOn: '2024-06-10' }] } }));

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}

let sink = 0;

function run(label: string, list: { text: string; ctx: object }[], op: (text: string, ctx: object) => number): number {
  // Warm-up lets the JIT settle so the figure is the steady state.
  for (let i = 0; i < 20_000; i++) {
    const c = list[i % list.length]!;
    sink += op(c.text, c.ctx);
  }
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < 5_000; i++) {
      const c = list[n % list.length]!;
      sink += op(c.text, c.ctx);
      n++;
    }
    sampleMemory();
  }
  const elapsed = (performance.now() - started) / 1000;
  const rate = n / elapsed;
  console.log(
    `${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} /s  ` +
      `${((elapsed / n) * 1e6).toFixed(2)} µs each  ×${(rate / TARGET_PER_SECOND).toFixed(2)} of target`,
  );
  return rate;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

sampleMemory();
console.log(`Deadline engine benchmark — ${cases.length} seed phrases, ${seconds} s per run, Node ${process.version}`);
console.log(`Target: ${TARGET_PER_SECOND.toLocaleString('en-US')} parses+resolves per second on one core\n`);
const main = run('seed phrases: parse + resolve', cases, (t, ctx) => interpretDeadline(t, ctx).windows.length);
run('seed phrases: parse only', cases, (t) => parseDeadline(t).flags.length);
run('calendar-plan phrases (voting day): both', calendarPlan, (t, ctx) => interpretDeadline(t, ctx).windows.length);
console.log(`\nPeak memory: rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);
console.log(
  `Result: ${Math.round(main).toLocaleString('en-US')} parses+resolves/s = ${(main / TARGET_PER_SECOND).toFixed(2)}× the target ` +
    `(${main >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
);
if (sink === -1) console.log(sink);
