import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { imports } from '../db/schema/index.js';

export type ImportRow = typeof imports.$inferSelect;

export function insertImport(db: Db, values: typeof imports.$inferInsert) {
  return db
    .insert(imports)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function findImport(db: Db, id: string) {
  return db.query.imports.findFirst({ where: eq(imports.id, id) });
}

export function updateImportDraft(db: Db, id: string, draft: Record<string, unknown>) {
  return db
    .update(imports)
    .set({ draft })
    .where(eq(imports.id, id))
    .returning()
    .then((r) => r[0]!);
}

/** A re-read replaces the draft and the corrections it was read with together. */
export function updateImportReading(db: Db, id: string, draft: Record<string, unknown>, overrides: Record<string, unknown>) {
  return db
    .update(imports)
    .set({ draft, overrides })
    .where(eq(imports.id, id))
    .returning()
    .then((r) => r[0]!);
}

export function deleteImport(db: Db, id: string) {
  return db.delete(imports).where(eq(imports.id, id));
}
