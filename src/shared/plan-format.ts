import { z } from 'zod';
import { approvalActKinds } from './act-kinds.js';

/**
 * The JSON interchange format of a plan (docs/plan-format.md).
 * Produced by the importer and by the JSON export, accepted back by the importer.
 */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ожидается дата в формате ГГГГ-ММ-ДД');

export const deadlineKinds = [
  'date',
  'range',
  'multi',
  'whole_period',
  'recurring',
  'election_relative',
  'event_relative',
  'on_demand',
  'external_schedule',
  'unknown',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const executorKinds = ['organization', 'department', 'person', 'group', 'unknown'] as const;
export type ExecutorKind = (typeof executorKinds)[number];

export const planKinds = ['programme', 'work_plan', 'consolidated', 'calendar', 'strategic', 'other'] as const;
export type PlanKind = (typeof planKinds)[number];

export const periodSchema = z.object({ start: isoDate, end: isoDate });
export type Period = z.infer<typeof periodSchema>;

export const windowSchema = z.object({ start: isoDate, end: isoDate });

export const draftDeadlineSchema = z.object({
  text: z.string(),
  kind: z.enum(deadlineKinds),
  windows: z.array(windowSchema),
});

export const draftExecutorSchema = z.object({
  text: z.string().min(1),
  kind: z.enum(executorKinds),
  /** Optional: what the importer matched the text to (glossary full name or directory name). */
  matched: z.string().nullish(),
  /** Optional: a near-miss suggestion for an unknown executor («ИЖКО» → «ИККО»). */
  suggestion: z.string().nullish(),
  /** Optional: "co_executor" for a co-executors column (absent means responsible). */
  role: z.enum(['responsible', 'co_executor']).optional(),
});

export interface DraftItem {
  number: string | null;
  title: string;
  deadline: z.infer<typeof draftDeadlineSchema> | null;
  executors: z.infer<typeof draftExecutorSchema>[];
  fields: Record<string, string>;
  children: DraftItem[];
  /** Optional: "section" for heading rows, "item" otherwise (absent means item). */
  kind?: 'section' | 'item' | undefined;
  /** Optional: where the row came from in the source (line number). */
  line?: number | null | undefined;
}

export const draftItemSchema: z.ZodType<DraftItem> = z.lazy(() =>
  z.object({
    number: z.string().nullable(),
    title: z.string(),
    deadline: draftDeadlineSchema.nullable(),
    executors: z.array(draftExecutorSchema),
    fields: z.record(z.string(), z.string()),
    children: z.array(draftItemSchema),
    kind: z.enum(['section', 'item']).optional(),
    line: z.number().int().nullish(),
  }),
) as z.ZodType<DraftItem>;

export { approvalActKinds };

/** A named date of an election besides voting day («Официальное опубликование решения о назначении выборов»). */
export const electionEventSchema = z.object({ name: z.string().min(1), date: isoDate });

export const draftElectionSchema = z.object({
  name: z.string().nullable(),
  votingDay: isoDate,
  /** Optional: the calling of the election (the official publication of the decision). */
  calledOn: isoDate.nullable().optional(),
  /** Optional: other dated events the document names. */
  events: z.array(electionEventSchema).optional(),
});
export type DraftElection = z.infer<typeof draftElectionSchema>;

export const columnSchema = z.object({
  key: z.string().min(1),
  title: z.string(),
  role: z.string(),
});
export type PlanColumn = z.infer<typeof columnSchema>;

export const planDraftSchema = z.object({
  title: z.string(),
  kind: z.enum(planKinds),
  period: periodSchema.nullable(),
  approval: z
    .object({
      authority: z.string().nullable(),
      date: isoDate.nullable(),
      number: z.string().nullable(),
      appendix: z.string().nullable().optional(),
      /** Optional: the kind of the approving act. */
      actKind: z.enum(approvalActKinds).nullable().optional(),
    })
    .nullable(),
  abbreviations: z.array(z.object({ short: z.string(), full: z.string() })),
  description: z.string().nullable(),
  items: z.array(draftItemSchema),
  warnings: z.array(z.object({ message: z.string(), line: z.number().int().nullable() })),
  /** Optional: the plan's own columns in order (role + Russian header). */
  columns: z.array(columnSchema).optional(),
  /** Optional: election anchors found in the document («День голосования - 2 марта 2008 года»). */
  elections: z.array(draftElectionSchema).optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;
