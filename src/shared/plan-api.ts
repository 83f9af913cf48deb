import { z } from 'zod';
import { actKinds } from '../domain/plan/act.js';
import { closingTargets, planStatuses } from '../domain/plan/lifecycle.js';
import { INT32_MAX, isoDate, periodSchema, planKinds } from './plan-format.js';
import { TEXT_LIMITS as L, tooLongMessage } from './text-limits.js';

/** Request contracts of the plans and items API, shared by the server and the web app. */
export { planStatuses };
export const reportingPeriods = ['half_year', 'quarter', 'month'] as const;

export const uuidParam = z.object({ id: z.uuid('Ожидается идентификатор (UUID)') });

const text = (max: number) => z.string().trim().max(max, tooLongMessage(max));

export const approvalInput = z
  .object({
    authority: text(L.approvalAuthority).nullable(),
    date: isoDate.nullable(),
    number: text(L.approvalNumber).nullable(),
    appendix: text(L.approvalAppendix).nullable().optional(),
  })
  .nullable();

/** The act that approves a plan or an amendment: «постановление … от 27.12.2021 № 16/2-7». */
export const actInput = z.object({
  kind: z.enum(actKinds, 'Вид акта: постановление, решение, распоряжение, протокол или приказ'),
  authority: text(1000).min(1, 'Укажите, кто принял акт'),
  date: isoDate,
  number: text(100).min(1, 'Укажите номер акта'),
  appendix: text(20).nullable().optional(),
});

export const approveBody = z.object({ act: actInput });

export const copyBody = z.object({
  period: periodSchema,
  /** Mark the items left unfinished as carried over and link them to their source. */
  carryOver: z.boolean().default(true),
  /** With carry-over: the unfinished items chosen (GET /api/plans/:id/unfinished-items); absent — all of them. */
  carryOverItemIds: z.array(z.uuid('Неверный идентификатор пункта')).max(10_000).optional(),
});

export const unfinishedItemsResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), number: z.string(), title: z.string(), deadlineText: z.string().nullable(), executors: z.string() })),
});

/** After the plan's year: executed (исполнен), archived, or back to approved (reopened). */
export const statusTransitionBody = z.object({
  status: z.enum(closingTargets, 'Статус: executed (исполнен), archived (в архиве) или approved (вернуть в работу)'),
});

export const annualPlanBody = z.object({ year: z.number('Укажите год').int().min(1990).max(2100) });

export const columnInput = z.object({ key: text(L.fieldKey).min(1), title: text(L.columnTitle), role: text(100) });

export const abbreviationInput = z.object({ short: text(L.abbreviationShort).min(1, 'Пустое сокращение'), full: text(L.abbreviationFull) });

export const planCreateBody = z.object({
  organizationId: z.uuid().optional(),
  kind: z.enum(planKinds),
  title: text(L.planTitle).min(1, 'Название плана не может быть пустым'),
  period: periodSchema.nullable().optional(),
  description: text(L.planDescription).nullable().optional(),
  columns: z.array(columnInput).max(L.fieldCount).optional(),
  approval: approvalInput.optional(),
  abbreviations: z.array(abbreviationInput).max(L.abbreviationCount).optional(),
  reportingPeriod: z.enum(reportingPeriods).optional(),
});

export const planPatchBody = planCreateBody
  .omit({ organizationId: true })
  .partial()
  .extend({
    version: z.number().int().positive().max(INT32_MAX).optional(),
    status: z.enum(planStatuses).optional(),
    published: z.boolean().optional(),
  });

export const planListQuery = z.object({
  organizationId: z.uuid().optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(planKinds).optional(),
  status: z.enum(planStatuses).optional(),
  /**
   * `mine`: the plans of the user's own commission, the commissions below it and the plans it
   * executes; `all` adds the plans other commissions published (thousands across the country).
   */
  scope: z.enum(['mine', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(INT32_MAX).default(0),
});

export const executorInput = z.object({
  text: text(L.executorText).min(1, 'Пустой исполнитель'),
  kind: z.enum(['organization', 'department', 'person', 'group', 'unknown']).optional(),
  role: z.enum(['responsible', 'co_executor']).optional(),
  organizationId: z.uuid().nullable().optional(),
  unitId: z.uuid().nullable().optional(),
  personId: z.uuid().nullable().optional(),
});

export const itemCreateBody = z.object({
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(INT32_MAX).optional(),
  kind: z.enum(['section', 'item']).optional(),
  title: text(L.itemTitle).min(1, 'Наименование пункта не может быть пустым'),
  deadlineText: text(L.deadlineText).nullable().optional(),
  fields: z
    .record(text(L.fieldKey), text(L.fieldValue))
    .refine((f) => Object.keys(f).length <= L.fieldCount, `Не более ${L.fieldCount} полей`)
    .optional(),
  notes: text(L.notes).nullable().optional(),
  executors: z.array(executorInput).max(L.executorsPerItem).optional(),
});

export const itemPatchBody = itemCreateBody
  .omit({ parentId: true, position: true })
  .partial()
  .extend({ version: z.number().int().positive().max(INT32_MAX).optional() });

export const itemMoveBody = z.object({
  parentId: z.uuid().nullable(),
  position: z.number().int().min(0).max(INT32_MAX),
});

export const loginBody = z.object({
  login: z.string().trim().min(1, 'Введите логин').max(200),
  password: z.string().min(1, 'Введите пароль').max(1000),
});
