import { z } from 'zod';
import { isoDate, periodSchema } from './plan-format.js';

/** Contracts of the consolidation API (issue #17): cascade, submission, consolidated plans, the regional dashboard. */

export const executorClassValues = ['ТИК', 'ИКМО', 'УИК', 'territorial', 'municipal', 'precinct'] as const;

export const cascadeBody = z.object({
  /** The class of lower bodies: «ТИК», «ИКМО», «УИК» (or the directory kind). */
  executorClass: z.enum(executorClassValues, 'Укажите, кому доводятся пункты: ТИК, ИКМО или УИК'),
  /** Items (sections with their items) to send down; without them, the items whose executors name the class. */
  items: z.array(z.uuid('Ожидается идентификатор пункта (UUID)')).max(5000).optional(),
  /** The date the lower bodies submit their plans by. */
  dueDate: isoDate.nullable().optional(),
});

export const consolidatedBody = z.object({
  organizationId: z.uuid('Ожидается идентификатор организации (UUID)'),
  period: periodSchema,
  title: z.string().trim().max(1000).optional(),
  sources: z
    .array(
      z.object({
        planId: z.uuid('Ожидается идентификатор плана (UUID)'),
        itemIds: z.array(z.uuid('Ожидается идентификатор пункта (UUID)')).max(5000).optional(),
        sectionTitle: z.string().trim().max(1000).nullable().optional(),
      }),
    )
    .min(1, 'Выберите хотя бы один план-источник')
    .max(500),
});

export const planItemParam = z.object({ id: z.uuid('Ожидается идентификатор (UUID)'), itemId: z.uuid('Ожидается идентификатор пункта (UUID)') });

export const dashboardQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });

const period = z.object({ start: z.string(), end: z.string() }).nullable();

export const linkedPlanSchema = z.object({
  id: z.string(),
  title: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  status: z.string(),
  state: z.enum(['draft', 'review', 'approved', 'submitted']),
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  submissionDue: z.string().nullable(),
  period,
  direction: z.enum(['down', 'up']),
  linkKind: z.string(),
  linkedItems: z.number(),
});

export const linkedPlansResponse = z.object({ plans: z.array(linkedPlanSchema) });

export const cascadeResponse = z.object({ items: z.number(), added: z.number(), plans: z.array(linkedPlanSchema) });

export const sourceSchema = z.object({
  planId: z.string().nullable(),
  itemId: z.string().nullable(),
  number: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  planTitle: z.string().nullable(),
  kind: z.enum(['cascaded', 'consolidated_from']),
});

export const itemSourcesResponse = z.object({
  items: z.array(z.object({ itemId: z.string(), source: sourceSchema, change: z.enum(['changed', 'removed']).nullable() })),
});

const itemContent = z.object({ title: z.string(), deadlineText: z.string().nullable(), fields: z.record(z.string(), z.string()) });

export const updatesResponse = z.object({
  updates: z.array(
    z.object({
      itemId: z.string(),
      itemNumber: z.string(),
      change: z.enum(['changed', 'removed']),
      source: sourceSchema,
      current: itemContent,
      proposed: itemContent.extend({ number: z.string().nullable() }).nullable(),
    }),
  ),
});

export const acceptUpdateResponse = z.object({ itemId: z.string(), change: z.enum(['changed', 'removed']) });

export const consolidatedResponse = z.object({
  id: z.string(),
  created: z.boolean(),
  added: z.number(),
  sources: z.array(z.object({ planId: z.string(), organizationId: z.string(), items: z.number() })),
  pendingUpdates: z.number(),
});

const tally = z.object({
  occurrences: z.number(),
  done: z.number(),
  partial: z.number(),
  overdue: z.number(),
  pendingReview: z.number(),
  awaiting: z.number(),
  executedShare: z.number(),
});

export const dashboardResponse = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  today: z.string(),
  totals: z.object({ bodies: z.number(), plans: z.number(), submitted: z.number(), late: z.number(), withoutPlan: z.number() }),
  bodies: z.array(
    z.object({
      organizationId: z.string(),
      name: z.string(),
      kind: z.string(),
      plans: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          status: z.string(),
          state: z.enum(['draft', 'review', 'approved', 'submitted']),
          late: z.boolean(),
          submittedAt: z.string().nullable(),
          submissionDue: z.string().nullable(),
        }),
      ),
      submittedPlans: z.number(),
      latePlans: z.number(),
      ownPlans: tally,
      regionalItems: tally,
    }),
  ),
});

export type CascadeBody = z.infer<typeof cascadeBody>;
export type ConsolidatedBody = z.infer<typeof consolidatedBody>;
export type LinkedPlan = z.infer<typeof linkedPlanSchema>;
export type SourceUpdates = z.infer<typeof updatesResponse>;
export type RegionalDashboard = z.infer<typeof dashboardResponse>;
