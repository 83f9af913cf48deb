import type { Role } from '../../domain/auth/roles.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { listPlanOccurrences } from '../repositories/occurrence.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { findPlan } from '../repositories/plan.repository.js';
import { findUserById, insertUser } from '../repositories/user.repository.js';
import { createAccess } from '../services/access.service.js';
import { audit } from '../services/audit.js';
import { toSessionUser } from '../services/auth.service.js';
import { createExecutionService } from '../services/execution.service.js';
import { hashPassword } from '../services/password.js';
import { createPlanCopyService } from '../services/plan-copy.service.js';
import { createPlanLifecycleService } from '../services/plan-lifecycle.service.js';
import type { FileStorage } from '../storage/file-storage.js';
import { DEMO_PASSWORD } from './demo-directory.js';
import { demoOutcome } from './living-demo-outcome.js';

/**
 * The living demo: the seed documents are 2021–2024 plans, so on their own a
 * newcomer's dashboard says «просрочено на 1733 дн.» everywhere. Besides them the
 * demo copies two seed plans to the current year with the product's own copy
 * function, approves them by an act, and has executors report (and planners
 * review) a realistic share of what was due — all through the services, so
 * occurrences, reports, reviews and the audit log agree.
 */

/** Executors' accounts for the organisations that execute the living plans and have no account among the demo users. */
export const livingDemoUsers: { login: string; displayName: string; organization: string; roles: Role[] }[] = [
  { login: 'kaluga-staff', displayName: 'Исполнитель аппарата ИК Калужской области', organization: 'kaluga', roles: ['executor'] },
  { login: 'kaluga-borovsk', displayName: 'Исполнитель ТИК Боровского района', organization: 'kaluga-tik-borovsk', roles: ['executor'] },
  { login: 'kaluga-obninsk', displayName: 'Исполнитель ТИК г. Обнинска', organization: 'kaluga-tik-obninsk', roles: ['executor'] },
  { login: 'kuzbass-staff', displayName: 'Исполнитель аппарата ИК Кузбасса', organization: 'kuzbass', roles: ['executor'] },
];

/** Which seed plans live on in the current year, who copies them and which act approves the copy. */
const livingPlans = [
  { file: 'kaluga-program-and-plan-2022.txt', planner: 'kaluga', actNumber: '112/4-7' },
  { file: 'kuzbass-work-plan-2024.txt', planner: 'kuzbass', actNumber: '98/512-7' },
] as const;

/** Nothing is stored: the demo's reports carry no files. */
const noFiles: FileStorage = {
  describe: 'none',
  put: () => Promise.reject(new Error('the living demo stores no files')),
  open: () => Promise.reject(new Error('the living demo stores no files')),
  remove: () => Promise.resolve(),
};

const doneTexts = [
  'Мероприятие проведено в установленный срок, материалы размещены на официальном сайте комиссии.',
  'Проведено совещание, подготовлены методические материалы, участники обеспечены раздаточными материалами.',
  'Исполнено. Информация направлена в Избирательную комиссию, публикации размещены в сетевом издании.',
  'Обучающий семинар проведен в очном формате, результаты тестирования участников обобщены.',
];
const partialText = 'Исполнено частично: часть занятий перенесена на следующий месяц из-за занятости участников.';
const returnComment = 'Укажите число участников и приложите ссылку на публикацию.';

export interface LivingDemoSummary {
  plans: { sourceId: string; id: string; title: string }[];
  reports: number;
}

/**
 * Copies the living plans' seeds to `now`'s year and fills them with reports.
 * `seedIds` maps a seed file name to its imported plan; `organizationIds` maps the demo
 * organisations' keys to their ids.
 */
export async function seedLivingDemo(
  db: Db,
  deps: { seedIds: Map<string, string>; organizationIds: Map<string, string>; userIds: Map<string, string>; now?: Date | undefined },
): Promise<LivingDemoSummary> {
  const now = deps.now ?? new Date();
  const year = now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  const access = createAccess();
  const copies = createPlanCopyService(db, access);
  const lifecycle = createPlanLifecycleService(db, access);
  const execution = createExecutionService(db, access, { storage: noFiles, uploadMaxBytes: 0, now: () => now });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const executors = new Map<string, RequestContext>();
  await db.transaction(async (tx) => {
    for (const u of livingDemoUsers) {
      const organizationId = deps.organizationIds.get(u.organization);
      if (!organizationId) continue;
      const row = await insertUser(tx, { login: u.login, displayName: u.displayName, organizationId, roles: u.roles, passwordHash });
      executors.set(organizationId, { user: toSessionUser(row), ip: null });
    }
    await audit(tx, { user: null, ip: null }, { action: 'demo.seed', entityType: 'system', entityId: null, after: { livingDemoUsers: executors.size } });
  });
  const ctxOf = async (login: string): Promise<RequestContext> => ({ user: toSessionUser((await findUserById(db, deps.userIds.get(login)!))!), ip: null });
  // Demo executors already in the directory (the ТИК accounts) report on their own occurrences too.
  for (const login of ['kaluga-tik', 'kuzbass-tik']) {
    const ctx = await ctxOf(login);
    if (ctx.user) executors.set(ctx.user.organizationId, ctx);
  }
  const admin = await ctxOf('admin');

  const summary: LivingDemoSummary = { plans: [], reports: 0 };
  for (const living of livingPlans) {
    const sourceId = deps.seedIds.get(living.file);
    if (!sourceId) continue;
    const planner = await ctxOf(living.planner);
    const source = await findPlan(db, sourceId);
    const owner = source ? await findOrganization(db, source.organizationId) : undefined;
    // The seed is the commission's plan of an earlier year; the copy is this year's. Nothing is carried over:
    // the seed has no reports, so everything would count as unfinished.
    const { id } = await copies.copy(planner, sourceId, { period: { start: `${year}-01-01`, end: `${year}-12-31` }, carryOver: false });
    const approved = await lifecycle.approve(admin, id, {
      kind: 'постановление',
      authority: owner?.name ?? 'Избирательная комиссия',
      date: `${year - 1}-12-24`,
      number: living.actNumber,
    });
    summary.plans.push({ sourceId, id, title: approved.title });

    const occurrences = await listPlanOccurrences(db, id);
    for (const [index, occurrence] of occurrences.entries()) {
      const outcome = demoOutcome(occurrence, today, index);
      const executor = occurrence.organizationId ? executors.get(occurrence.organizationId) : undefined;
      if (outcome === 'open' || outcome === 'overdue' || !executor) continue;
      const text = outcome === 'partial' ? partialText : doneTexts[index % doneTexts.length]!;
      const metrics = { events: 1 + (index % 3), participants: 10 + ((index * 7) % 60) };
      const { report } = await execution.submitReport(executor, occurrence.id, { status: outcome === 'partial' ? 'partial' : 'done', text, metrics });
      summary.reports++;
      if (outcome === 'accepted' || outcome === 'partial') await execution.review(planner, report.id, { decision: 'accept' });
      if (outcome === 'returned') await execution.review(planner, report.id, { decision: 'return', comment: returnComment });
    }
  }
  return summary;
}
