/** Shapes of the execution-control API as the web app reads them. */
export type OccurrenceState = 'due' | 'overdue' | 'done' | 'awaiting';
export type Bucket = 'overdue' | 'week' | 'month' | 'later' | 'awaiting' | 'done';
export type ReportStatus = 'done' | 'partial' | 'not_done' | 'moved' | 'cancelled';
export type Outcome = 'done' | 'partial' | 'not_done' | 'cancelled' | 'submitted' | 'moved' | 'overdue' | 'open' | 'external' | 'awaiting';

export interface OccurrenceItem {
  id: string;
  planId: string;
  planTitle: string;
  ownerName: string;
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  deadlineText: string | null;
  executorKey: string;
  executorLabel: string;
  organizationId: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  retired: boolean;
  timeZone: string;
  today: string;
  state: OccurrenceState;
  bucket: Bucket;
  dueDate: string | null;
  moved: boolean;
  needsRework: boolean;
  /** The due dates moved because an election or event of the plan moved (shown for a month); empty dates: awaiting. */
  dateChange?: { before: string[]; after: string[]; cause: string; at: string } | null;
  reportCount: number;
  current: {
    id: string;
    status: ReportStatus;
    reviewStatus: string;
    movedTo: string | null;
    text: string | null;
    metrics: Record<string, number>;
    createdAt: string;
  } | null;
  outcome?: Outcome;
  sectionKey?: string;
  sectionLabel?: string;
}

export interface MyOccurrences {
  canReport: boolean;
  counts: { due: number; overdue: number; done: number; awaiting: number; week: number; month: number; needsRework: number; all: number };
  occurrences: OccurrenceItem[];
}

export interface FileInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface Report {
  id: string;
  occurrenceId: string;
  status: ReportStatus;
  statusName: string;
  text: string | null;
  movedTo: string | null;
  metrics: Record<string, number>;
  links: string[];
  files: FileInfo[];
  authorName: string | null;
  reviewStatus: 'pending' | 'accepted' | 'returned';
  reviewStatusName: string;
  reviewComment: string | null;
  reviewedAt: string | null;
  createdAt: string;
  reviews: { id: string; decision: 'accepted' | 'returned'; comment: string | null; reviewerName: string | null; createdAt: string }[];
}

export interface OccurrenceDetail {
  id: string;
  plan: { id: string; title: string; status: string };
  item: { id: string; number: string; title: string; deadlineText: string | null };
  executorLabel: string;
  windowStart: string | null;
  windowEnd: string | null;
  retired: boolean;
  today: string;
  state: OccurrenceState;
  dueDate: string | null;
  moved: boolean;
  needsRework: boolean;
  canReport: boolean;
  canReview: boolean;
  indicators: { key: string; title: string }[];
  reports: Report[];
}

export interface Tally {
  total: number;
  done: number;
  partial: number;
  not_done: number;
  cancelled: number;
  submitted: number;
  moved: number;
  overdue: number;
  open: number;
  external: number;
  awaiting: number;
  pendingReview: number;
  accepted: number;
  returned: number;
}

export interface Group {
  key: string;
  label: string;
  tally: Tally;
}

export interface Progress {
  plan: { id: string; title: string; period: { start: string; end: string } | null; reportingPeriod: string; status: string };
  totals: Tally;
  executedShare: number;
  bySection: Group[];
  byExecutor: (Group & { external: boolean })[];
  byMonth: Group[];
  overdueItems: number;
  pendingReview: {
    id: string;
    itemNumber: string;
    itemTitle: string;
    executorLabel: string;
    dueDate: string | null;
    reportStatus: ReportStatus;
    submittedAt: string;
  }[];
  awaiting: { itemId: string; itemNumber: string; itemTitle: string; deadlineText: string | null; executors: number }[];
  canMarkExternal: boolean;
}

/** «Просрочено» by item; executors are named by their index in `executors`. */
export interface OverdueList {
  occurrences: number;
  executors: { key: string; label: string; external: boolean }[];
  items: {
    itemId: string;
    itemNumber: string;
    itemTitle: string;
    overdue: number;
    since: string;
    missing: { executor: number; overdue: number; reported: number; since: string; occurrenceId: string }[];
    reported: { executor: number; reported: number; occurrenceId: string }[];
  }[];
}

export interface ControlledPlan {
  id: string;
  title: string;
  status: string;
  organizationId: string;
  period: { start: string; end: string } | null;
  itemCount: number;
  occurrences: number;
  overdue: number;
  overdueItems: number;
  pendingReview: number;
  done: number;
  executedShare: number;
}

export interface MyPlan {
  planId: string;
  planTitle: string;
  ownerName: string;
  total: number;
  due: number;
  overdue: number;
  done: number;
  awaiting: number;
  needsRework: number;
  nextDue: string | null;
}
