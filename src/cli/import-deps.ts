import { and, arrayContains, eq, or } from 'drizzle-orm';
import type { ImportCommandDeps } from './import.command.js';
import { openConfiguredDatabase } from '../server/db/open-database.js';
import { organizations, users } from '../server/db/schema/index.js';
import { parseEnv } from '../server/env.js';
import { listOrganizations, listPeople } from '../server/repositories/organization.repository.js';
import { createAccess } from '../server/services/access.service.js';
import { toSessionUser } from '../server/services/auth.service.js';
import { createPlanService } from '../server/services/plan.service.js';

/**
 * Database-backed hooks of `planik import`: the directory for executor matching and
 * saving the draft as a plan on behalf of a real user, so the audit names a person.
 */
export const importDeps: ImportCommandDeps = {
  async loadDirectory() {
    const opened = await openConfiguredDatabase(parseEnv());
    try {
      const [orgs, people] = await Promise.all([listOrganizations(opened.database.db), listPeople(opened.database.db)]);
      return { organizations: orgs.map((o) => ({ name: o.name, shortName: o.shortName })), people: people.map((p) => ({ name: p.shortName })) };
    } finally {
      await opened.close();
    }
  },

  async saveDraft(draft, organization, actorLogin) {
    const opened = await openConfiguredDatabase(parseEnv());
    try {
      const { db } = opened.database;
      const isUuid = /^[0-9a-f-]{36}$/i.test(organization);
      const org = await db.query.organizations.findFirst({
        where: isUuid ? eq(organizations.id, organization) : or(eq(organizations.shortName, organization), eq(organizations.name, organization)),
      });
      if (!org) throw new Error(`Организация «${organization}» не найдена`);
      const actor = await db.query.users.findFirst({
        where: actorLogin ? eq(users.login, actorLogin.toLowerCase()) : and(arrayContains(users.roles, ['sysadmin']), eq(users.disabled, false)),
      });
      if (!actor) {
        throw new Error(
          actorLogin
            ? `Пользователь ${actorLogin} не найден`
            : 'Нет активного системного администратора: укажите --as <логин> или создайте его командой planik user add',
        );
      }
      const plans = createPlanService(db, createAccess());
      const plan = await plans.createFromDraft({ user: toSessionUser(actor), ip: 'cli' }, org.id, draft, { cli: true });
      return plan.id;
    } finally {
      await opened.close();
    }
  },
};
