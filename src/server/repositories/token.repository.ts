import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiTokens, users } from '../db/schema/index.js';

export function insertToken(db: Db, values: typeof apiTokens.$inferInsert) {
  return db
    .insert(apiTokens)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function listTokensOfUser(db: Db, userId: string) {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

export async function findActiveTokenUser(db: Db, tokenHash: string) {
  const rows = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0];
}

export function markTokenUsed(db: Db, id: string) {
  return db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}

export function revokeToken(db: Db, id: string, userId: string) {
  return db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning()
    .then((r) => r[0]);
}
