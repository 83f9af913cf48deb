/*
 * A country-shaped data set for the scale benchmark (issue #19), built in memory
 * from the seed plans' own phrases: regions under the national CEC, about 31
 * ТИК per region (2,800 / 90), two or three plans a year per commission, plans
 * of sections with items whose titles and deadline phrases are drawn from the
 * seed plans. Occurrences and reports are derived in SQL (scale-load.ts): they
 * are most of the rows and are cheapest made where they are stored.
 */
import { randomUUID } from 'node:crypto';

export interface PhrasePool {
  sections: string[];
  items: string[];
}

export interface ScaleShape {
  regions: number;
  tiksPerRegion: number;
  /** Items per ТИК plan; regional plans are larger. */
  itemsPerPlan: number;
  /** Items of the one large plan the plan-read benchmark reads. */
  bigPlanItems: number;
  year: number;
}

export const DEFAULT_SHAPE: Omit<ScaleShape, 'regions'> = { tiksPerRegion: 31, itemsPerPlan: 72, bigPlanItems: 1000, year: new Date().getUTCFullYear() };

/**
 * Deadline phrases in the proportions the seed plans show: about half the items
 * recur monthly, some quarterly, the rest have one date or a period. Each maps to
 * a window count in scale-load.ts (12, 4 or 1), so a year gives ≈7.5 occurrences
 * an item — the 3 million occurrences for 400,000 items.
 */
export const DEADLINE_MIX: { text: string; weight: number }[] = [
  { text: 'ежемесячно', weight: 55 },
  { text: 'ежеквартально', weight: 15 },
  { text: 'до 1 февраля', weight: 5 },
  { text: 'Январь', weight: 4 },
  { text: 'март – апрель', weight: 4 },
  { text: 'Июль, декабрь', weight: 4 },
  { text: 'в течение года', weight: 6 },
  { text: 'до 15 декабря', weight: 4 },
  { text: 'по мере необходимости', weight: 3 },
];

/** Deterministic: the same --regions gives the same data set. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rows {
  organizations: Record<string, unknown>[];
  users: Record<string, unknown>[];
  plans: Record<string, unknown>[];
  items: Record<string, unknown>[];
}

export interface Generated extends Rows {
  regionIds: string[];
  tikIds: string[];
  bigPlanId: string;
  /** One executor account per ТИК (login scale-tik-N). */
  executorLogins: string[];
}

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function deadline(rand: () => number): string {
  const total = DEADLINE_MIX.reduce((a, d) => a + d.weight, 0);
  let r = rand() * total;
  for (const d of DEADLINE_MIX) if ((r -= d.weight) < 0) return d.text;
  return DEADLINE_MIX[0]!.text;
}

/** Sections of about ten items each, numbered «1», «1.1» as the product numbers them. */
function planItems(rand: () => number, pool: PhrasePool, planId: string, count: number, out: Record<string, unknown>[]) {
  const sections = Math.max(1, Math.round(count / 10));
  let left = count;
  for (let s = 0; s < sections && left > 0; s++) {
    const sectionId = randomUUID();
    out.push({
      id: sectionId,
      plan_id: planId,
      parent_id: null,
      position: s,
      number: String(s + 1),
      kind: 'section',
      title: pick(rand, pool.sections),
      deadline_text: null,
    });
    const n = s === sections - 1 ? left : Math.min(left, Math.max(1, Math.round(count / sections)));
    for (let i = 0; i < n; i++) {
      out.push({
        id: randomUUID(),
        plan_id: planId,
        parent_id: sectionId,
        position: i,
        number: `${s + 1}.${i + 1}`,
        kind: 'item',
        title: pick(rand, pool.items),
        deadline_text: deadline(rand),
      });
    }
    left -= n;
  }
}

export function generateCountry(shape: ScaleShape, pool: PhrasePool, ids: { cecId: string; passwordHash: string; plannerUserId: string }): Generated {
  const rand = prng(shape.regions * 7919 + 17);
  const rows: Generated = { organizations: [], users: [], plans: [], items: [], regionIds: [], tikIds: [], bigPlanId: '', executorLogins: [] };
  const period = { period_start: `${shape.year}-01-01`, period_end: `${shape.year}-12-31` };
  const plan = (organizationId: string, title: string, items: number) => {
    const id = randomUUID();
    rows.plans.push({
      id,
      organization_id: organizationId,
      kind: 'work_plan',
      title,
      ...period,
      status: 'approved',
      approval_kind: 'постановление',
      approval_date: `${shape.year - 1}-12-25`,
      approval_number: `${rows.plans.length + 1}/1`,
      created_by: ids.plannerUserId,
    });
    planItems(rand, pool, id, items, rows.items);
    return id;
  };
  for (let r = 0; r < shape.regions; r++) {
    const regionId = randomUUID();
    rows.regionIds.push(regionId);
    rows.organizations.push({
      id: regionId,
      kind: 'regional',
      name: `Избирательная комиссия субъекта № ${r + 1}`,
      short_name: `ИК-${r + 1}`,
      parent_id: ids.cecId,
      time_zone: 'Europe/Moscow',
    });
    rows.users.push({
      id: randomUUID(),
      login: `scale-region-${r + 1}`,
      password_hash: ids.passwordHash,
      display_name: `Контролер ИК-${r + 1}`,
      organization_id: regionId,
      roles: '{controller}',
    });
    const regionPlan = plan(
      regionId,
      `План работы Избирательной комиссии субъекта № ${r + 1} на ${shape.year} год`,
      r === 0 ? shape.bigPlanItems : shape.itemsPerPlan * 2,
    );
    if (r === 0) rows.bigPlanId = regionPlan;
    for (let t = 0; t < shape.tiksPerRegion; t++) {
      const tikId = randomUUID();
      rows.tikIds.push(tikId);
      rows.organizations.push({
        id: tikId,
        kind: 'territorial',
        name: `Территориальная избирательная комиссия № ${t + 1} субъекта № ${r + 1}`,
        short_name: `ТИК ${r + 1}-${t + 1}`,
        parent_id: regionId,
        time_zone: 'Europe/Moscow',
      });
      const login = `scale-tik-${r + 1}-${t + 1}`;
      rows.executorLogins.push(login);
      rows.users.push({
        id: randomUUID(),
        login,
        password_hash: ids.passwordHash,
        display_name: `Исполнитель ТИК ${r + 1}-${t + 1}`,
        organization_id: tikId,
        roles: '{executor}',
      });
      // Two or three plans a year: the work plan, the training plan, sometimes an election calendar.
      plan(tikId, `План работы ТИК № ${t + 1} на ${shape.year} год`, shape.itemsPerPlan);
      plan(tikId, `План обучения организаторов выборов ТИК № ${t + 1} на ${shape.year} год`, Math.round(shape.itemsPerPlan * 0.6));
      if (rand() < 0.5) plan(tikId, `План мероприятий по повышению правовой культуры ТИК № ${t + 1}`, Math.round(shape.itemsPerPlan * 0.6));
    }
  }
  return rows;
}
