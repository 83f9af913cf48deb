import type { DeadlineKind, PlanKind } from '../../../../shared/plan-format';

export interface PlanColumn {
  key: string;
  title: string;
  role: string;
}

export interface Executor {
  id?: string;
  text: string;
  kind: string;
  role: string;
  organizationId: string | null;
  personId: string | null;
  unitId: string | null;
}

export interface ItemDeadline {
  text?: string;
  kind: DeadlineKind;
  windows: { start: string; end: string }[];
  recurrence?: { every: string } | null;
  reason?: string;
  flags?: string[];
}

export interface PlanItem {
  id: string;
  parentId: string | null;
  position: number;
  number: string;
  kind: 'section' | 'item';
  title: string;
  deadlineText: string | null;
  deadline: ItemDeadline | null;
  fields: Record<string, string>;
  notes: string | null;
  version: number;
  executors: Executor[];
}

export interface PlanNode extends PlanItem {
  children: PlanNode[];
}

export interface Approval {
  /** постановление | решение | распоряжение | протокол | приказ */
  kind?: string | null;
  authority: string | null;
  date: string | null;
  number: string | null;
  /** «Приложение № 2»: approved as an appendix of the resolution. */
  appendix?: string | null;
}

export interface PlanSummary {
  id: string;
  organizationId: string;
  title: string;
  kind: PlanKind;
  status: string;
  period: { start: string; end: string } | null;
  approval: Approval | null;
  itemCount: number;
  version: number;
  updatedAt: string;
}

export interface Plan extends Omit<PlanSummary, 'itemCount'> {
  description: string | null;
  columns: PlanColumn[];
  abbreviations: { short: string; full: string }[];
  published: boolean;
  items: PlanNode[];
  /** The гриф as the documents print it («УТВЕРЖДЕН», «постановлением …», «от … № …»). */
  approvalBlock?: string[];
  /** An open amendment: the items are a working copy, not yet approved. */
  amendment?: { openedAt: string } | null;
}

export interface Organization {
  id: string;
  kind: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
}

export interface Person {
  id: string;
  organizationId: string;
  fullName: string;
  shortName: string | null;
  position: string | null;
}
