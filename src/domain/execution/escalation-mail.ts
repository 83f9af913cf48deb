import type { Digest } from './digest.js';
import type { Locale } from '../../shared/locale.js';
import type { EscalationLevel } from './escalation.js';
import { mailTexts } from './mail-texts.js';

export { daysRu } from './mail-texts.js';

/** One escalation notice as its e-mail names it. */
export interface EscalationMailNotice {
  level: EscalationLevel;
  planTitle: string;
  itemNumber: string;
  itemTitle: string;
  executorLabel: string;
  dueDate: string;
  daysOverdue: number;
}

const ru = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const shorten = (text: string, max = 160) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * The e-mail of the escalation notices a user's commission received in one run:
 * the executor's own missing reports, or for a controlling body who is late and
 * by how much. Pure text; the service decides who gets it.
 */
export function escalationDigest(input: {
  displayName: string;
  notices: readonly EscalationMailNotice[];
  appUrl: string | null;
  locale?: Locale | null;
}): Digest {
  const t = mailTexts(input.locale);
  const lines: string[] = [t.greeting(input.displayName), ''];
  for (const level of ['executor', 'controller', 'higher'] as const) {
    const list = input.notices.filter((n) => n.level === level).sort((a, b) => b.daysOverdue - a.daysOverdue || a.itemNumber.localeCompare(b.itemNumber));
    if (!list.length) continue;
    lines.push(`${t.escalationHeading[level]} (${list.length}):`);
    const plans = new Map<string, EscalationMailNotice[]>();
    for (const n of list) plans.set(n.planTitle, [...(plans.get(n.planTitle) ?? []), n]);
    for (const [plan, items] of plans) {
      lines.push(`  ${shorten(plan, 200)}`);
      for (const n of items) lines.push(`    • ${n.itemNumber} ${shorten(n.itemTitle)} — ${t.escalationLine(n.executorLabel, ru(n.dueDate), n.daysOverdue)}`);
    }
    lines.push('');
  }
  if (input.appUrl) lines.push(t.noticesLink(`${input.appUrl.replace(/\/$/, '')}/notices`), '');
  lines.push(t.footer);
  const own = input.notices.every((n) => n.level === 'executor');
  return {
    subject: own ? t.subjectEscalationOwn(input.notices.length) : t.subjectEscalationOthers(input.notices.length),
    text: lines.join('\n'),
    itemCount: input.notices.length,
  };
}
