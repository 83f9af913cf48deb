// Response types the API tests read, inferred from the shared zod response schemas (issue #15),
// so a test's callbacks and lists are typed by the same contract the web app relies on.
import type { z } from 'zod';
import type { dashboardResponse, itemSourcesResponse, linkedPlanSchema } from '../../src/shared/consolidation-api.js';
import type {
  calendarFeedResponse,
  apiTokenResponse,
  organizationResponse,
  personResponse,
  unitResponse,
  userResponse,
} from '../../src/shared/directory-api.js';
import type {
  chairmanResponse,
  escalationRunResponse,
  extension,
  InboxNotice,
  noticesResponse,
  planNoticesResponse,
} from '../../src/shared/execution-control-api.js';
import type { planElectionsResponse, programmeProgressResponse } from '../../src/shared/execution-api.js';
import type { planDraftSchema } from '../../src/shared/plan-format.js';
import type {
  controlledPlansResponse,
  executionReportModelResponse,
  occurrenceDetailResponse,
  myOccurrencesResponse,
  myPlansResponse,
  overdueResponse,
  progressResponse,
} from '../../src/shared/execution-responses.js';
import type {
  auditEventResponse,
  importResponse,
  itemResponse,
  planResponse,
  planSummaryResponse,
  planVersionsResponse,
  searchResponse,
  versionDiffResponse,
  ItemNodeResponse,
} from '../../src/shared/plan-responses.js';

export type Organization = z.infer<typeof organizationResponse>;
export type User = z.infer<typeof userResponse>;
export type AuditEvent = z.infer<typeof auditEventResponse>;
export type PlanSummary = z.infer<typeof planSummaryResponse>;
export type PlanVersion = z.infer<typeof planVersionsResponse>['versions'][number];
export type VersionDiff = z.infer<typeof versionDiffResponse>;
export type ItemNode = ItemNodeResponse;
export type LinkedPlan = z.infer<typeof linkedPlanSchema>;
export type ItemSource = z.infer<typeof itemSourcesResponse>['items'][number];
export type Dashboard = z.infer<typeof dashboardResponse>;
export type Occurrence = z.infer<typeof myOccurrencesResponse>['occurrences'][number];
export type MyPlan = z.infer<typeof myPlansResponse>['plans'][number];
export type Notice = z.infer<typeof noticesResponse>['notices'][number];
export type PlanNotices = z.infer<typeof planNoticesResponse>;
export type { InboxNotice };
export type Extension = z.infer<typeof extension>;
export type Progress = z.infer<typeof progressResponse>;
export type Overdue = z.infer<typeof overdueResponse>;
export type ControlledPlan = z.infer<typeof controlledPlansResponse>['plans'][number];
export type Chairman = z.infer<typeof chairmanResponse>;
export type Person = z.infer<typeof personResponse>;
export type Unit = z.infer<typeof unitResponse>;
export type ApiToken = z.infer<typeof apiTokenResponse>;
export type CalendarFeed = z.infer<typeof calendarFeedResponse>;
export type OccurrenceDetail = z.infer<typeof occurrenceDetailResponse>;
export type Indicator = OccurrenceDetail['indicators'][number];
export type OccurrenceReport = OccurrenceDetail['reports'][number];
export type ExecutionReport = z.infer<typeof executionReportModelResponse>;
export type ProgrammeProgress = z.infer<typeof programmeProgressResponse>;
export type PlanDraft = z.infer<typeof planDraftSchema>;
export type Plan = z.infer<typeof planResponse>;
export type Item = z.infer<typeof itemResponse>;
export type PendingImport = z.infer<typeof importResponse>;
export type EscalationRun = z.infer<typeof escalationRunResponse>;
export type PlanElections = z.infer<typeof planElectionsResponse>;
export type SearchResult = z.infer<typeof searchResponse>['results'][number];
