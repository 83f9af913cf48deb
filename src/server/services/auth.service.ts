import DataLoader from 'dataloader';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext, SessionUser } from '../http/request-context.js';
import { isRole } from '../../domain/auth/roles.js';
import { passwordProblem } from '../../domain/auth/password-policy.js';
import {
  deleteSession,
  deleteSessionsOfUser,
  findUserById,
  findSessionUsers,
  findUserByLogin,
  claimLoginAttempt,
  insertSession,
  updateUser,
  type UserRow,
} from '../repositories/user.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { isLocale, type Locale } from '../../shared/locale.js';
import { audit } from './audit.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.js';

export const MAX_FAILED_LOGINS = 10;
export const LOCKOUT_MINUTES = 15;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toSessionUser(user: UserRow): SessionUser {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    organizationId: user.organizationId,
    personId: user.personId,
    roles: user.roles.filter(isRole),
    mustChangePassword: user.mustChangePassword,
  };
}

export function createAuthService(db: Db, options: { sessionTtlHours: number }) {
  // Every request looks up its session: requests that arrive together share one query.
  const sessionUsers = new DataLoader<string, Awaited<ReturnType<typeof findSessionUsers>>[number] | null>(
    async (hashes) => {
      const rows = await findSessionUsers(db, hashes, new Date());
      const byHash = new Map(rows.map((r) => [r.tokenHash, r]));
      return hashes.map((h) => byHash.get(h) ?? null);
    },
    { cache: false, maxBatchSize: 200, batchScheduleFn: (run) => setImmediate(run) },
  );
  const invalid = () => new AppError('invalid_credentials', 'Неверный логин или пароль');
  const locked = () => new AppError('account_locked', 'Слишком много неудачных попыток входа. Учетная запись временно заблокирована, повторите позже.');

  return {
    async login(ctx: RequestContext, login: string, password: string, userAgent: string | null) {
      const user = await findUserByLogin(db, login.trim().toLowerCase());
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), password);
        throw invalid();
      }
      const now = new Date();
      // Counted before the (slow) password check, so parallel guesses cannot all be evaluated.
      const attempt = await claimLoginAttempt(db, user.id, now, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCKOUT_MINUTES * 60_000));
      if (attempt > MAX_FAILED_LOGINS) throw locked();
      const ok = !user.disabled && (await verifyPassword(user.passwordHash, password));
      if (!ok) {
        await db.transaction(async (tx) => {
          await audit(
            tx,
            { user: null, ip: ctx.ip },
            {
              action: attempt === MAX_FAILED_LOGINS ? 'auth.locked' : 'auth.login_failed',
              entityType: 'user',
              entityId: user.id,
            },
          );
        });
        throw invalid();
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + options.sessionTtlHours * 3_600_000);
      const sessionUser = toSessionUser(user);
      await db.transaction(async (tx) => {
        await insertSession(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt, ip: ctx.ip, userAgent });
        await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
        await audit(tx, { user: sessionUser, ip: ctx.ip }, { action: 'auth.login', entityType: 'session', entityId: user.id });
      });
      return { token, expiresAt, user: sessionUser };
    },

    async logout(ctx: RequestContext, tokenHash: string | null) {
      if (!tokenHash) return;
      await db.transaction(async (tx) => {
        const removed = await deleteSession(tx, tokenHash);
        if (removed.length) await audit(tx, ctx, { action: 'auth.logout', entityType: 'session', entityId: removed[0]!.userId });
      });
    },

    /** Changes the caller's own password; other sessions of the user end, this one stays. */
    async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string, keepTokenHash: string | null) {
      const user = ctx.user ? await findUserById(db, ctx.user.id) : undefined;
      if (!user) throw new AppError('unauthorized', 'Требуется вход в систему');
      // A stolen session must not become a way around the lockout: guesses of the current password count too.
      const now = new Date();
      const attempt = await claimLoginAttempt(db, user.id, now, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCKOUT_MINUTES * 60_000));
      if (attempt > MAX_FAILED_LOGINS) throw locked();
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError('invalid_credentials', 'Текущий пароль указан неверно', { field: 'currentPassword' });
      }
      await updateUser(db, user.id, { failedLogins: 0, lockedUntil: null });
      const problem = passwordProblem(newPassword, user.login) ?? (newPassword === currentPassword ? 'Новый пароль совпадает с текущим' : null);
      if (problem) throw new AppError('weak_password', problem);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash, mustChangePassword: false });
        await deleteSessionsOfUser(tx, user.id, keepTokenHash);
        await audit(tx, ctx, { action: 'auth.password_change', entityType: 'user', entityId: user.id });
      });
    },

    /** The caller's interface language: their own choice, else their organisation's default. */
    async language(ctx: RequestContext) {
      const user = ctx.user ? await findUserById(db, ctx.user.id) : undefined;
      if (!user) throw new AppError('unauthorized', 'Требуется вход в систему');
      const organization = await findOrganization(db, user.organizationId);
      const organizationDefault: Locale = isLocale(organization?.defaultLocale) ? organization.defaultLocale : 'ru';
      const chosen = isLocale(user.locale) ? user.locale : null;
      return { locale: chosen ?? organizationDefault, chosen, organizationDefault };
    },

    /** Remembers the caller's language; null returns them to the organisation's default. */
    async setLanguage(ctx: RequestContext, locale: Locale | null) {
      const user = ctx.user ? await findUserById(db, ctx.user.id) : undefined;
      if (!user) throw new AppError('unauthorized', 'Требуется вход в систему');
      if (user.locale !== locale) {
        await db.transaction(async (tx) => {
          await updateUser(tx, user.id, { locale });
          await audit(tx, ctx, { action: 'user.locale', entityType: 'user', entityId: user.id, before: { locale: user.locale }, after: { locale } });
        });
      }
      return this.language(ctx);
    },

    async userForToken(token: string): Promise<{ user: SessionUser; tokenHash: string } | null> {
      const tokenHash = hashToken(token);
      const row = await sessionUsers.load(tokenHash);
      if (!row || row.user.disabled) return null;
      return { user: toSessionUser(row.user), tokenHash };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
