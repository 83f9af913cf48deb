import { Readable } from 'node:stream';
import { asc, count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupStream } from '../../src/server/backup/backup.js';
import { restoreBackup } from '../../src/server/backup/restore.js';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { auditEvents, itemExecutors, planItems, plans, users } from '../../src/server/db/schema/index.js';
import { computeNumbers } from '../../src/domain/plan/tree.js';
import { client } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createPostgresDatabase, databaseUrlFor, dropPostgresDatabase, testDatabaseKind, testDatabaseUrl } from '../support/template-db.js';

let t: TestApp;
let target: Database;
let dropTarget = async () => {};

async function emptyDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'postgres') {
    const name = await createPostgresDatabase();
    dropTarget = () => dropPostgresDatabase(name);
    const db = await openPostgres(databaseUrlFor(testDatabaseUrl(), name), 3);
    await runMigrations(db);
    return db;
  }
  const db = await openPglite();
  await runMigrations(db);
  return db;
}

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  t = await createTestApp();
  target = await emptyDatabase();
});
afterAll(async () => {
  await t.close();
  await target.close();
  await dropTarget();
});

describe('backup and restore', () => {
  it('a backup taken under write load restores to a consistent copy, and the restore is audited', async () => {
    const kaluga = client(t, await t.login('kaluga'));
    const plan = (await kaluga.post('/api/plans', { kind: 'other', title: 'План под нагрузкой' })).body;
    const before = new Set((await t.database.db.select({ id: planItems.id }).from(planItems)).map((r) => r.id));

    // Writers keep adding items while the backup is taken.
    let writing = true;
    const writers = [0, 1].map(async (w) => {
      let n = 0;
      while (writing && n < 60) await kaluga.post(`/api/plans/${plan.id}/items`, { title: `Пункт ${w}-${n++}`, position: 0 });
    });
    await new Promise((r) => setTimeout(r, 150));
    const bytes = await toBuffer(createBackupStream(t.database));
    writing = false;
    await Promise.all(writers);

    const counts = await restoreBackup(target, Readable.from([bytes]), { ip: 'test' });
    expect(counts.plans).toBeGreaterThanOrEqual(6);

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
    expect(restoredPlans.map((p) => [p.id, p.title, p.approvalNumber, p.periodStart])).toEqual(sourcePlans.map((p) => [p.id, p.title, p.approvalNumber, p.periodStart]));
    const [execSource] = await t.database.db.select({ n: count() }).from(itemExecutors);
    const [execRestored] = await target.db.select({ n: count() }).from(itemExecutors);
    expect(execRestored!.n).toBeLessThanOrEqual(execSource!.n);
    expect(execRestored!.n).toBeGreaterThan(0);
    expect((await target.db.select().from(users)).map((u) => u.login).sort()).toEqual((await t.database.db.select().from(users)).map((u) => u.login).sort());

    const restoreEvents = (await target.db.select().from(auditEvents)).filter((e) => e.action === 'system.restore');
    expect(restoreEvents).toHaveLength(1);
    // The identity sequence continues after the restored events.
    const kalugaRow = (await target.db.select().from(users)).find((u) => u.login === 'kaluga')!;
    await target.db.insert(auditEvents).values({ action: 'test', entityType: 'test', actorId: kalugaRow.id });
  }, 120_000);

  it('refuses to restore into a database that already holds data, or a damaged file, changing nothing', async () => {
    const bytes = await toBuffer(createBackupStream(t.database));
    await expect(restoreBackup(t.database, Readable.from([bytes]))).rejects.toThrow(/пустую базу/);
    await expect(restoreBackup(target, Readable.from([Buffer.from('not a backup')]))).rejects.toThrow();
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
