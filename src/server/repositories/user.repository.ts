import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { anyOf } from './sql-array.js';
import type { Db } from '../db/client.js';
import { sessions, users } from '../db/schema/index.js';
import { subtreeSql } from './organization.repository.js';

export type UserRow = typeof users.$inferSelect;

export function findUserByLogin(db: Db, login: string) {
  return db.query.users.findFirst({ where: eq(users.login, login) });
}

export function findUserById(db: Db, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export function insertUser(db: Db, values: typeof users.$inferInsert) {
  return db
    .insert(users)
    .values(values)
    .returning()
    .then((r) => r[0]!);
}

export function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  return db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning()
    .then((r) => r[0]);
}

/**
 * Claims one sign-in attempt before the password is checked, in one statement:
 * parallel guesses each get their own number, so no more than `max` of them are
 * ever verified per lockout window. The attempt that reaches `max` sets the lock;
 * an expired lock starts the count afresh. Returns the attempt's number
 * (greater than `max` → the account is locked) — a success resets it.
 */
export function claimLoginAttempt(db: Db, id: string, now: Date, max: number, lockUntil: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at})`;
  const attempt = sql`(case when ${expired} then 1 else ${users.failedLogins} + 1 end)`;
  return db
    .update(users)
    .set({
      failedLogins: attempt,
      lockedUntil: sql`case when ${users.lockedUntil} > ${at} then ${users.lockedUntil} when ${attempt} >= ${max} then ${lockUntil.toISOString()}::timestamptz else null end`,
    })
    .where(eq(users.id, id))
    .returning({ attempt: users.failedLogins })
    .then((r) => r[0]?.attempt ?? Number.POSITIVE_INFINITY);
}

export function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  return db.insert(sessions).values(values);
}

/** The users of several live sessions at once (concurrent requests share one query). */
export function findSessionUsers(db: Db, tokenHashes: readonly string[], now: Date) {
  return db
    .select({ tokenHash: sessions.tokenHash, user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(anyOf(sessions.tokenHash, [...tokenHashes], 'text'), gt(sessions.expiresAt, now)));
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning({ userId: sessions.userId });
}

export function deleteExpiredSessions(db: Db, now: Date) {
  return db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export function deleteSessionsOfUser(db: Db, userId: string, exceptTokenHash: string | null = null) {
  return db.delete(sessions).where(exceptTokenHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash)) : eq(sessions.userId, userId));
}

/** Users of the organisations in the given subtree (null → all). */
export function listUsers(db: Db, subtreeRoot: string | null) {
  const q = db.select().from(users);
  return (subtreeRoot ? q.where(sql`${users.organizationId} in ${subtreeSql(subtreeRoot)}`) : q).orderBy(users.login);
}
