import { chairmanSummaryOf, chairmanWindow, type ChairmanFigures, type ChairmanLine } from '../../domain/execution/chairman.js';
import type { ChairmanRow } from '../repositories/chairman-tally.repository.js';
import { cachedTallies, type ChairmanTallies } from './chairman-tallies.js';
import { sectionLabel } from './execution-view.js';
import { todayIn } from '../../domain/execution/occurrence-state.js';
import { emptyTally, executedShare, type Tally } from '../../domain/execution/progress.js';
import { organizationTimeZoneList, planRegions } from '../repositories/execution-tally.repository.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { findOrganization } from '../repositories/organization.repository.js';
import type { ExecutionService } from './execution.service.js';

/** A group's counters: the domain's tally, its plans and its items with overdue occurrences. */
interface Group {
  plans: number;
  overdueItems: number;
  tally: Tally;
}

const newGroup = (): Group => ({ plans: 0, overdueItems: 0, tally: emptyTally() });

function figures(g: Group) {
  return {
    plans: g.plans,
    occurrences: g.tally.total,
    done: g.tally.done,
    overdue: g.tally.overdue,
    overdueItems: g.overdueItems,
    pendingReview: g.tally.pendingReview,
    executedShare: executedShare(g.tally),
  };
}

/** The summary statement's rows as the domain's figures. */
function figuresOf(rows: ChairmanRow[]): ChairmanFigures {
  const t = rows.find((r) => r.kind === 'totals')?.figures ?? {};
  const n = (k: string) => Number(t[k] ?? 0);
  const line = (r: ChairmanRow): ChairmanLine => ({
    occurrenceId: r.occurrenceId!,
    planId: r.planId!,
    itemNumber: r.number ?? '',
    itemTitle: r.title ?? '',
    executorLabel: r.label ?? '',
    dueDate: r.due,
    pendingSince: r.since === null ? null : new Date(r.since).toISOString(),
  });
  const of = (kind: ChairmanRow['kind']) => rows.filter((r) => r.kind === kind);
  return {
    overdue: n('overdue'),
    overdueItems: n('overdueItems'),
    pendingReview: n('pendingReview'),
    dueSoon: n('dueSoon'),
    done: n('done'),
    counted: n('counted'),
    current: { total: n('currentTotal'), done: n('currentDone'), overdue: n('currentOverdue') },
    previous: { total: n('previousTotal'), done: n('previousDone'), overdue: n('previousOverdue') },
    bodies: of('body').map((r) => ({ key: r.key!, label: r.label ?? '', overdue: Number(r.figures!.n), items: Number(r.figures!.items), oldestDue: r.due })),
    bodyCount: n('bodies'),
    sections: of('section').map((r) => ({
      key: `${r.planId}/${r.key ?? 'none'}`,
      planId: r.planId!,
      planTitle: r.planTitle ?? '',
      label: sectionLabel(r.key && r.number !== null && r.title !== null ? { number: r.number, title: r.title } : null),
      overdue: Number(r.figures!.n),
      items: Number(r.figures!.items),
    })),
    sectionCount: n('sections'),
    // Ordered by the statement; the stable sort keeps that order among equal keys.
    waiting: of('waiting')
      .map(line)
      .sort((a, b) => a.pendingSince!.localeCompare(b.pendingSince!)),
    soon: of('soon')
      .map(line)
      .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!)),
  };
}

/**
 * The chairman's page: one summary over every plan in force the user controls or
 * watches (the plans of «Контроль исполнения», without its page limit), counted in SQL
 * by the control list's rules; and the national roll-up of the same plans.
 */
export function createChairmanService(db: Db, execution: ExecutionService, now: () => Date = () => new Date(), tallies: ChairmanTallies = cachedTallies) {
  /** The user's «today», the summary's window counted from it, and «today» in every zone an occurrence is judged in. */
  async function days(ctx: RequestContext) {
    const at = now();
    const organization = await findOrganization(db, ctx.user!.organizationId);
    const today = todayIn(organization?.timeZone ?? 'Europe/Moscow', at);
    const zones = new Map((await organizationTimeZoneList(db)).map((tz) => [tz, todayIn(tz, at)]));
    return { organization, today, zones, window: chairmanWindow(today) };
  }

  return {
    /**
     * Counted in one SQL statement on the control list's classification (no occurrence comes
     * to Node but the lists' lines), over every plan the user controls — no page limit.
     */
    async summary(ctx: RequestContext) {
      const planIds = await execution.controlledPlanIds(ctx);
      const { organization, today, zones, window } = await days(ctx);
      const rows = await tallies.summary(db, planIds, zones, window);
      return { organizationName: organization?.name ?? '', plans: planIds.length, ...chairmanSummaryOf(figuresOf(rows), today) };
    },

    /**
     * The national roll-up: every plan in force the user controls (the CEC: the whole
     * country, no page limit), counted by region and commission level in one SQL aggregate
     * by the control list's rules. Plans above the regions form the group without a region.
     */
    async national(ctx: RequestContext) {
      const planIds = await execution.controlledPlanIds(ctx);
      const { zones, window } = await days(ctx);
      const owners = await planRegions(db, planIds);
      const rows = await tallies.regionLevel(db, planIds, zones, window);
      const total = newGroup();
      const regions = new Map<string, { regionId: string | null; name: string; group: Group; levels: Map<string, Group> }>();
      const regionOf = (regionId: string | null, name: string | null) => {
        const key = regionId ?? '';
        let r = regions.get(key);
        if (!r) regions.set(key, (r = { regionId, name: name ?? '', group: newGroup(), levels: new Map() }));
        return r;
      };
      const levelOf = (r: ReturnType<typeof regionOf>, level: string) => {
        let g = r.levels.get(level);
        if (!g) r.levels.set(level, (g = newGroup()));
        return g;
      };
      for (const p of owners) {
        const r = regionOf(p.regionId, p.regionName);
        for (const g of [total, r.group, levelOf(r, p.level)]) g.plans++;
      }
      for (const { regionId, level, overdueItems, notDone, ...counts } of rows) {
        const r = regionOf(regionId, null);
        for (const g of [total, r.group, levelOf(r, level)]) {
          g.overdueItems += overdueItems;
          g.tally.not_done += notDone;
          for (const k of Object.keys(counts) as (keyof typeof counts)[]) g.tally[k] += counts[k];
        }
      }
      return {
        ...figures(total),
        regions: [...regions.values()]
          .sort((a, b) => Number(a.regionId !== null) - Number(b.regionId !== null) || a.name.localeCompare(b.name, 'ru'))
          .map((r) => ({
            regionId: r.regionId,
            name: r.name,
            ...figures(r.group),
            levels: [...r.levels.entries()].map(([level, g]) => ({ level, ...figures(g) })),
          })),
      };
    },
  };
}

export type ChairmanService = ReturnType<typeof createChairmanService>;
