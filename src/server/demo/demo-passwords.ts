import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { users } from '../db/schema/index.js';
import { audit } from '../services/audit.js';
import { verifyPassword } from '../services/password.js';
import { DEMO_PASSWORD } from './demo-directory.js';

/**
 * Outside demo mode nobody may keep the published demo password: such accounts
 * must change it at the next sign-in. Returns the logins that were flagged.
 */
export async function requireChangeOfDemoPasswords(db: Db): Promise<string[]> {
  const flagged: string[] = [];
  const rows = await db.select({ id: users.id, login: users.login, passwordHash: users.passwordHash, must: users.mustChangePassword }).from(users);
  for (const user of rows) {
    if (user.must || !(await verifyPassword(user.passwordHash, DEMO_PASSWORD))) continue;
    await db.transaction(async (tx) => {
      await tx.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
      await audit(tx, { user: null, ip: null }, { action: 'auth.require_password_change', entityType: 'user', entityId: user.id, after: { reason: 'demo_password' } });
    });
    flagged.push(user.login);
  }
  return flagged;
}
