import type { OrganizationKind } from '../../shared/directory-api.js';
import { allowedRelations, canAnywhere, holdsSystemRole } from '../../domain/auth/policy.js';
import type { Role } from '../../domain/auth/roles.js';
import { passwordProblem } from '../../domain/auth/password-policy.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  deleteOrganization,
  deletePerson,
  deleteUnit,
  findOrganization,
  findPerson,
  findUnit,
  insertOrganization,
  insertPerson,
  insertUnit,
  isInSubtree,
  lockOrganizationTree,
  organizationUsage,
  updateOrganization,
  updatePerson,
  updateUnit,
} from '../repositories/organization.repository.js';
import { deleteSessionsOfUser, findUserById, findUserByLogin, insertUser, listUsers, updateUser, type UserRow } from '../repositories/user.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { hashPassword } from './password.js';
import type { Locale } from '../../shared/locale.js';
import { assertPersonReference, assertUnitReference } from './reference-guard.js';

export interface OrganizationInput {
  kind: OrganizationKind;
  name: string;
  shortName?: string | null | undefined;
  parentId?: string | null | undefined;
  timeZone?: string | undefined;
  defaultLocale?: Locale | undefined;
}

export interface UserInput {
  login: string;
  displayName: string;
  organizationId: string;
  roles: Role[];
  password: string;
  email?: string | null | undefined;
  personId?: string | null | undefined;
}

export function userDto(u: UserRow) {
  return {
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    organizationId: u.organizationId,
    personId: u.personId,
    roles: u.roles,
    email: u.email,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

const notFound = () => new AppError('organization_not_found', 'Организация не найдена');

/**
 * Administration of the directory (organisations, units, people) and of users,
 * each change audited. An administrator of a commission manages its own
 * organisation and those below; only the system administrator grants that role.
 */
export function createAdminService(db: Db, access: Access) {
  async function assertDirectory(tx: Db, ctx: RequestContext, organizationId: string, resource: 'directory' | 'user') {
    if (!(await findOrganization(tx, organizationId))) throw notFound();
    await access.assertOrg(tx, ctx.user, organizationId, 'update', resource);
  }

  function assertGrantable(ctx: RequestContext, roles: Role[]) {
    if (holdsSystemRole(roles) && !canAnywhere(ctx.user ?? null, 'administer', 'system')) {
      throw new AppError('forbidden', 'Роль системного администратора может назначить только системный администратор');
    }
  }

  return {
    async createOrganization(ctx: RequestContext, input: OrganizationInput) {
      return db.transaction(async (tx) => {
        if (input.parentId) await assertDirectory(tx, ctx, input.parentId, 'directory');
        else if (!canAnywhere(ctx.user ?? null, 'create', 'directory'))
          throw new AppError('forbidden', 'Организацию верхнего уровня может создать только системный администратор');
        // A commission below a Kyrgyz one speaks Kyrgyz by default too.
        const parent = input.parentId ? await findOrganization(tx, input.parentId) : null;
        const row = await insertOrganization(tx, {
          kind: input.kind,
          name: input.name,
          shortName: input.shortName ?? null,
          parentId: input.parentId ?? null,
          timeZone: input.timeZone ?? 'Europe/Moscow',
          defaultLocale: input.defaultLocale ?? parent?.defaultLocale ?? 'ru',
        });
        await audit(tx, ctx, { action: 'organization.create', entityType: 'organization', entityId: row.id, after: row });
        return row;
      });
    },

    async updateOrganization(ctx: RequestContext, id: string, patch: Partial<OrganizationInput>) {
      return db.transaction(async (tx) => {
        const before = await findOrganization(tx, id);
        if (!before) throw notFound();
        await assertDirectory(tx, ctx, id, 'directory');
        if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
          if (patch.parentId === null) {
            if (!canAnywhere(ctx.user ?? null, 'update', 'directory')) throw new AppError('forbidden', 'Недостаточно прав для этого действия');
          } else {
            await assertDirectory(tx, ctx, patch.parentId, 'directory');
            await lockOrganizationTree(tx);
            const cycle = await isInSubtree(tx, id, patch.parentId);
            if (cycle) throw new AppError('validation_failed', 'Нельзя подчинить организацию самой себе или нижестоящей', { field: 'parentId' });
          }
        }
        const after = await updateOrganization(tx, id, {
          ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.shortName !== undefined ? { shortName: patch.shortName } : {}),
          ...(patch.parentId !== undefined ? { parentId: patch.parentId } : {}),
          ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
          ...(patch.defaultLocale !== undefined ? { defaultLocale: patch.defaultLocale } : {}),
        });
        await audit(tx, ctx, { action: 'organization.update', entityType: 'organization', entityId: id, before, after });
        return after!;
      });
    },

    async deleteOrganization(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const before = await findOrganization(tx, id);
        if (!before) throw notFound();
        await assertDirectory(tx, ctx, id, 'directory');
        if (ctx.user?.organizationId === id) throw new AppError('conflict', 'Нельзя удалить собственную организацию');
        const usage = await organizationUsage(tx, id);
        if (usage.children || usage.plans || usage.users) {
          throw new AppError(
            'conflict',
            `Организацию нельзя удалить: подчиненных организаций — ${usage.children}, планов — ${usage.plans}, пользователей — ${usage.users}`,
          );
        }
        await deleteOrganization(tx, id);
        await audit(tx, ctx, { action: 'organization.delete', entityType: 'organization', entityId: id, before });
      });
    },

    async createUnit(ctx: RequestContext, organizationId: string, input: { name: string; shortName?: string | null | undefined }) {
      return db.transaction(async (tx) => {
        await assertDirectory(tx, ctx, organizationId, 'directory');
        const row = await insertUnit(tx, { organizationId, name: input.name, shortName: input.shortName ?? null });
        await audit(tx, ctx, { action: 'unit.create', entityType: 'org_unit', entityId: row.id, after: row });
        return row;
      });
    },

    async updateUnit(ctx: RequestContext, id: string, patch: { name?: string | undefined; shortName?: string | null | undefined }) {
      return db.transaction(async (tx) => {
        const before = await findUnit(tx, id);
        if (!before) throw new AppError('not_found', 'Подразделение не найдено');
        await assertDirectory(tx, ctx, before.organizationId, 'directory');
        const after = await updateUnit(tx, id, {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.shortName !== undefined ? { shortName: patch.shortName } : {}),
        });
        await audit(tx, ctx, { action: 'unit.update', entityType: 'org_unit', entityId: id, before, after });
        return after!;
      });
    },

    async deleteUnit(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const before = await findUnit(tx, id);
        if (!before) throw new AppError('not_found', 'Подразделение не найдено');
        await assertDirectory(tx, ctx, before.organizationId, 'directory');
        await deleteUnit(tx, id);
        await audit(tx, ctx, { action: 'unit.delete', entityType: 'org_unit', entityId: id, before });
      });
    },

    async createPerson(
      ctx: RequestContext,
      input: {
        organizationId: string;
        fullName: string;
        shortName: string;
        position?: string | null | undefined;
        unitId?: string | null | undefined;
        email?: string | null | undefined;
      },
    ) {
      return db.transaction(async (tx) => {
        await assertDirectory(tx, ctx, input.organizationId, 'directory');
        if (input.unitId) await assertUnitReference(tx, input.unitId, input.organizationId);
        const row = await insertPerson(tx, { ...input, position: input.position ?? null, unitId: input.unitId ?? null, email: input.email ?? null });
        await audit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, after: row });
        return row;
      });
    },

    async updatePerson(
      ctx: RequestContext,
      id: string,
      patch: {
        fullName?: string | undefined;
        shortName?: string | undefined;
        position?: string | null | undefined;
        unitId?: string | null | undefined;
        email?: string | null | undefined;
      },
    ) {
      return db.transaction(async (tx) => {
        const before = await findPerson(tx, id);
        if (!before) throw new AppError('not_found', 'Сотрудник не найден');
        await assertDirectory(tx, ctx, before.organizationId, 'directory');
        if (patch.unitId) await assertUnitReference(tx, patch.unitId, before.organizationId);
        const values = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const after = await updatePerson(tx, id, values);
        await audit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: id, before, after });
        return after!;
      });
    },

    async deletePerson(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const before = await findPerson(tx, id);
        if (!before) throw new AppError('not_found', 'Сотрудник не найден');
        await assertDirectory(tx, ctx, before.organizationId, 'directory');
        await deletePerson(tx, id);
        await audit(tx, ctx, { action: 'person.delete', entityType: 'person', entityId: id, before });
      });
    },

    async listUsers(ctx: RequestContext) {
      const user = ctx.user!;
      if (canAnywhere(user, 'read', 'user')) return (await listUsers(db, null)).map(userDto);
      if (allowedRelations(user, 'read', 'user').size === 0) throw new AppError('forbidden', 'Недостаточно прав для этого действия');
      return (await listUsers(db, user.organizationId)).map(userDto);
    },

    async createUser(ctx: RequestContext, input: UserInput) {
      assertGrantable(ctx, input.roles);
      const login = input.login.trim().toLowerCase();
      const problem = passwordProblem(input.password, login);
      if (problem) throw new AppError('weak_password', problem);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        await assertDirectory(tx, ctx, input.organizationId, 'user');
        if (input.personId) await assertPersonReference(tx, ctx.user, input.personId);
        if (await findUserByLogin(tx, login)) throw new AppError('conflict', `Логин «${login}» уже занят`);
        const row = await insertUser(tx, {
          login,
          displayName: input.displayName,
          organizationId: input.organizationId,
          roles: input.roles,
          email: input.email ?? null,
          personId: input.personId ?? null,
          passwordHash,
          // A password chosen by an administrator is known to two people.
          mustChangePassword: true,
        });
        await audit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: row.id, after: userDto(row) });
        return userDto(row);
      });
    },

    async updateUser(
      ctx: RequestContext,
      id: string,
      patch: {
        displayName?: string | undefined;
        roles?: Role[] | undefined;
        disabled?: boolean | undefined;
        email?: string | null | undefined;
        organizationId?: string | undefined;
        personId?: string | null | undefined;
      },
    ) {
      if (patch.roles) assertGrantable(ctx, patch.roles);
      return db.transaction(async (tx) => {
        const before = await findUserById(tx, id);
        if (!before) throw new AppError('user_not_found', 'Пользователь не найден');
        await assertDirectory(tx, ctx, before.organizationId, 'user');
        if (patch.organizationId && patch.organizationId !== before.organizationId) await assertDirectory(tx, ctx, patch.organizationId, 'user');
        if (patch.personId) await assertPersonReference(tx, ctx.user, patch.personId);
        if (holdsSystemRole(before.roles) && !canAnywhere(ctx.user ?? null, 'administer', 'system'))
          throw new AppError('forbidden', 'Недостаточно прав для этого действия');
        if (
          id === ctx.user?.id &&
          (patch.disabled || (patch.roles && !patch.roles.some((r) => before.roles.includes(r) && (r === 'sysadmin' || r === 'org_admin'))))
        ) {
          throw new AppError('conflict', 'Нельзя заблокировать себя или лишить себя прав администратора');
        }
        const values: Partial<UserRow> = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        // Enabling also lifts a lockout after wrong passwords: the administrator has checked who is asking.
        if (patch.disabled === false) Object.assign(values, { failedLogins: 0, lockedUntil: null });
        const after = (await updateUser(tx, id, values))!;
        if (patch.disabled) await deleteSessionsOfUser(tx, id);
        await audit(tx, ctx, {
          action: patch.disabled !== undefined ? (patch.disabled ? 'user.disable' : 'user.enable') : 'user.update',
          entityType: 'user',
          entityId: id,
          before: userDto(before),
          after: userDto(after),
        });
        return userDto(after);
      });
    },

    async resetPassword(ctx: RequestContext, id: string, password: string) {
      const target = await findUserById(db, id);
      if (!target) throw new AppError('user_not_found', 'Пользователь не найден');
      const problem = passwordProblem(password, target.login);
      if (problem) throw new AppError('weak_password', problem);
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await assertDirectory(tx, ctx, target.organizationId, 'user');
        if (holdsSystemRole(target.roles) && !canAnywhere(ctx.user ?? null, 'administer', 'system'))
          throw new AppError('forbidden', 'Недостаточно прав для этого действия');
        await updateUser(tx, id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
        await deleteSessionsOfUser(tx, id);
        await audit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: id });
      });
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
