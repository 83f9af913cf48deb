import { z } from 'zod';
import { parseIsoDate } from '../domain/deadline/calendar-math.js';
import { approvalActKinds } from './act-kinds.js';
import { TEXT_LIMITS as L, tooLongMessage } from './text-limits.js';

/**
 * The JSON interchange format of a plan (docs/plan-format.md).
 * Produced by the importer and by the JSON export, accepted back by the importer.
 */
/** A text of at most `max` characters (docs/plan-format.md, «Limits»). */
const text = (max: number) => z.string().max(max, tooLongMessage(max));

/** The largest value of a PostgreSQL integer column: numbers past it are refused as input, not overflowed in a query. */
export const INT32_MAX = 2_147_483_647;

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ожидается дата в формате ГГГГ-ММ-ДД')
  .refine((text) => parseIsoDate(text) !== null && text >= '0001-01-01', 'Такой даты нет в календаре');

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
  /** Optional: key of the plan column the executor was printed in, when the plan has several executor columns. */
  column: z.string().optional(),
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
    fields: z.record(text(L.fieldKey), text(L.fieldValue)).refine((f) => Object.keys(f).length <= L.fieldCount, `Не более ${L.fieldCount} полей`),
    children: z.array(draftItemSchema),
    kind: z.enum(['section', 'item']).optional(),
    line: z.number().int().min(0).max(INT32_MAX).nullish(),
  }),
) as z.ZodType<DraftItem>;

export { approvalActKinds };

/** A named date of an election besides voting day («Официальное опубликование решения о назначении выборов»). */
export const electionEventSchema = z.object({ name: text(L.electionName).min(1), date: isoDate });

/** Number of consecutive voting days (ст. 63.1 67-ФЗ): 1–3. */
export const votingDaysSchema = z
  .number()
  .int('Число дней голосования — целое число')
  .min(1, 'Дней голосования не меньше одного')
  .max(3, 'Голосование длится не более трех дней подряд (ст. 63.1 67-ФЗ)');

export const draftElectionSchema = z.object({
  name: text(L.electionName).nullable(),
  votingDay: isoDate,
  /**
   * Optional: voting over several consecutive days (ст. 63.1 67-ФЗ) — how many days, ending on `votingDay`
   * (the day the calling decision names is the last one). Absent: one day.
   */
  votingDays: votingDaysSchema.optional(),
  /** Optional: the calling of the election (the official publication of the decision). */
  calledOn: isoDate.nullable().optional(),
  /** Optional: other dated events the document names. */
  events: z.array(electionEventSchema).optional(),
});
export type DraftElection = z.infer<typeof draftElectionSchema>;

export const columnSchema = z.object({
  key: text(L.fieldKey).min(1),
  title: text(L.columnTitle),
  role: text(100),
});
export type PlanColumn = z.infer<typeof columnSchema>;

/** Roles a column of an imported table can be given (docs/plan-format.md, «Перечитывание импорта»). */
export const importColumnRoles = ['number', 'title', 'deadline', 'executors', 'co_executors', 'legal_basis', 'note', 'field', 'ignore'] as const;
export type ImportColumnRole = (typeof importColumnRoles)[number];

// Russian messages: these reach the wizard user as the 400 of a refused correction.
const lineMessage = 'ожидается номер строки файла — целое число от 1';
const sourceLine = z.number({ message: lineMessage }).int({ message: lineMessage }).min(1, { message: lineMessage });
const columnMessage = 'ожидается номер колонки — целое число от 0 до 200';
const tooMany = (max: string, what: string) => ({ message: `не больше ${max} ${what}` });

/**
 * The source table as the importer read it, for the import wizard: every row with its cells
 * and source line, and the role given to each column. Re-running the import with
 * `ImportOverrides` that refer to these lines and column indexes rebuilds the draft.
 */
export const draftSourceSchema = z.object({
  /** Which reader recognised the table: 'table' | 'aligned' | 'line-cells' | 'run-on' | 'headerless' | 'free-text' | 'listed' | 'told'. */
  layout: z.string(),
  columns: z.array(z.object({ index: z.number().int().min(0), title: z.string(), role: z.string() })),
  rows: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;

/** What the user corrected in the wizard; `importPlan(bytes, { overrides })` applies it. */
export const importOverridesSchema = z.object({
  /** A role per column index of `source.columns` («ignore»: the column's text goes to a warning). */
  columns: z
    .array(
      z.object({
        index: z.number({ message: columnMessage }).int({ message: columnMessage }).min(0, { message: columnMessage }).max(200, { message: columnMessage }),
        role: z.enum(importColumnRoles, { message: `роль колонки — одна из: ${importColumnRoles.join(', ')}` }),
      }),
    )
    .max(200, tooMany('200', 'ролей колонок'))
    .optional(),
  /** Rows (by source line) to read as section headings. */
  sectionRows: z.array(sourceLine).max(100_000, tooMany('100 000', 'строк')).optional(),
  /** Rows to drop; their text is listed in a warning, never silently lost. */
  deleteRows: z.array(sourceLine).max(100_000, tooMany('100 000', 'строк')).optional(),
  /** Groups of rows to join into one row, cell by cell (a row broken over a page). */
  mergeRows: z
    .array(z.array(sourceLine).min(2, { message: 'в объединении не меньше двух строк' }).max(1000, tooMany('1000', 'строк в одном объединении')))
    .max(10_000, tooMany('10 000', 'объединений'))
    .optional(),
  /** A row to replace by several rows, each given by its cells (two items in one row). */
  splitRows: z
    .array(
      z.object({
        line: sourceLine,
        rows: z
          .array(z.array(z.string().max(20_000, tooMany('20 000', 'символов в ячейке'))).max(200, tooMany('200', 'ячеек в части')))
          .min(1, { message: 'у разделенной строки должна быть хотя бы одна часть' })
          .max(100, tooMany('100', 'частей')),
      }),
    )
    .max(10_000, tooMany('10 000', 'разделенных строк'))
    .optional(),
});
export type ImportOverrides = z.infer<typeof importOverridesSchema>;

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
      /** Optional: the kind of the approving act. */
      actKind: z.enum(approvalActKinds).nullable().optional(),
    })
    .nullable(),
  abbreviations: z.array(z.object({ short: text(L.abbreviationShort), full: text(L.abbreviationFull) })).max(L.abbreviationCount),
  description: text(L.planDescription).nullable(),
  items: z.array(draftItemSchema),
  warnings: z.array(z.object({ message: text(L.warningMessage), line: z.number().int().min(0).max(INT32_MAX).nullable() })),
  /** Optional: the plan's own columns in order (role + Russian header). */
  columns: z.array(columnSchema).max(L.fieldCount).optional(),
  /** Optional: election anchors found in the document («День голосования - 2 марта 2008 года»). */
  elections: z.array(draftElectionSchema).optional(),
  /** Optional: the raw rows and column roles the import read (only in importer output, for re-reading). */
  source: draftSourceSchema.optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;
