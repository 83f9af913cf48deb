import type { Locale } from '../../../shared/locale.js';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../../domain/auth/roles.js';
import { organizationKinds, type OrganizationKind, type TokenScope } from '../../../shared/directory-api.js';
import { createdAt, id, oneOf, updatedAt } from './common.js';

/** Commissions and other bodies, as a tree (ЦИК → регион → ТИК/ИКМО → УИК). */
export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, { onDelete: 'restrict' }),
    timeZone: text('time_zone').notNull().default('Europe/Moscow'),
    /** The interface language of its users who have not chosen one: ru | ky (Kyrgyz commissions). */
    defaultLocale: text('default_locale').$type<Locale>().notNull().default('ru'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('organizations_parent_idx').on(t.parentId), check('organizations_kind_check', oneOf(t.kind, organizationKinds))],
);

/** Departments of an organisation («юридический отдел»). */
export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    createdAt: createdAt(),
  },
  (t) => [index('org_units_org_idx').on(t.organizationId)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    fullName: text('full_name').notNull(),
    /** «Герасимова М.Н.» — the form plans use. */
    shortName: text('short_name').notNull(),
    position: text('position'),
    email: text('email'),
    createdAt: createdAt(),
  },
  (t) => [index('people_org_idx').on(t.organizationId)],
);

export const users = pgTable('users', {
  id: id(),
  login: text('login').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'restrict' }),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  /** Roles scoped to the user's organisation; see src/domain/auth/roles.ts. */
  roles: text('roles').array().$type<Role[]>().notNull().default([]),
  email: text('email'),
  /** The interface language the user chose (ru | ky); null means the organisation's default. */
  locale: text('locale'),
  disabled: boolean('disabled').notNull().default(false),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Server-side sessions: any app instance can serve any request. Only a hash of the token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Scoped, revocable API tokens for integrations; only a hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** read | write */
    scopes: text('scopes').array().$type<TokenScope[]>().notNull().default([]),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
