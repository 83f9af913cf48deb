import type { Digest } from './digest.js';
import type { EscalationLevel } from './escalation.js';

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

/** «1 день», «3 дня», «5 дней». */
export function daysRu(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'день' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'дня' : 'дней';
  return `${n} ${word}`;
}

const headings: Record<EscalationLevel, string> = {
  executor: 'Не представлены отчеты вашей комиссии',
  controller: 'Исполнители не представили отчеты по плану вашей комиссии',
  higher: 'Подведомственные комиссии не представили отчеты',
};

/**
 * The e-mail of the escalation notices a user's commission received in one run:
 * the executor's own missing reports, or for a controlling body who is late and
 * by how much. Pure text; the service decides who gets it.
 */
export function escalationDigest(input: { displayName: string; notices: readonly EscalationMailNotice[]; appUrl: string | null }): Digest {
  const lines: string[] = [`Здравствуйте, ${input.displayName}!`, ''];
  for (const level of ['executor', 'controller', 'higher'] as const) {
    const list = input.notices.filter((n) => n.level === level).sort((a, b) => b.daysOverdue - a.daysOverdue || a.itemNumber.localeCompare(b.itemNumber));
    if (!list.length) continue;
    lines.push(`${headings[level]} (${list.length}):`);
    const plans = new Map<string, EscalationMailNotice[]>();
    for (const n of list) plans.set(n.planTitle, [...(plans.get(n.planTitle) ?? []), n]);
    for (const [plan, items] of plans) {
      lines.push(`  ${shorten(plan, 200)}`);
      for (const n of items)
        lines.push(`    • ${n.itemNumber} ${shorten(n.itemTitle)} — ${n.executorLabel}: срок ${ru(n.dueDate)}, просрочено на ${daysRu(n.daysOverdue)}`);
    }
    lines.push('');
  }
  if (input.appUrl) lines.push(`Уведомления в Planik: ${input.appUrl.replace(/\/$/, '')}/notices`, '');
  lines.push('Письмо отправлено системой Planik. Отказаться от напоминаний можно в разделе «Мои мероприятия».');
  const own = input.notices.every((n) => n.level === 'executor');
  return {
    subject: own ? `Planik: не представлено отчетов — ${input.notices.length}` : `Planik: просрочены отчеты исполнителей — ${input.notices.length}`,
    text: lines.join('\n'),
    itemCount: input.notices.length,
  };
}
