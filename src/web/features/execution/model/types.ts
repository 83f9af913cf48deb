import type { z } from 'zod';
import type { reportStatusValues } from '../../../../shared/execution-api';
import type {
  bucketValues,
  controlledPlansResponse,
  fileInfoResponse,
  myOccurrencesResponse,
  myPlansResponse,
  occurrenceDetailResponse,
  occurrenceItemResponse,
  occurrenceStateValues,
  outcomeValues,
  overdueResponse,
  progressResponse,
  reportWithReviewsResponse,
  tallyResponse,
} from '../../../../shared/execution-responses';

/* Shapes of the execution-control API as the web app reads them, typed by their response contracts (type-only imports: zod stays out of the bundle). */
export type OccurrenceState = (typeof occurrenceStateValues)[number];
export type Bucket = (typeof bucketValues)[number];
export type ReportStatus = (typeof reportStatusValues)[number];
export type Outcome = (typeof outcomeValues)[number];

export type OccurrenceItem = z.infer<typeof occurrenceItemResponse>;
export type MyOccurrences = z.infer<typeof myOccurrencesResponse>;
export type FileInfo = z.infer<typeof fileInfoResponse>;
export type Report = z.infer<typeof reportWithReviewsResponse>;
export type OccurrenceDetail = z.infer<typeof occurrenceDetailResponse>;
export type Tally = z.infer<typeof tallyResponse>;
export type Progress = z.infer<typeof progressResponse>;
export type Group = Progress['bySection'][number];
/** «Просрочено» by item; executors are named by their index in `executors`. */
export type OverdueList = z.infer<typeof overdueResponse>;
export type ControlledPlan = z.infer<typeof controlledPlansResponse>['plans'][number];
export type MyPlan = z.infer<typeof myPlansResponse>['plans'][number];
