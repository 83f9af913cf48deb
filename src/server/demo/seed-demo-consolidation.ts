import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organizations, plans, users } from '../db/schema/index.js';
import type { RequestContext } from '../http/request-context.js';
import { updatePlanRow } from '../repositories/plan.repository.js';
import { createAccess } from '../services/access.service.js';
import { toSessionUser } from '../services/auth.service.js';
import { createCascadeService } from '../services/cascade.service.js';
import { createConsolidationService } from '../services/consolidation.service.js';
import { createItemService } from '../services/item.service.js';
import { createPlanLifecycleService } from '../services/plan-lifecycle.service.js';

/**
 * Consolidation in the demo (issue #17), on top of the seed plans without changing them:
 * the Kaluga plan and the Kuzbass training plan are cascaded to their ТИКs (plans due
 * by 1 February), some ТИКs add their own items, approve and submit (one on time, one
 * late), others are still drafts; Kuzbass builds its consolidated plan from the training
 * plan and the submitted ТИК plan. Kept out of the API tests' template, whose counts the
 * other suites rely on; `planik demo` and a fresh demo server run it after the seed plans.
 */
export async function seedDemoConsolidation(db: Db): Promise<string> {
  const access = createAccess();
  const cascade = createCascadeService(db, access);
  const consolidation = createConsolidationService(db, access);
  const lifecycle = createPlanLifecycleService(db, access);
  const items = createItemService(db, access);
  const ctxOf = async (login: string): Promise<RequestContext> => {
    const [row] = await db.select().from(users).where(eq(users.login, login));
    return { user: toSessionUser(row!), ip: null };
  };
  const admin = await ctxOf('admin');
  const orgs = new Map((await db.select().from(organizations)).map((o) => [o.shortName ?? o.name, o]));
  const firstPlan = async (shortName: string, titlePart: string) =>
    (await db.select().from(plans).where(and(eq(plans.organizationId, orgs.get(shortName)!.id), isNotNull(plans.periodStart))).orderBy(asc(plans.createdAt))).find((p) => p.title.includes(titlePart));

  const summary: string[] = [];
  const regions = [
    { region: 'ИККО', planner: 'kaluga', titlePart: '', onTime: 'ТИК Бабынинского района', lateSubmit: 'ТИК Боровского района', consolidate: false },
    { region: 'ИККО – Кузбасса', planner: 'kuzbass', titlePart: 'обучению', onTime: 'ТИК Центрального района г. Кемерово', lateSubmit: null, consolidate: true },
  ];
  for (const r of regions) {
    const source = await firstPlan(r.region, r.titlePart);
    if (!source?.periodStart || !source.periodEnd) continue;
    const planner = await ctxOf(r.planner);
    const year = source.periodStart.slice(0, 4);
    const result = await cascade.cascade(planner, source.id, { executorClass: 'territorial', dueDate: `${year}-02-01` });
    summary.push(`${r.region}: доведено пунктов ${result.items} до ${result.plans.length} ТИК`);
    for (const linked of result.plans) {
      const submitsOnTime = linked.organizationName === r.onTime;
      if (!submitsOnTime && linked.organizationName !== r.lateSubmit) continue; // stays a draft, late by now
      await items.create(admin, linked.id, {
        title: 'Заседание территориальной избирательной комиссии по итогам обучения членов УИК',
        deadlineText: 'Июнь',
        executors: [{ text: linked.organizationName, kind: 'organization', organizationId: linked.organizationId }],
      });
      const day = submitsOnTime ? `${year}-01-25` : `${year}-02-10`;
      await lifecycle.approve(admin, linked.id, { kind: 'решение', authority: orgs.get(linked.organizationName)?.name ?? linked.organizationName, date: day, number: `${submitsOnTime ? 3 : 5}/1` });
      await cascade.submit(admin, linked.id);
      // The demo's history: submitted on the day of the act, before or after the due date.
      await updatePlanRow(db, linked.id, { submittedAt: new Date(`${day}T09:00:00Z`) });
    }
    if (r.consolidate) {
      const submitted = (await cascade.linkedPlans(planner, source.id)).plans.filter((p) => p.state === 'submitted');
      const built = await consolidation.build(planner, {
        organizationId: source.organizationId,
        period: { start: source.periodStart, end: source.periodEnd },
        sources: [{ planId: source.id }, ...submitted.map((p) => ({ planId: p.id }))],
      });
      summary.push(`${r.region}: сводный план, пунктов ${built.added}`);
    }
  }
  return summary.join('; ');
}
