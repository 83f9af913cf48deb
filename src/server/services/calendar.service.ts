import { randomBytes } from 'node:crypto';
import type { ExportPlan } from '../../documents/export/export-plan.js';
import { plansToIcs } from '../../documents/export/ics.writer.js';
import { selectSubset } from '../../documents/export/plan-rows.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../http/request-context.js';
import {
  findActiveCalendarToken,
  insertCalendarToken,
  listCalendarTokensOf,
  markCalendarTokenUsed,
  planIdsWithExecutor,
  revokeCalendarToken,
  type CalendarTokenRow,
} from '../repositories/calendar.repository.js';
import { findOrganization } from '../repositories/organization.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { hashToken, toSessionUser } from './auth.service.js';
import type { ExportService } from './export.service.js';
import type { PlanService } from './plan.service.js';

export const CALENDAR_TOKEN_PREFIX = 'cal_';
/** An executor's feed spans the plans it appears in; a calendar app does not need more than the recent ones. */
const MAX_PLANS_PER_FEED = 50;

const feedNotFound = () => new AppError('not_found', 'Календарь не найден');

/**
 * Calendar feeds for calendar apps, which cannot sign in: a secret URL whose
 * token is stored hashed. A feed shows what its creator may read when it is
 * fetched, so revoking the creator's access (or the feed) takes it down.
 */
export function createCalendarService(db: Db, access: Access, plans: PlanService, exports: ExportService) {
  const dto = (row: CalendarTokenRow) => ({
    id: row.id,
    planId: row.planId,
    organizationId: row.organizationId,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  });

  async function feedPlans(ctx: RequestContext, row: Pick<CalendarTokenRow, 'planId' | 'organizationId'>): Promise<ExportPlan[]> {
    const orgId = row.organizationId;
    if (row.planId) {
      const plan = await exports.exportPlan(ctx, row.planId);
      return [orgId ? selectSubset(plan, { executor: orgId }) : plan];
    }
    if (!orgId) return [];
    await access.assertOrg(db, ctx.user, orgId, 'read', 'plan');
    const ids = await planIdsWithExecutor(db, orgId, access.planVisibility(ctx.user), MAX_PLANS_PER_FEED);
    const out: ExportPlan[] = [];
    for (const id of ids) out.push(selectSubset(await exports.exportPlan(ctx, id), { executor: orgId }));
    return out;
  }

  return {
    async list(ctx: RequestContext) {
      return (await listCalendarTokensOf(db, ctx.user!.id)).map(dto);
    },

    /** Returns the token once; only its hash is kept. */
    async create(ctx: RequestContext, input: { planId?: string | undefined; organizationId?: string | undefined }) {
      const scope = { planId: input.planId ?? null, organizationId: input.organizationId ?? null };
      // Creating a feed of something one cannot read is refused the way reading it would be.
      if (scope.planId) await plans.get(ctx, scope.planId);
      if (scope.organizationId) {
        if (!(await findOrganization(db, scope.organizationId))) throw new AppError('organization_not_found', 'Организация не найдена');
        await access.assertOrg(db, ctx.user, scope.organizationId, 'read', 'plan');
      }
      const token = `${CALENDAR_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      return db.transaction(async (tx) => {
        const row = await insertCalendarToken(tx, { ...scope, tokenHash: hashToken(token), createdBy: ctx.user!.id });
        await audit(tx, ctx, { action: 'calendar_feed.create', entityType: 'calendar_feed', entityId: row.id, planId: row.planId, after: dto(row) });
        return { ...dto(row), token };
      });
    },

    async revoke(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const row = await revokeCalendarToken(tx, id, ctx.user!.id);
        if (!row) throw feedNotFound();
        await audit(tx, ctx, { action: 'calendar_feed.revoke', entityType: 'calendar_feed', entityId: id, planId: row.planId, before: dto(row) });
      });
    },

    /** The ICS text behind a secret token; any failure looks like an unknown token. */
    async feed(token: string, ip: string | null, linkBase: string): Promise<string> {
      if (!token.startsWith(CALENDAR_TOKEN_PREFIX)) throw feedNotFound();
      const found = await findActiveCalendarToken(db, hashToken(token));
      if (!found || found.user.disabled) throw feedNotFound();
      const ctx: RequestContext = { user: toSessionUser(found.user), ip };
      let list: ExportPlan[];
      try {
        list = await feedPlans(ctx, found.token);
      } catch (error) {
        if (error instanceof AppError && (error.status === 404 || error.status === 403)) throw feedNotFound();
        throw error;
      }
      await markCalendarTokenUsed(db, found.token.id);
      const organization = found.token.organizationId ? await findOrganization(db, found.token.organizationId) : null;
      const name = found.token.planId && list[0] ? list[0].title : `Мероприятия: ${organization?.shortName ?? organization?.name ?? 'исполнитель'}`;
      const timeZone = organization?.timeZone ?? list[0]?.organization?.timeZone ?? 'Europe/Moscow';
      return plansToIcs(list, { name, linkBase, timeZone });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
