import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { asc, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupStream } from '../../src/server/backup/backup.js';
import { restoreBackup } from '../../src/server/backup/restore.js';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { auditEvents, fileBlobs, files, itemExecutors, planItems, plans, reports, users } from '../../src/server/db/schema/index.js';
import { databaseFileStorage } from '../../src/server/storage/database-storage.js';
import type { FileStorage } from '../../src/server/storage/file-storage.js';
import { computeNumbers } from '../../src/domain/plan/tree.js';
import { chairmanWindow } from '../../src/domain/execution/chairman.js';
import { todayIn } from '../../src/domain/execution/occurrence-state.js';
import { organizationTimeZoneList } from '../../src/server/repositories/execution-tally.repository.js';
import { cachedTallies, liveTallies } from '../../src/server/services/chairman-tallies.js';
import { client } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from '../support/template-db.js';

let t: TestApp;
let target: Database;
let sourceDir: string;
let sourceFiles: FileStorage;
let targetFiles: FileStorage;
let dropTarget = async () => {};

async function emptyDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (testDatabaseKind() === 'postgres') {
    const name = await createPostgresDatabase();
    const db = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 3);
    await runMigrations(db);
    return { db, drop: async () => (await db.close(), await dropPostgresDatabase(name)) };
  }
  const db = await openPglite();
  await runMigrations(db);
  return { db, drop: () => db.close() };
}

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  sourceDir = await mkdtemp(join(tmpdir(), 'planik-backup-src-'));
  t = await createTestApp({ DATA_DIR: sourceDir });
  // The app keeps uploads in its database (FILE_STORAGE's default); the target restores into its own.
  sourceFiles = databaseFileStorage(t.database.db);
  const empty = await emptyDatabase();
  target = empty.db;
  targetFiles = databaseFileStorage(target.db);
  dropTarget = empty.drop;
});
afterAll(async () => {
  await t.close();
  await dropTarget();
  await rm(sourceDir, { recursive: true, force: true });
});

/** An executor of a ТИК reports on the regional plan with a file attached. */
async function reportWithFile(name: string, content: Buffer) {
  const cookie = await t.login('kaluga-tik');
  const body = multipart([{ field: 'file', filename: name, content }]);
  const uploaded = await t.app.inject({ method: 'POST', url: '/api/files', headers: { ...body.headers, cookie }, payload: body.payload });
  expect(uploaded.statusCode).toBe(201);
  const tik = client(t, cookie);
  const occurrence = (await tik.get('/api/me/occurrences?state=all')).body.occurrences[0];
  const report = await tik.post(`/api/occurrences/${occurrence.id}/reports`, {
    status: 'done',
    text: `Отчет с файлом ${name}`,
    fileIds: [JSON.parse(uploaded.body).id],
  });
  expect(report.status).toBe(201);
}

async function bytesOf(storage: FileStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await storage.open(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const pdfOf = (size: number, seed: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size, seed), Buffer.from('\n%%EOF\n')]);

describe('backup and restore', () => {
  it('a backup taken under write load restores to a consistent copy, and the restore is audited', async () => {
    const kaluga = client(t, await t.login('kaluga'));
    // Two files: one larger than a backup chunk (several chunk lines), one small.
    await reportWithFile('протокол.pdf', pdfOf(2_000_000, 7));
    await reportWithFile('справка.pdf', pdfOf(1000, 9));
    const plan = (await kaluga.post('/api/plans', { kind: 'other', title: 'План под нагрузкой' })).body;
    const before = new Set((await t.database.db.select({ id: planItems.id }).from(planItems)).map((r) => r.id));

    // Writers keep adding items while the backup is taken.
    let writing = true;
    const writers = [0, 1].map(async (w) => {
      let n = 0;
      while (writing && n < 60) await kaluga.post(`/api/plans/${plan.id}/items`, { title: `Пункт ${w}-${n++}`, position: 0 });
    });
    await new Promise((r) => setTimeout(r, 150));
    const bytes = await toBuffer(createBackupStream(t.database, sourceFiles));
    writing = false;
    await Promise.all(writers);

    const counts = await restoreBackup(target, Readable.from([bytes]), { ip: 'test' }, targetFiles);
    expect(counts.plans).toBeGreaterThanOrEqual(6);
    expect(counts.storedFiles).toBe(2);

    // Reports and their files: the same rows, and the same bytes in the target's storage.
    const sourceReports = await t.database.db.select().from(reports).orderBy(asc(reports.id));
    const restoredReports = await target.db.select().from(reports).orderBy(asc(reports.id));
    expect(restoredReports.map((r) => [r.id, r.text, r.fileIds])).toEqual(sourceReports.map((r) => [r.id, r.text, r.fileIds]));
    const sourceFileRows = await t.database.db.select().from(files).orderBy(asc(files.id));
    expect(sourceFileRows).toHaveLength(2);
    expect(await target.db.select().from(files).orderBy(asc(files.id))).toEqual(sourceFileRows);
    for (const f of sourceFileRows) expect((await bytesOf(targetFiles, f.storageKey)).equals(await bytesOf(sourceFiles, f.storageKey))).toBe(true);

    const restoredItems = await target.db.select().from(planItems).orderBy(asc(planItems.id));
    const finalIds = new Set((await t.database.db.select({ id: planItems.id }).from(planItems)).map((r) => r.id));
    for (const id of before) expect(restoredItems.some((i) => i.id === id)).toBe(true);
    for (const item of restoredItems) expect(finalIds.has(item.id)).toBe(true);
    // A consistent snapshot: within every plan the stored numbers match the tree.
    const byPlan = new Map<string, typeof restoredItems>();
    for (const i of restoredItems) byPlan.set(i.planId, [...(byPlan.get(i.planId) ?? []), i]);
    for (const items of byPlan.values()) {
      const numbers = computeNumbers(items);
      for (const i of items) expect(i.number).toBe(numbers.get(i.id));
    }
    // Same rows as the source for everything that existed before the writes.
    const sourcePlans = await t.database.db.select().from(plans).orderBy(asc(plans.id));
    const restoredPlans = await target.db.select().from(plans).orderBy(asc(plans.id));
    expect(restoredPlans.map((p) => [p.id, p.title, p.approvalNumber, p.periodStart])).toEqual(
      sourcePlans.map((p) => [p.id, p.title, p.approvalNumber, p.periodStart]),
    );
    const [execSource] = await t.database.db.select({ n: count() }).from(itemExecutors);
    const [execRestored] = await target.db.select({ n: count() }).from(itemExecutors);
    expect(execRestored!.n).toBeLessThanOrEqual(execSource!.n);
    expect(execRestored!.n).toBeGreaterThan(0);
    expect((await target.db.select().from(users)).map((u) => u.login).sort()).toEqual((await t.database.db.select().from(users)).map((u) => u.login).sort());

    // The tally cache is not in the backup: the restored system computes it from the rows, equal to the live reading.
    const restoredIds = restoredPlans.map((p) => p.id);
    const today = new Map((await organizationTimeZoneList(target.db)).map((z) => [z, todayIn(z)] as const));
    const window = chairmanWindow(todayIn('Europe/Moscow'));
    const byGroup = <T extends { regionId: string | null; level: string }>(rows: T[]) =>
      [...rows].sort((a, b) => `${a.regionId}|${a.level}`.localeCompare(`${b.regionId}|${b.level}`));
    const cached = byGroup(await cachedTallies.regionLevel(target.db, restoredIds, today, window));
    expect(cached.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(0);
    expect(cached).toEqual(byGroup(await liveTallies.regionLevel(target.db, restoredIds, today, window)));

    const restoreEvents = (await target.db.select().from(auditEvents)).filter((e) => e.action === 'system.restore');
    expect(restoreEvents).toHaveLength(1);
    expect(restoreEvents[0]!.after).toMatchObject({ storedFiles: 2, missingFiles: [] });
    // The identity sequence continues after the restored events.
    const kalugaRow = (await target.db.select().from(users)).find((u) => u.login === 'kaluga')!;
    await target.db.insert(auditEvents).values({ action: 'test', entityType: 'test', actorId: kalugaRow.id });
  }, 120_000);

  it('refuses to restore into a database that already holds data, or a damaged file, changing nothing', async () => {
    const bytes = await toBuffer(createBackupStream(t.database));
    await expect(restoreBackup(t.database, Readable.from([bytes]))).rejects.toThrow(/пустую базу/);
    await expect(restoreBackup(target, Readable.from([Buffer.from('not a backup')]))).rejects.toThrow();
  });

  it('a file whose bytes do not match their checksum fails the restore, and nothing is restored', async () => {
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(await toBuffer(createBackupStream(t.database, sourceFiles)))
      .toString('utf8')
      .split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"f":'));
    expect(at).toBeGreaterThan(0);
    const chunk = JSON.parse(lines[at]!);
    const bytes = Buffer.from(chunk.b, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    lines[at] = JSON.stringify({ f: chunk.f, b: bytes.toString('base64') });
    const fresh = await emptyDatabase();
    try {
      await expect(restoreBackup(fresh.db, Readable.from([gzipSync(lines.join('\n'))]), { ip: 'test' }, databaseFileStorage(fresh.db.db))).rejects.toThrow(
        /контрольная сумма/,
      );
      expect(await fresh.db.db.select().from(plans)).toHaveLength(0);
      expect(await fresh.db.db.select().from(files)).toHaveLength(0);
      // Bytes stored before the bad chunk went with the rolled-back transaction.
      expect(await fresh.db.db.select().from(fileBlobs)).toHaveLength(0);
    } finally {
      await fresh.drop();
    }
  });

  it('GET /api/admin/backup is for the system administrator only', async () => {
    const denied = await t.app.inject({ method: 'GET', url: '/api/admin/backup', headers: { cookie: await t.login('kaluga') } });
    expect(denied.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'GET', url: '/api/admin/backup', headers: { cookie: await t.login('admin') } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('application/gzip');
    expect(ok.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });
});
