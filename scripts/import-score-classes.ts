/**
 * The misses of a held-out directory grouped by kind of fact only (no document, no values):
 *   node --import tsx scripts/import-score-classes.ts test/fixtures/import-corpus/<held-out folder>
 * Says which stage to work on without showing what any held-out document holds.
 */
import { corpusCases, runCase } from '../test/fixtures/import-corpus.fixture.js';

const dir = process.argv[2] ?? 'test/fixtures/import-corpus';
const kinds = new Map<string, { ok: number; all: number }>();
const kindOf = (name: string) =>
  name
    .replace(/«[^»]*»/g, '«…»')
    .replace(/#?\d+(\.\d+)*/g, 'N')
    .replace(/item N [^ ]+ /, 'item ')
    .split(' ')
    .slice(0, 3)
    .join(' ');
for (const c of corpusCases(dir)) {
  const r = await runCase(c);
  for (const f of r.results) {
    const k = kindOf(f.name);
    const e = kinds.get(k) ?? { ok: 0, all: 0 };
    e.all++;
    if (f.ok) e.ok++;
    kinds.set(k, e);
  }
}
for (const [k, e] of [...kinds].sort((a, b) => b[1].all - b[1].ok - (a[1].all - a[1].ok))) console.log(`${e.ok}/${e.all}\t${k}`);
