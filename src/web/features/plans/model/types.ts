import type { z } from 'zod';
import type { organizationResponse, personResponse } from '../../../../shared/directory-api';
import type {
  approvalResponse,
  executorResponse,
  itemDeadlineResponse,
  ItemNodeResponse,
  itemResponse,
  planColumnResponse,
  planResponse,
  planSummaryResponse,
} from '../../../../shared/plan-responses';

/* The answers of the plans and items routes, typed by their response contracts (type-only imports: zod stays out of the bundle). */
export type PlanColumn = z.infer<typeof planColumnResponse>;
export type Executor = z.infer<typeof executorResponse>;
export type ItemDeadline = z.infer<typeof itemDeadlineResponse>;
export type PlanItem = z.infer<typeof itemResponse>;
export type PlanNode = ItemNodeResponse;
export type Approval = z.infer<typeof approvalResponse>;
export type PlanSummary = z.infer<typeof planSummaryResponse>;
export type Plan = z.infer<typeof planResponse>;
export type Organization = z.infer<typeof organizationResponse>;
export type Person = z.infer<typeof personResponse>;
