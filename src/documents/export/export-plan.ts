import type { Locale } from '../../shared/locale.js';

/**
 * What the writers need to know about a plan: a plain tree, mapped from the
 * service's plan DTO by the export service. Writers are pure (bytes out, no I/O),
 * so they can be tested, benchmarked and used from the CLI without a database.
 */
export interface ExportColumn {
  key: string;
  title: string;
  /** number | title | deadline | executors | co_executors | … (see the importer's column roles). */
  role: string;
}

export interface ExportWindow {
  start: string; // inclusive ISO date
  end: string; // inclusive ISO date
}

export interface ExportDeadline {
  kind: string;
  windows: ExportWindow[];
  recurrence?: { every: string } | null | undefined;
}

export interface ExportExecutor {
  text: string;
  kind: string;
  role: string;
  organizationId?: string | null | undefined;
}

export interface ExportItem {
  id: string;
  number: string;
  kind: 'section' | 'item';
  title: string;
  deadlineText: string | null;
  deadline: ExportDeadline | null;
  executors: ExportExecutor[];
  fields: Record<string, string>;
  children: ExportItem[];
}

export interface ExportPlan {
  id: string;
  title: string;
  kind: string;
  /** draft | approved | amended | closed */
  status: string;
  period: { start: string; end: string } | null;
  approval: {
    kind?: string | null | undefined;
    authority: string | null;
    date: string | null;
    number: string | null;
    appendix?: string | null | undefined;
  } | null;
  /** The act of the last approved amendment: «(в редакции постановления от … № …)». */
  revision?: { kind: string | null; date: string | null; number: string | null } | null | undefined;
  description: string | null;
  columns: ExportColumn[];
  abbreviations: { short: string; full: string }[];
  elections: { name: string | null; votingDay: string; votingDays?: number }[];
  items: ExportItem[];
  updatedAt: string;
  organization: { name: string; timeZone: string } | null;
}

/** A part of the plan: one section (id or number), one executor (organisation id or text), one month (YYYY-MM). */
export interface SubsetOptions {
  /** The language of the texts the document adds (headings, column titles, гриф); the plan's own stay as written. */
  lang?: Locale | undefined;
  section?: string | undefined;
  executor?: string | undefined;
  month?: string | undefined;
}

export interface DocumentOptions extends SubsetOptions {
  /** Body font size in points (the header and glossary follow it). */
  fontSize?: number | undefined;
  /** «ПРОЕКТ» marker on every page; by default for plans that are not approved. */
  draftMark?: boolean | undefined;
}

export const DEFAULT_FONT_SIZE = 12;

export function isDraft(plan: Pick<ExportPlan, 'status'>): boolean {
  return plan.status === 'draft';
}
