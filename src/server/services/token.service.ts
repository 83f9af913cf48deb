import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext, SessionUser } from '../http/request-context.js';
import { findActiveTokenUser, insertToken, listTokensOfUser, markTokenUsed, revokeToken } from '../repositories/token.repository.js';
import { audit } from './audit.js';
import { hashToken, toSessionUser } from './auth.service.js';

export const TOKEN_PREFIX = 'plk_';
export const tokenScopes = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Personal API tokens for integrations: shown once, stored hashed, revocable, scoped to read or read+write. */
export function createTokenService(db: Db) {
  const dto = (t: Awaited<ReturnType<typeof listTokensOfUser>>[number]) => ({
    id: t.id,
    name: t.name,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  });

  return {
    async list(ctx: RequestContext) {
      return (await listTokensOfUser(db, ctx.user!.id)).map(dto);
    },

    async create(ctx: RequestContext, input: { name: string; scopes: TokenScope[] }) {
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      return db.transaction(async (tx) => {
        const row = await insertToken(tx, { userId: ctx.user!.id, name: input.name, scopes: [...new Set(input.scopes)], tokenHash: hashToken(token) });
        await audit(tx, ctx, { action: 'token.create', entityType: 'api_token', entityId: row.id, after: { name: row.name, scopes: row.scopes } });
        return { ...dto(row), token };
      });
    },

    async revoke(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const row = await revokeToken(tx, id, ctx.user!.id);
        if (!row) throw new AppError('token_not_found', 'Токен не найден');
        await audit(tx, ctx, { action: 'token.revoke', entityType: 'api_token', entityId: id, before: { name: row.name } });
      });
    },

    async userForToken(token: string): Promise<{ user: SessionUser; scopes: TokenScope[] } | null> {
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const found = await findActiveTokenUser(db, hashToken(token));
      if (!found || found.user.disabled) return null;
      await markTokenUsed(db, found.token.id);
      return { user: toSessionUser(found.user), scopes: found.token.scopes.filter((s): s is TokenScope => (tokenScopes as readonly string[]).includes(s)) };
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
