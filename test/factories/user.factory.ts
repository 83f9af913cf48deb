import type { Role } from '../../src/domain/auth/roles.js';
import type { Db } from '../../src/server/db/client.js';
import { users } from '../../src/server/db/schema/index.js';
import { hashPassword } from '../../src/server/services/password.js';
import { createOrganization } from './organization.factory.js';
import { nextSeq } from './sequence.js';

export type UserRow = typeof users.$inferSelect;

export const FACTORY_PASSWORD = 'factory-password';

// argon2 costs tens of milliseconds: hash the one factory password once per test process.
let passwordHash: Promise<string> | null = null;

export interface UserOptions {
  roles: Role[];
  /** A new organisation of its own when omitted. */
  organizationId?: string;
  personId?: string | null;
  login?: string;
  displayName?: string;
}

/** A user with roles; sign in with `login` and FACTORY_PASSWORD (see support/typed-client's `signIn`). */
export async function createUser(db: Db, options: UserOptions): Promise<UserRow & { password: string }> {
  const n = nextSeq();
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const organizationId = options.organizationId ?? (await createOrganization(db)).id;
  const [row] = await db
    .insert(users)
    .values({
      login: options.login ?? `factory-user-${n}`,
      passwordHash: await passwordHash,
      displayName: options.displayName ?? `Пользователь ${n}`,
      organizationId,
      personId: options.personId ?? null,
      roles: options.roles,
    })
    .returning();
  return { ...row!, password: FACTORY_PASSWORD };
}
