import { z } from 'zod';
import { TEXT_LIMITS as L, tooLongMessage } from './text-limits.js';

/**
 * The JSON interchange format of a plan (docs/plan-format.md).
 * Produced by the importer and by the JSON export, accepted back by the importer.
 */
/** A text of at most `max` characters (docs/plan-format.md, «Limits»). */
const text = (max: number) => z.string().max(max, tooLongMessage(max));

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
  text: text(L.deadlineText),
  kind: z.enum(deadlineKinds),
  windows: z.array(windowSchema),
});

export const draftExecutorSchema = z.object({
  text: text(L.executorText).min(1),
  kind: z.enum(executorKinds),
  /** Optional: what the importer matched the text to (glossary full name or directory name). */
  matched: text(L.executorText).nullish(),
  /** Optional: a near-miss suggestion for an unknown executor («ИЖКО» → «ИККО»). */
  suggestion: text(L.executorText).nullish(),
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
    number: text(L.itemNumber).nullable(),
    title: text(L.itemTitle),
    deadline: draftDeadlineSchema.nullable(),
    executors: z.array(draftExecutorSchema).max(L.executorsPerItem),
    fields: z
      .record(text(L.fieldKey), text(L.fieldValue))
      .refine((f) => Object.keys(f).length <= L.fieldCount, `Не более ${L.fieldCount} полей`),
    children: z.array(draftItemSchema),
    kind: z.enum(['section', 'item']).optional(),
    line: z.number().int().nullish(),
  }),
) as z.ZodType<DraftItem>;

export const columnSchema = z.object({
  key: text(L.fieldKey).min(1),
  title: text(L.columnTitle),
  role: text(100),
});
export type PlanColumn = z.infer<typeof columnSchema>;

export const planDraftSchema = z.object({
  title: text(L.planTitle),
  kind: z.enum(planKinds),
  period: periodSchema.nullable(),
  approval: z
    .object({
      authority: text(L.approvalAuthority).nullable(),
      date: isoDate.nullable(),
      number: text(L.approvalNumber).nullable(),
      appendix: text(L.approvalAppendix).nullable().optional(),
    })
    .nullable(),
  abbreviations: z.array(z.object({ short: text(L.abbreviationShort), full: text(L.abbreviationFull) })).max(L.abbreviationCount),
  description: text(L.planDescription).nullable(),
  items: z.array(draftItemSchema),
  warnings: z.array(z.object({ message: text(L.warningMessage), line: z.number().int().nullable() })),
  /** Optional: the plan's own columns in order (role + Russian header). */
  columns: z.array(columnSchema).max(L.fieldCount).optional(),
  /** Optional: election anchors found in the document («День голосования - 2 марта 2008 года»). */
  elections: z.array(z.object({ name: text(L.electionName).nullable(), votingDay: isoDate })).optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;
