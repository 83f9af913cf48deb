import { z } from 'zod';
import { planStatuses, reportingPeriods } from './plan-api.js';
import { deadlineKinds, importOverridesSchema, planDraftSchema, planKinds } from './plan-format.js';
import { isoDateTime } from './responses.js';

/**
 * Response contracts of the plans, items, versions and imports API (issue #15). The web app takes its types
 * from here with `import type` and z.infer, so these describe what the screens read; the serializer checks
 * the answer against them without stripping other fields.
 */

export const planColumnResponse = z.object({ key: z.string(), title: z.string(), role: z.string() });

export const executorResponse = z.object({
  id: z.string().optional(),
  text: z.string(),
  kind: z.string(),
  role: z.string(),
  organizationId: z.string().nullable(),
  unitId: z.string().nullable(),
  personId: z.string().nullable(),
});

/** The resolved deadline of an item (the engine's result without its parse tree). */
export const itemDeadlineResponse = z.object({
  text: z.string().optional(),
  kind: z.enum(deadlineKinds),
  windows: z.array(z.object({ start: z.string(), end: z.string() })),
  recurrence: z.object({ every: z.string() }).nullable().optional(),
  flags: z.array(z.string()).optional(),
  needs: z.array(z.string()).optional(),
  reason: z.string().optional(),
  pending: z.array(z.object({ event: z.string(), label: z.string() })).optional(),
});

export const itemResponse = z.object({
  id: z.uuid(),
  planId: z.uuid().optional(),
  parentId: z.uuid().nullable(),
  position: z.number(),
  number: z.string(),
  sourceNumber: z.string().nullable().optional(),
  kind: z.enum(['section', 'item']),
  title: z.string(),
  deadlineText: z.string().nullable(),
  deadline: itemDeadlineResponse.nullable(),
  fields: z.record(z.string(), z.string()),
  notes: z.string().nullable(),
  version: z.number(),
  executors: z.array(executorResponse),
});

export type ItemNodeResponse = z.infer<typeof itemResponse> & { children: ItemNodeResponse[] };
export const itemNodeResponse: z.ZodType<ItemNodeResponse> = itemResponse.extend({
  children: z.array(z.lazy(() => itemNodeResponse)),
});

export const approvalResponse = z.object({
  /** постановление | решение | распоряжение | протокол | приказ */
  kind: z.string().nullable().optional(),
  authority: z.string().nullable(),
  date: z.string().nullable(),
  number: z.string().nullable(),
  /** «Приложение № 2»: approved as an appendix of the resolution. */
  appendix: z.string().nullable().optional(),
});

/** The plan's header as every plan answer carries it (plan.dto.ts). */
export const planHeaderResponse = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  kind: z.enum(planKinds),
  title: z.string(),
  status: z.enum(planStatuses),
  period: z.object({ start: z.string(), end: z.string() }).nullable(),
  approval: approvalResponse.nullable(),
  /** An open amendment: the items are a working copy, not yet approved. */
  amendment: z.object({ openedAt: isoDateTime }).nullable().optional(),
  officialVersion: z.number().nullable().optional(),
  revision: z.object({ kind: z.string().nullable(), date: z.string().nullable(), number: z.string().nullable() }).nullable().optional(),
  description: z.string().nullable(),
  columns: z.array(planColumnResponse),
  reportingPeriod: z.enum(reportingPeriods),
  programmeId: z.uuid().nullable(),
  published: z.boolean(),
  version: z.number(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const planSummaryResponse = planHeaderResponse.extend({ itemCount: z.number() });
/** A page of the list; `total` counts every plan the same filters admit, so a reader knows what the page leaves out. */
export const planListResponse = z.object({ plans: z.array(planSummaryResponse), total: z.number().int() });

/** A plan with its glossary and item tree (GET, and every change of the plan as a whole). */
export const planResponse = planHeaderResponse.extend({
  abbreviations: z.array(z.object({ short: z.string(), full: z.string() })),
  items: z.array(itemNodeResponse),
  /** The гриф as the documents print it («УТВЕРЖДЕН», «постановлением …», «от … № …»). */
  approvalBlock: z.array(z.string()).optional(),
});
export type PlanResponse = z.infer<typeof planResponse>;

/** A plan made from another one (copy for a new period, annual plan of a programme). */
export const derivedPlanResponse = z.object({ id: z.uuid(), itemCount: z.number(), carriedOver: z.number() });

export const planVersionsResponse = z.object({
  plan: z.object({ id: z.uuid(), title: z.string(), status: z.string() }),
  versions: z.array(
    z.object({
      id: z.uuid(),
      version: z.number(),
      /** approved | amended | amendment … */
      reason: z.string(),
      /** The act that approved this version (approval or amendment). */
      act: z
        .object({ kind: z.string().nullable(), authority: z.string().nullable(), date: z.string().nullable(), number: z.string().nullable() })
        .nullable()
        .optional(),
      createdBy: z.uuid().nullable(),
      createdByName: z.string().nullable().optional(),
      createdAt: isoDateTime,
    }),
  ),
});

export const planVersionResponse = z.object({
  version: z.number(),
  reason: z.string(),
  createdAt: isoDateTime,
  /** The plan as it was (the same document as GET /api/plans/:id then answered). */
  snapshot: z.record(z.string(), z.unknown()),
});

const diffEntry = z.object({ id: z.string(), number: z.string(), title: z.string() });
export const versionDiffResponse = z.object({
  from: z.number(),
  to: z.union([z.number(), z.literal('current')]),
  added: z.array(diffEntry),
  removed: z.array(diffEntry),
  changed: z.array(z.object({ id: z.string(), number: z.string(), changes: z.record(z.string(), z.object({ before: z.string(), after: z.string() })) })),
  renumbered: z.array(z.object({ id: z.string(), title: z.string(), from: z.string(), to: z.string() })),
});

/** A pending import: the file read into a draft the user checks before a plan is made of it. */
export const importResponse = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  fileName: z.string(),
  draft: planDraftSchema,
  /** The corrections the draft was last re-read with (`{}` for the first reading). */
  overrides: importOverridesSchema,
  createdAt: isoDateTime,
});
export const importConfirmedResponse = z.object({ plan: planSummaryResponse, itemCount: z.number() });

/** One audit event (GET /api/audit), newest first, keyset by id. */
export const auditEventResponse = z.object({
  id: z.number(),
  at: isoDateTime,
  actor: z.object({ id: z.uuid(), login: z.string().nullable(), name: z.string().nullable() }).nullable(),
  organizationId: z.uuid().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  planId: z.uuid().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const auditEventsResponse = z.object({ events: z.array(auditEventResponse) });

/** Full-text search hits: plan titles and item texts, the snippet as plain segments (never markup). */
export const searchResponse = z.object({
  results: z.array(
    z.object({
      type: z.enum(['plan', 'item']),
      plan: z.object({ id: z.uuid(), title: z.string() }),
      item: z.object({ id: z.uuid(), number: z.string(), title: z.string() }).nullable(),
      snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
    }),
  ),
});
