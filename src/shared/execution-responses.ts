import { z } from 'zod';
import { electionDto, occurrenceSyncDto, reportStatusValues } from './execution-api.js';
import { isoDateTime } from './responses.js';

/**
 * Response contracts of the execution-control API: occurrences, reports, files, the plan's dashboard, events and
 * reminders (issue #15). The web app types its answers from these with `import type` and z.infer.
 */

export const occurrenceStateValues = ['due', 'overdue', 'done', 'awaiting'] as const;
export const bucketValues = ['overdue', 'week', 'month', 'later', 'awaiting', 'done'] as const;
export const outcomeValues = ['done', 'partial', 'not_done', 'cancelled', 'submitted', 'moved', 'overdue', 'open', 'external', 'awaiting'] as const;

const reportStatus = z.enum(reportStatusValues);
const metrics = z.record(z.string(), z.number());

export const occurrenceItemResponse = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planTitle: z.string(),
  ownerName: z.string(),
  itemId: z.uuid(),
  itemNumber: z.string(),
  itemTitle: z.string(),
  deadlineText: z.string().nullable(),
  executorKey: z.string(),
  executorLabel: z.string(),
  organizationId: z.uuid().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  retired: z.boolean(),
  timeZone: z.string(),
  today: z.string(),
  state: z.enum(occurrenceStateValues),
  bucket: z.enum(bucketValues),
  dueDate: z.string().nullable(),
  moved: z.boolean(),
  needsRework: z.boolean(),
  /** The due dates moved because an election or event of the plan moved (shown for a month); empty dates: awaiting. */
  dateChange: z
    .object({ before: z.array(z.string()), after: z.array(z.string()), cause: z.string(), at: z.string() })
    .nullable()
    .optional(),
  reportCount: z.number(),
  current: z
    .object({
      id: z.uuid(),
      status: reportStatus,
      reviewStatus: z.string(),
      movedTo: z.string().nullable(),
      text: z.string().nullable(),
      metrics,
      createdAt: isoDateTime,
    })
    .nullable(),
  outcome: z.enum(outcomeValues).optional(),
  sectionKey: z.string().optional(),
  sectionLabel: z.string().optional(),
});

export const myOccurrencesResponse = z.object({
  canReport: z.boolean(),
  counts: z.object({
    due: z.number(),
    overdue: z.number(),
    done: z.number(),
    awaiting: z.number(),
    week: z.number(),
    month: z.number(),
    needsRework: z.number(),
    all: z.number(),
  }),
  occurrences: z.array(occurrenceItemResponse),
});

export const myPlansResponse = z.object({
  plans: z.array(
    z.object({
      planId: z.uuid(),
      planTitle: z.string(),
      ownerName: z.string(),
      total: z.number(),
      due: z.number(),
      overdue: z.number(),
      done: z.number(),
      awaiting: z.number(),
      needsRework: z.number(),
      nextDue: z.string().nullable(),
    }),
  ),
});

export const fileInfoResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: isoDateTime,
});

export const reportResponse = z.object({
  id: z.uuid(),
  occurrenceId: z.uuid(),
  status: reportStatus,
  statusName: z.string(),
  text: z.string().nullable(),
  movedTo: z.string().nullable(),
  metrics,
  links: z.array(z.string()),
  files: z.array(fileInfoResponse),
  authorName: z.string().nullable(),
  reviewStatus: z.enum(['pending', 'accepted', 'returned']),
  reviewStatusName: z.string(),
  reviewComment: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

/** A report as the occurrence lists it, with its review history (a submission or a review answers without it). */
export const reportWithReviewsResponse = reportResponse.extend({
  reviews: z.array(
    z.object({
      id: z.uuid(),
      decision: z.enum(['accepted', 'returned']),
      comment: z.string().nullable(),
      reviewerName: z.string().nullable(),
      createdAt: isoDateTime,
    }),
  ),
});

export const indicatorResponse = z.object({ key: z.string(), title: z.string() });
/** The plan's indicators; `custom` false: the plan has none of its own and the default ones apply. */
export const indicatorsResponse = z.object({ indicators: z.array(indicatorResponse), custom: z.boolean() });

export const occurrenceDetailResponse = z.object({
  id: z.uuid(),
  plan: z.object({ id: z.uuid(), title: z.string(), status: z.string() }),
  item: z.object({ id: z.uuid(), number: z.string(), title: z.string(), deadlineText: z.string().nullable() }),
  executorLabel: z.string(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  retired: z.boolean(),
  today: z.string(),
  state: z.enum(occurrenceStateValues),
  dueDate: z.string().nullable(),
  moved: z.boolean(),
  needsRework: z.boolean(),
  canReport: z.boolean(),
  canReview: z.boolean(),
  indicators: z.array(indicatorResponse),
  reports: z.array(reportWithReviewsResponse),
});

export const tallyResponse = z.object({
  total: z.number(),
  done: z.number(),
  partial: z.number(),
  not_done: z.number(),
  cancelled: z.number(),
  submitted: z.number(),
  moved: z.number(),
  overdue: z.number(),
  open: z.number(),
  external: z.number(),
  awaiting: z.number(),
  pendingReview: z.number(),
  accepted: z.number(),
  returned: z.number(),
});

const group = z.object({ key: z.string(), label: z.string(), tally: tallyResponse });

export const progressResponse = z.object({
  plan: z.object({
    id: z.uuid(),
    title: z.string(),
    period: z.object({ start: z.string(), end: z.string() }).nullable(),
    reportingPeriod: z.string(),
    status: z.string(),
  }),
  totals: tallyResponse,
  executedShare: z.number(),
  bySection: z.array(group),
  byExecutor: z.array(group.extend({ external: z.boolean() })),
  byMonth: z.array(group),
  overdueItems: z.number(),
  pendingReview: z.array(
    z.object({
      id: z.uuid(),
      itemNumber: z.string(),
      itemTitle: z.string(),
      executorLabel: z.string(),
      dueDate: z.string().nullable(),
      reportStatus,
      submittedAt: isoDateTime,
    }),
  ),
  awaiting: z.array(z.object({ itemId: z.uuid(), itemNumber: z.string(), itemTitle: z.string(), deadlineText: z.string().nullable(), executors: z.number() })),
  canMarkExternal: z.boolean(),
});

/** «Просрочено» by item; executors are named by their index in `executors`. */
export const overdueResponse = z.object({
  occurrences: z.number(),
  executors: z.array(z.object({ key: z.string(), label: z.string(), external: z.boolean() })),
  items: z.array(
    z.object({
      itemId: z.uuid(),
      itemNumber: z.string(),
      itemTitle: z.string(),
      overdue: z.number(),
      since: z.string(),
      missing: z.array(z.object({ executor: z.number(), overdue: z.number(), reported: z.number(), since: z.string().nullable(), occurrenceId: z.uuid() })),
      reported: z.array(z.object({ executor: z.number(), reported: z.number(), occurrenceId: z.uuid() })),
    }),
  ),
});

export const controlledPlansResponse = z.object({
  plans: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.string(),
      organizationId: z.uuid(),
      period: z.object({ start: z.string(), end: z.string() }).nullable(),
      itemCount: z.number(),
      occurrences: z.number(),
      overdue: z.number(),
      overdueItems: z.number(),
      pendingReview: z.number(),
      done: z.number(),
      executedShare: z.number(),
    }),
  ),
  /** Every plan in force the user controls; the list holds the last changed of them when there are more (the screen says so). */
  total: z.number().int(),
});

export const planOccurrencesResponse = z.object({ occurrences: z.array(occurrenceItemResponse) });

export const occurrenceExternalResponse = z.object({ executorKey: z.string(), executorLabel: z.string(), external: z.boolean() });

export const electionAttachedResponse = z.object({ election: electionDto, occurrences: occurrenceSyncDto, elections: z.array(electionDto) });

/** The plan's events and the items that wait for an event's date, grouped by the event. */
export const planEventsResponse = z.object({
  events: z.array(z.object({ key: z.string(), label: z.string(), date: z.string().nullable() })),
  waiting: z.array(
    z.object({ event: z.string(), label: z.string(), items: z.array(z.object({ id: z.uuid(), number: z.string().nullable(), title: z.string() })) }),
  ),
});
/** After a change of an event: the events and what happened to the occurrences. */
export const planEventChangeResponse = planEventsResponse.extend({ occurrences: occurrenceSyncDto });

export const reminderSettingsResponse = z.object({ enabled: z.boolean(), email: z.string().nullable(), days: z.number(), configured: z.boolean() });

const digest = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  login: z.string(),
  kind: z.string(),
  runKey: z.string(),
  email: z.string(),
  subject: z.string(),
  itemCount: z.number(),
  status: z.string(),
  attempts: z.number(),
  nextAttemptAt: isoDateTime.nullable(),
  lastError: z.string().nullable(),
  sentAt: isoDateTime.nullable(),
  createdAt: isoDateTime.nullable(),
});

/** For the administrator: what was sent, what failed and why, when the next run is. */
export const reminderStatusResponse = z.object({
  configured: z.boolean(),
  smtp: z.string().nullable(),
  days: z.number(),
  schedule: z.string(),
  job: z
    .object({
      nextRunAt: isoDateTime.nullable(),
      lastStartedAt: isoDateTime.nullable(),
      lastFinishedAt: isoDateTime.nullable(),
      lastError: z.string().nullable(),
      lastResult: z.unknown(),
      lockedBy: z.string().nullable(),
    })
    .nullable(),
  counts: z.record(z.string(), z.number()),
  failures: z.array(digest),
  recent: z.array(digest),
});

export const reminderRunResponse = z.object({
  runKey: z.string(),
  planned: z.number(),
  recipients: z.number(),
  skippedEmpty: z.number(),
  notices: z.number(),
  sent: z.number(),
  failed: z.number(),
});

const tallyNumbers = z.record(z.string(), z.number());
const reportGroup = z.object({ key: z.string(), label: z.string(), tally: tallyNumbers });

/** The data of the execution report for a period (format=json): what the DOCX and PDF print. */
export const executionReportModelResponse = z.object({
  title: z.string(),
  subtitle: z.string(),
  periodLabel: z.string(),
  organizationName: z.string().nullable(),
  approval: z.string().nullable(),
  generatedLine: z.string(),
  sections: z.array(z.object({ label: z.string(), items: z.array(z.unknown()) })),
  totals: tallyNumbers,
  bySection: z.array(reportGroup),
  byExecutor: z.array(reportGroup),
  figures: z.array(z.object({ title: z.string(), total: z.number() })),
  overdue: z.array(z.object({ number: z.string(), title: z.string(), executorLabel: z.string(), dueDate: z.string() })),
  late: z.array(
    z.object({
      number: z.string(),
      title: z.string(),
      executorLabel: z.string(),
      dueDate: z.string(),
      submittedAt: isoDateTime,
      closedPeriodLabel: z.string(),
      accepted: z.boolean(),
    }),
  ),
  narrative: z.array(z.string()),
  resolution: z.array(z.string()),
  empty: z.boolean(),
  /** The report's fixed texts (headings, columns) in the language it was built in. */
  labels: z.unknown(),
});
