import { z } from 'zod';
import { localeSchema } from './locale-schema.js';
import { isoDate, votingDaysSchema } from './plan-format.js';

/** Request contracts of the execution-control API (occurrences, reports, reviews, reminders). */
export const reportStatusValues = ['done', 'partial', 'not_done', 'moved', 'cancelled'] as const;
export const occurrenceStates = ['due', 'overdue', 'done', 'awaiting', 'all'] as const;
export const reviewDecisions = ['accept', 'return'] as const;

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);

export const myOccurrencesQuery = z.object({
  state: z.enum(occurrenceStates).default('all'),
  planId: z.uuid().optional(),
});

export const reportBody = z.object({
  status: z.enum(reportStatusValues, 'Статус: исполнено, исполнено частично, не исполнено, перенесено или отменено'),
  text: text(20_000).nullable().optional(),
  movedTo: isoDate.nullable().optional(),
  metrics: z.record(text(100), z.number('Показатель должен быть числом')).optional(),
  links: z.array(text(2000)).max(20, 'Не более 20 ссылок').optional(),
  fileIds: z.array(z.uuid()).max(20, 'Не более 20 файлов').optional(),
  /** Idempotency key: resubmitting with the same key returns the stored report. */
  clientKey: text(100).min(8).optional(),
});
export type ReportBody = z.infer<typeof reportBody>;

export const reviewBody = z.object({
  decision: z.enum(reviewDecisions, 'Решение: accept (принять) или return (вернуть на доработку)'),
  comment: text(5000).nullable().optional(),
});

export const executionReportQuery = z.object({
  from: isoDate,
  to: isoDate,
  format: z.enum(['docx', 'pdf', 'json']).default('docx'),
  /** The report's own texts (headings, columns, analytic text, draft decision): ru (default) or ky. */
  lang: localeSchema.optional(),
});

export const planOccurrencesQuery = z.object({
  section: z.string().max(100).optional(),
  item: z.uuid().optional(),
  executor: z.string().max(300).optional(),
  month: z.string().max(10).optional(),
  outcome: z.enum(['done', 'partial', 'not_done', 'cancelled', 'submitted', 'moved', 'overdue', 'open', 'external', 'awaiting', 'pending_review']).optional(),
});

/** The controller marks an executor of a plan as external (the plan's owner reports on it) or takes the mark back. */
export const externalExecutorBody = z.object({
  executorKey: z.string('Укажите исполнителя').trim().min(1, 'Укажите исполнителя').max(300, 'Не длиннее 300 символов'),
  external: z.boolean('Укажите external: true или false'),
});

export const indicatorsBody = z.object({
  indicators: z
    .array(
      z.object({
        key: text(100)
          .min(1)
          .regex(/^[\p{L}\p{N}_.-]+$/u, 'Ключ показателя: буквы, цифры, _ . -'),
        title: text(300).min(1),
      }),
    )
    .max(30),
});

export const electionBody = z.object({
  name: text(500).min(1, 'Укажите название выборов'),
  votingDay: isoDate,
  /** Consecutive voting days ending on the voting day (ст. 63.1 67-ФЗ); one when left out. */
  votingDays: votingDaysSchema.optional(),
  calledOn: isoDate.nullable().optional(),
});

/** A change of an election of the plan: what is given changes, what is left out stays. */
export const electionPatchBody = z.object({
  name: text(500).min(1, 'Укажите название выборов').optional(),
  votingDay: isoDate.optional(),
  votingDays: votingDaysSchema.optional(),
  calledOn: isoDate.nullable().optional(),
});

export const planElectionParam = z.object({
  id: z.string().uuid('Ожидается идентификатор плана'),
  electionId: z.string().uuid('Ожидается идентификатор выборов'),
});

export const electionDto = z.object({ id: z.string(), name: z.string(), votingDay: z.string(), votingDays: z.number(), calledOn: z.string().nullable() });
export const occurrenceSyncDto = z.object({ inserted: z.number(), removed: z.number(), retired: z.number(), revived: z.number(), updated: z.number() });

export const planElectionsResponse = z.object({
  elections: z.array(electionDto),
  /** Items counted from the voting day or the call: they wait for a date once the plan has no election. */
  dependents: z.array(z.object({ id: z.string(), number: z.string().nullable(), title: z.string() })),
});

export const electionChangeResponse = z.object({
  election: electionDto.optional(),
  occurrences: occurrenceSyncDto,
  /** Executors told that their due dates moved. */
  notified: z.number(),
  elections: z.array(electionDto),
});

export const reminderSettingsBody = z.object({ enabled: z.boolean() });

/** A plan event's key: a well-known one (`official_publication`) or the words a phrase names it with. */
export const planEventKeyParam = z.object({
  id: z.string().uuid('Ожидается идентификатор плана'),
  key: z.string().trim().min(1, 'Укажите событие').max(300, 'Не длиннее 300 символов'),
});

const realIsoDate = isoDate.refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}, 'Такой даты нет в календаре');

export const planEventBody = z.object({
  label: text(300).min(1, 'Укажите название события').nullable().optional(),
  /** null: the event has no date yet, its items wait. */
  date: realIsoDate.nullable(),
});

const rollupTally = z.object({ total: z.number(), done: z.number(), closedOther: z.number(), submitted: z.number(), overdue: z.number(), open: z.number() });
const rollupState = z.enum(['no_annual', 'not_planned', 'not_started', 'in_progress', 'overdue', 'done']);

/** A programme's progress rolled up from its annual plans, per programme item. */
export const programmeProgressResponse = z.object({
  annualPlans: z.array(z.object({ id: z.uuid(), title: z.string(), year: z.number().nullable(), status: z.string() })),
  items: z.array(
    z.object({
      itemId: z.uuid(),
      number: z.string(),
      title: z.string(),
      annual: z.array(z.object({ planId: z.uuid(), year: z.number().nullable(), itemId: z.uuid(), tally: rollupTally, state: rollupState })),
      tally: rollupTally,
      state: rollupState,
    }),
  ),
  totals: rollupTally,
});
