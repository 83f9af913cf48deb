#!/usr/bin/env node
// Runs every benchmark in bench/ (each prints its figures and the ratio to its target).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// Names select benchmarks; flags (--regions 90) and their values pass through to each of them.
const only = [];
const passThrough = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i].startsWith('--')) {
    passThrough.push(argv[i]);
    if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) passThrough.push(argv[++i]);
  } else only.push(argv[i]);
}
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file), ...passThrough], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
