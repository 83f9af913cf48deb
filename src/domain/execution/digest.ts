import type { Locale } from '../../shared/locale.js';
import { mailTexts } from './mail-texts.js';

/**
 * Reminder e-mails: one digest per executor (what is due within N days and what is
 * overdue) and one per reviewer (reports awaiting review). Pure text building.
 */
export interface DigestOccurrence {
  planTitle: string;
  itemNumber: string;
  itemTitle: string;
  dueDate: string;
  executorLabel: string;
  overdue: boolean;
  moved: boolean;
  needsRework: boolean;
}

/** An executor's due dates moved because an election or event of the plan moved; empty dates: «ожидает даты». */
export interface DigestDateChange {
  planTitle: string;
  itemNumber: string;
  itemTitle: string;
  before: string[];
  after: string[];
  cause: string;
}

export interface DigestReport {
  planTitle: string;
  itemNumber: string;
  itemTitle: string;
  executorLabel: string;
  statusName: string;
  submittedAt: string;
}

export interface Digest {
  subject: string;
  text: string;
  itemCount: number;
}

function ru(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function shorten(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function byPlan<T extends { planTitle: string }>(list: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const g = groups.get(x.planTitle) ?? [];
    g.push(x);
    groups.set(x.planTitle, g);
  }
  return [...groups.entries()];
}

/** «срок изменён: было 20.08.2026, стало 25.08.2026» — the same words as «Мои мероприятия». */
export function dateChangeText(c: Pick<DigestDateChange, 'before' | 'after'>, locale: Locale = 'ru'): string {
  const t = mailTexts(locale);
  const dates = (list: readonly string[]) => (list.length ? list.map(ru).join(', ') : t.noDate);
  return t.dateChange(dates(c.before), dates(c.after));
}

export function executorDigest(input: {
  displayName: string;
  days: number;
  occurrences: readonly DigestOccurrence[];
  changes?: readonly DigestDateChange[];
  appUrl: string | null;
  /** The addressee's language; Russian when absent. */
  locale?: Locale | null;
}): Digest {
  const t = mailTexts(input.locale);
  const changes = input.changes ?? [];
  const overdue = input.occurrences.filter((o) => o.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const soon = input.occurrences.filter((o) => !o.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const lines: string[] = [t.greeting(input.displayName), ''];
  const section = (title: string, list: DigestOccurrence[]) => {
    if (!list.length) return;
    lines.push(title);
    for (const [plan, items] of byPlan(list)) {
      lines.push(`  ${shorten(plan, 200)}`);
      for (const o of items) {
        const notes = [o.moved ? t.moved : '', o.needsRework ? t.returned : ''].filter(Boolean).join(', ');
        lines.push(`    • ${o.itemNumber} ${shorten(o.itemTitle)} — ${t.dueLine(ru(o.dueDate), o.executorLabel)}${notes ? `; ${notes}` : ''}`);
      }
    }
    lines.push('');
  };
  if (changes.length) {
    lines.push(t.changesHeading(changes.length));
    for (const [plan, items] of byPlan(changes)) {
      lines.push(`  ${shorten(plan, 200)}`);
      for (const c of items)
        lines.push(`    • ${c.itemNumber} ${shorten(c.itemTitle)} — ${dateChangeText(c, input.locale ?? 'ru')} (${t.changeCause(shorten(c.cause, 120))})`);
    }
    lines.push('');
  }
  section(t.overdueHeading(overdue.length), overdue);
  section(t.soonHeading(input.days, soon.length), soon);
  if (input.appUrl) lines.push(t.reportLink(`${input.appUrl.replace(/\/$/, '')}/my`), '');
  lines.push(t.footer);
  const subject = overdue.length
    ? t.subjectOverdue(overdue.length, soon.length)
    : soon.length || !changes.length
      ? t.subjectSoon(soon.length)
      : t.subjectChanges(changes.length);
  return { subject, text: lines.join('\n'), itemCount: input.occurrences.length + changes.length };
}

export function reviewerDigest(input: { displayName: string; reports: readonly DigestReport[]; appUrl: string | null; locale?: Locale | null }): Digest {
  const t = mailTexts(input.locale);
  const lines: string[] = [t.greeting(input.displayName), '', t.reviewIntro(input.reports.length), ''];
  for (const [plan, reports] of byPlan(input.reports)) {
    lines.push(`  ${shorten(plan, 200)}`);
    for (const r of reports) lines.push(`    • ${r.itemNumber} ${shorten(r.itemTitle)} — ${r.executorLabel}: ${r.statusName} (${ru(r.submittedAt)})`);
  }
  lines.push('');
  if (input.appUrl) lines.push(t.openLink(`${input.appUrl.replace(/\/$/, '')}/reports`), '');
  lines.push(t.footer);
  return { subject: t.subjectReview(input.reports.length), text: lines.join('\n'), itemCount: input.reports.length };
}
