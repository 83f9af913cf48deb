#!/usr/bin/env node
// Runs every test tier and prints how many tests each ran:
// typecheck · unit · API on PGlite · API on PostgreSQL (when TEST_DATABASE_URL is set) · browser.
// Fails if any tier fails, including when the PostgreSQL tier was asked for and could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

const tiers = [
  { name: 'typecheck', command: [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'unit', project: 'unit' },
  { name: 'api (PGlite)', project: 'api', env: { PLANIK_TEST_DB: 'pglite' } },
];
if (process.env.TEST_DATABASE_URL) {
  tiers.push({ name: 'api (PostgreSQL)', project: 'api', env: { PLANIK_TEST_DB: 'postgres' } });
} else {
  console.log('TEST_DATABASE_URL не задан: уровень API на PostgreSQL пропущен');
}
if (process.env.PLANIK_SKIP_E2E !== '1') tiers.push({ name: 'browser (Chromium)', project: 'e2e' });

const summary = [];
for (const tier of tiers) {
  console.log(`\n=== ${tier.name} ===`);
  if (tier.command) {
    const r = spawnSync(process.execPath, tier.command, { cwd: root, stdio: 'inherit' });
    summary.push({ name: tier.name, ok: r.status === 0, passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1, skipped: 0, note: 'tsc' });
    continue;
  }
  const out = join(resultsDir, `vitest-${tier.project}-${tier.env?.PLANIK_TEST_DB ?? 'default'}.json`);
  rmSync(out, { force: true });
  const r = spawnSync(
    process.execPath,
    [vitest, 'run', '--project', tier.project, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...tier.env } },
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    skipped = report.numPendingTests + report.numTodoTests;
  }
  // A non-zero exit with no failed test means the tier itself broke (setup error, unreachable database).
  const ok = r.status === 0;
  if (!ok && failed === 0) failed = 1;
  summary.push({ name: tier.name, ok, passed, failed, skipped });
}

console.log('\n=== Итог ===');
for (const s of summary) {
  console.log(`${s.ok ? '✓' : '✗'} ${s.name.padEnd(20)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
}
const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed = summary.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(summary.every((s) => s.ok) ? 0 : 1);
