#!/usr/bin/env node
// Runs every test tier and prints how many tests each ran:
// typecheck · lint · unit · API on PGlite · API on PostgreSQL · browser, and — when PLANIK_TEST_NODE
// names another Node binary (CI sets Node 22) — unit and API on PGlite again under that runtime.
// Checks the machine's prerequisites first (scripts/test-prerequisites.mjs) and finds a
// PostgreSQL for its tier (scripts/test-postgres.mjs). Fails if any tier fails; under CI=true
// nothing is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrerequisites } from './test-prerequisites.mjs';
import { testPostgres } from './test-postgres.mjs';

const root = new URL('..', import.meta.url).pathname;
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const ci = process.env.CI === 'true' || process.env.CI === '1';
const skipE2e = process.env.PLANIK_SKIP_E2E === '1';

const { missing, skip } = ensurePrerequisites({ wanted: new Set(skipE2e ? ['documents', 'multi-instance'] : ['browser', 'documents', 'multi-instance']) });
const needNames = { browser: 'браузерные тесты', documents: 'проверки DOCX → PDF', 'multi-instance': 'проверка нескольких экземпляров за прокси' };
for (const m of missing) {
  const tiers = m.needs.map((n) => needNames[n]).join(', ');
  console.log(`${ci ? 'ОШИБКА' : 'ПРОПУСК'}: нет ${m.what} (${tiers}) — установите: apt-get install -y ${m.pkg}`);
}

const postgres = await testPostgres();
if (postgres.note) console.log(postgres.note);

const tiers = [
  { name: 'typecheck', command: [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.'] },
  { name: 'format', command: [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '--log-level', 'warn', '.'] },
  { name: 'unit', project: 'unit' },
  { name: 'api (PGlite)', project: 'api', env: { PLANIK_TEST_DB: 'pglite' } },
];
if (postgres.url) {
  tiers.push({ name: 'api (PostgreSQL)', project: 'api', env: { PLANIK_TEST_DB: 'postgres', TEST_DATABASE_URL: postgres.url } });
} else if (ci) {
  tiers.push({ name: 'api (PostgreSQL)', failed: 'CI=true: PostgreSQL недоступен' });
} else {
  tiers.push({ name: 'api (PostgreSQL)', skipped: 'нет PostgreSQL' });
}
const otherNode = process.env.PLANIK_TEST_NODE;
if (otherNode) {
  const version = spawnSync(otherNode, ['--version'], { encoding: 'utf8' }).stdout?.trim() || '?';
  tiers.push({ name: `unit (Node ${version})`, project: 'unit', node: otherNode, tag: 'other-node' });
  tiers.push({ name: `api PGlite (Node ${version})`, project: 'api', node: otherNode, tag: 'other-node', env: { PLANIK_TEST_DB: 'pglite' } });
}
if (skipE2e) tiers.push({ name: 'browser (Chromium)', skipped: 'PLANIK_SKIP_E2E=1' });
else if (skip.has('browser') && !ci) tiers.push({ name: 'browser (Chromium)', skipped: 'нет Chromium' });
else if (skip.has('browser')) tiers.push({ name: 'browser (Chromium)', failed: 'CI=true: нет Chromium' });
else tiers.push({ name: 'browser (Chromium)', project: 'e2e' });
if (ci && skip.has('multi-instance') && postgres.url) tiers.push({ name: 'multi-instance', failed: 'CI=true: нет HAProxy' });
if (ci && skip.has('documents')) tiers.push({ name: 'documents', failed: 'CI=true: нет LibreOffice или poppler' });

const summary = [];
for (const tier of tiers) {
  console.log(`\n=== ${tier.name} ===`);
  if (tier.skipped || tier.failed) {
    console.log(tier.skipped ?? tier.failed);
    summary.push({ name: tier.name, ok: !tier.failed, passed: 0, failed: tier.failed ? 1 : 0, skipped: 0, reason: tier.skipped ?? tier.failed });
    continue;
  }
  if (tier.command) {
    const r = spawnSync(process.execPath, tier.command, { cwd: root, stdio: 'inherit' });
    summary.push({ name: tier.name, ok: r.status === 0, passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1, skipped: 0 });
    continue;
  }
  const out = join(resultsDir, `vitest-${tier.project}-${tier.env?.PLANIK_TEST_DB ?? 'default'}${tier.tag ? `-${tier.tag}` : ''}.json`);
  rmSync(out, { force: true });
  const r = spawnSync(
    tier.node ?? process.execPath,
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
  const tail = s.reason ? ` (${s.reason})` : '';
  console.log(
    `${s.ok ? (s.reason ? '–' : '✓') : '✗'} ${s.name.padEnd(24)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}${tail}`,
  );
}
const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed = summary.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
await postgres.dispose?.();
process.exit(summary.every((s) => s.ok) ? 0 : 1);
