import { readFile } from 'node:fs/promises';
import { importPlan } from '../../documents/import/import-plan.js';
import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import type { RequestContext } from '../http/request-context.js';
import { listOrganizations, listPeople } from '../repositories/organization.repository.js';
import { findUserById } from '../repositories/user.repository.js';
import { createAccess } from '../services/access.service.js';
import { toSessionUser } from '../services/auth.service.js';
import { createPlanService } from '../services/plan.service.js';
import { demoPlans, demoUsers } from './demo-directory.js';
import { livingDemoUsers, seedLivingDemo } from './seed-living-demo.js';
import { seedDemoDirectory } from './seed-demo.js';

const seedsDir = new URL('../../../demo/seeds/', import.meta.url);

/**
 * Seeds the demo organisations and users, then imports the five seed documents
 * through the real importer, each as a plan of the organisation it belongs to,
 * created on behalf of that organisation's planner (or the administrator), then
 * approved and published as `demoPlans` says. Then, unless `living` is false, the
 * living demo: two of them copied to the current year and at work (seed-living-demo.ts).
 */
export async function seedDemo(db: Db, _env: Pick<Env, 'SESSION_TTL_HOURS'>, options: { living?: boolean; now?: Date } = {}): Promise<string> {
  const directory = await seedDemoDirectory(db);
  const plans = createPlanService(db, createAccess());
  const [orgs, people] = await Promise.all([listOrganizations(db), listPeople(db)]);
  const importDirectory = { organizations: orgs.map((o) => ({ name: o.name, shortName: o.shortName })), people: people.map((p) => ({ name: p.shortName })) };
  const admin = await findUserById(db, directory.userIds.get('admin')!);
  const adminCtx: RequestContext = { user: toSessionUser(admin!), ip: null };
  let planCount = 0;
  const seedIds = new Map<string, string>();
  for (const seed of demoPlans) {
    const bytes = await readFile(new URL(seed.file, seedsDir));
    const draft = await importPlan(bytes, { fileName: seed.file, directory: importDirectory });
    const actorLogin = demoUsers.find((u) => u.organization === seed.organization && u.roles.includes('planner'))?.login ?? 'admin';
    const actor = await findUserById(db, directory.userIds.get(actorLogin)!);
    const ctx: RequestContext = { user: toSessionUser(actor!), ip: null };
    const plan = await plans.createFromDraft(ctx, directory.organizationIds.get(seed.organization)!, draft, { fileName: seed.file, demo: true });
    // A document with its approval line is a plan in force: approved (a version is kept) by the administrator.
    if (draft.approval?.date || draft.approval?.number || seed.published) {
      await plans.update(adminCtx, plan.id, { ...(draft.approval?.date || draft.approval?.number ? { status: 'approved' as const } : {}), ...(seed.published ? { published: true } : {}) });
    }
    seedIds.set(seed.file, plan.id);
    planCount++;
  }
  if (options.living === false) return `организаций: ${directory.organizationIds.size}, пользователей: ${directory.userIds.size}, планов: ${planCount}`;
  const living = await seedLivingDemo(db, { seedIds, organizationIds: directory.organizationIds, userIds: directory.userIds, now: options.now });
  return (
    `организаций: ${directory.organizationIds.size}, пользователей: ${directory.userIds.size + livingDemoUsers.length}, ` +
    `планов: ${planCount} и ${living.plans.length} на текущий год (отчетов: ${living.reports})`
  );
}
