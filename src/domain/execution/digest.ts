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

export function executorDigest(input: { displayName: string; days: number; occurrences: readonly DigestOccurrence[]; appUrl: string | null }): Digest {
  const overdue = input.occurrences.filter((o) => o.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const soon = input.occurrences.filter((o) => !o.overdue).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const lines: string[] = [`Здравствуйте, ${input.displayName}!`, ''];
  const section = (title: string, list: DigestOccurrence[]) => {
    if (!list.length) return;
    lines.push(title);
    for (const [plan, items] of byPlan(list)) {
      lines.push(`  ${shorten(plan, 200)}`);
      for (const o of items) {
        const notes = [o.moved ? 'перенесено' : '', o.needsRework ? 'отчет возвращен на доработку' : ''].filter(Boolean).join(', ');
        lines.push(`    • ${o.itemNumber} ${shorten(o.itemTitle)} — срок ${ru(o.dueDate)} (${o.executorLabel})${notes ? `; ${notes}` : ''}`);
      }
    }
    lines.push('');
  };
  section(`Просрочено (${overdue.length}):`, overdue);
  section(`Срок наступает в ближайшие ${input.days} дн. (${soon.length}):`, soon);
  if (input.appUrl) lines.push(`Отчитаться об исполнении: ${input.appUrl.replace(/\/$/, '')}/my`, '');
  lines.push('Письмо отправлено системой Planik. Отказаться от напоминаний можно в разделе «Мои мероприятия».');
  const subject = overdue.length
    ? `Planik: просрочено мероприятий — ${overdue.length}, скоро срок — ${soon.length}`
    : `Planik: срок исполнения наступает — ${soon.length}`;
  return { subject, text: lines.join('\n'), itemCount: input.occurrences.length };
}

export function reviewerDigest(input: { displayName: string; reports: readonly DigestReport[]; appUrl: string | null }): Digest {
  const lines: string[] = [`Здравствуйте, ${input.displayName}!`, '', `Ожидают проверки отчетов: ${input.reports.length}.`, ''];
  for (const [plan, reports] of byPlan(input.reports)) {
    lines.push(`  ${shorten(plan, 200)}`);
    for (const r of reports) lines.push(`    • ${r.itemNumber} ${shorten(r.itemTitle)} — ${r.executorLabel}: ${r.statusName} (${ru(r.submittedAt)})`);
  }
  lines.push('');
  if (input.appUrl) lines.push(`Открыть Planik: ${input.appUrl.replace(/\/$/, '')}/reports`, '');
  lines.push('Письмо отправлено системой Planik. Отказаться от напоминаний можно в разделе «Мои мероприятия».');
  return { subject: `Planik: отчетов на проверке — ${input.reports.length}`, text: lines.join('\n'), itemCount: input.reports.length };
}
