import { z } from 'zod';
import { actInput } from './plan-api.js';
import { isoDate } from './plan-format.js';

/** Contracts of escalation, deadline extensions, closed reporting periods and the chairman's page (issue #18). */
const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);

export const escalationDaysBody = z.object({
  days: z.number('Укажите число дней').int('Целое число дней').min(0, 'Не меньше 0 (0 — только напоминание исполнителю)').max(90, 'Не больше 90 дней'),
});

const notice = z.object({
  id: z.uuid(),
  occurrenceId: z.uuid(),
  planId: z.uuid(),
  /** executor | controller | higher */
  level: z.string(),
  levelName: z.string(),
  recipientOrganizationId: z.uuid(),
  recipientName: z.string(),
  dueDate: z.string(),
  daysOverdue: z.number(),
  createdAt: z.string(),
  planTitle: z.string(),
  itemId: z.uuid(),
  itemNumber: z.string(),
  itemTitle: z.string(),
  executorLabel: z.string(),
});
export const noticesResponse = z.object({ notices: z.array(notice) });
export const planNoticesResponse = z.object({ escalationDays: z.number(), notices: z.array(notice) });
/** «Уведомления»: every notice kind addressed to the user, newest first, with what the user has read. */
const inboxNotice = z.object({
  /** escalation | date_change | extension */
  kind: z.enum(['escalation', 'date_change', 'extension']),
  id: z.uuid(),
  at: z.string(),
  read: z.boolean(),
  planId: z.uuid(),
  planTitle: z.string(),
  itemId: z.uuid(),
  itemNumber: z.string(),
  itemTitle: z.string(),
  /** Escalation: executor | controller | higher; extension: approved | refused; date change: null. */
  level: z.string().nullable(),
  executorLabel: z.string().nullable(),
  /** Escalation: the missed deadline; extension: the requested date. */
  dueDate: z.string().nullable(),
  daysOverdue: z.number().nullable(),
  before: z.array(z.string()).nullable(),
  after: z.array(z.string()).nullable(),
  /** Date change: what moved (an election, an event); extension: the decision's comment. */
  note: z.string().nullable(),
});
export type InboxNotice = z.infer<typeof inboxNotice>;
export const inboxResponse = z.object({ unread: z.number(), notices: z.array(inboxNotice) });
export const inboxCountResponse = z.object({ unread: z.number() });
export const inboxReadBody = z.union([
  z.object({ all: z.literal(true) }),
  z.object({
    notices: z
      .array(z.object({ kind: z.enum(['escalation', 'date_change', 'extension']), id: z.uuid() }))
      .min(1)
      .max(500),
  }),
]);
export const escalationDaysResponse = z.object({ escalationDays: z.number() });
export const escalationRunResponse = z.object({
  checked: z.number(),
  created: z.number(),
  byLevel: z.object({ executor: z.number(), controller: z.number(), higher: z.number() }),
  nextRunAt: z.string().nullable(),
  date: z.string(),
});

export const extensionRequestBody = z.object({
  newDate: isoDate,
  reason: text(2000).min(1, 'Укажите причину переноса'),
});
export const extensionDecisionBody = z.object({
  decision: z.enum(['approve', 'refuse'], 'Решение: approve (согласовать) или refuse (отказать)'),
  comment: text(2000).nullable().optional(),
});
export const extensionsQuery = z.object({ status: z.enum(['pending', 'approved', 'refused']).optional() });

export const extension = z.object({
  id: z.uuid(),
  occurrenceId: z.uuid(),
  planId: z.uuid(),
  itemNumber: z.string(),
  itemTitle: z.string(),
  executorLabel: z.string(),
  previousDate: z.string(),
  requestedDate: z.string(),
  reason: z.string(),
  /** pending | approved | refused */
  status: z.string(),
  statusName: z.string(),
  requestedByName: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionComment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Extension = z.infer<typeof extension>;
export const occurrenceExtensionsResponse = z.object({ canRequest: z.boolean(), canDecide: z.boolean(), extensions: z.array(extension) });
export const planExtensionsResponse = z.object({ extensions: z.array(extension) });

export const closePeriodBody = z.object({ from: isoDate, to: isoDate, act: actInput });
const closure = z.object({
  id: z.uuid(),
  from: z.string(),
  to: z.string(),
  label: z.string(),
  act: z.object({
    kind: z.string().nullable(),
    authority: z.string().nullable(),
    date: z.string().nullable(),
    number: z.string().nullable(),
    appendix: z.string().nullable().optional(),
  }),
  closedByName: z.string().nullable(),
  closedAt: z.string(),
});
export const closureResponse = closure;
export const periodsResponse = z.object({ canClose: z.boolean(), closed: z.array(closure) });

const chairmanLine = z.object({
  occurrenceId: z.uuid(),
  planId: z.uuid(),
  itemNumber: z.string(),
  itemTitle: z.string(),
  executorLabel: z.string(),
  dueDate: z.string().nullable(),
  pendingSince: z.string().nullable(),
});
const periodFigures = z.object({
  label: z.string(),
  from: z.string(),
  to: z.string(),
  total: z.number(),
  done: z.number(),
  overdue: z.number(),
  share: z.number().nullable(),
});
export const chairmanResponse = z.object({
  organizationName: z.string(),
  plans: z.number(),
  today: z.string(),
  totals: z.object({ overdue: z.number(), overdueItems: z.number(), pendingReview: z.number(), dueSoon: z.number(), executedShare: z.number() }),
  byBody: z.array(z.object({ key: z.string(), label: z.string(), overdue: z.number(), items: z.number(), oldestDays: z.number() })),
  moreBodies: z.number(),
  bySection: z.array(z.object({ key: z.string(), planId: z.uuid(), planTitle: z.string(), label: z.string(), overdue: z.number(), items: z.number() })),
  moreSections: z.number(),
  waiting: z.array(chairmanLine),
  soon: z.array(chairmanLine),
  trend: z.object({ current: periodFigures, previous: periodFigures, delta: z.number().nullable() }),
});
export type ChairmanData = z.infer<typeof chairmanResponse>;

/** Execution figures of a group of plans, counted as the control list counts them. */
const rollupFigures = {
  plans: z.number(),
  occurrences: z.number(),
  done: z.number(),
  overdue: z.number(),
  overdueItems: z.number(),
  pendingReview: z.number(),
  executedShare: z.number(),
};
/** The national roll-up (issue #19): every plan in force the user controls, by region and commission level. */
export const nationalRollupResponse = z.object({
  ...rollupFigures,
  regions: z.array(
    z.object({
      regionId: z.uuid().nullable(),
      name: z.string(),
      ...rollupFigures,
      levels: z.array(z.object({ level: z.string(), ...rollupFigures })),
    }),
  ),
});
export type NationalRollupData = z.infer<typeof nationalRollupResponse>;
