/**
 * What an executor may say about an occurrence, and the rules a report must keep.
 */
export const reportStatuses = ['done', 'partial', 'not_done', 'moved', 'cancelled'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportStatusNames: Record<ReportStatus, string> = {
  done: 'исполнено',
  partial: 'исполнено частично',
  not_done: 'не исполнено',
  moved: 'перенесено',
  cancelled: 'отменено',
};

export const reviewStatuses = ['pending', 'accepted', 'returned'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewStatusNames: Record<ReviewStatus, string> = {
  pending: 'на проверке',
  accepted: 'принят',
  returned: 'возвращен на доработку',
};

/** Indicators commissions usually count; a plan may define its own, and free figures are allowed. */
export const defaultIndicators: { key: string; title: string }[] = [
  { key: 'events', title: 'Число мероприятий' },
  { key: 'participants', title: 'Число участников' },
  { key: 'publications', title: 'Число публикаций' },
];

export const LIMITS = { text: 20_000, comment: 5_000, links: 20, linkLength: 2_000, metrics: 30, metricKey: 100, files: 20, metricValue: 1e12 } as const;

export interface ReportInput {
  status: string;
  text?: string | null | undefined;
  movedTo?: string | null | undefined;
  metrics?: Record<string, number> | undefined;
  links?: string[] | undefined;
  fileIds?: string[] | undefined;
}

export interface RuleViolation {
  field: string;
  message: string;
}

/** Checks a report against the rules a schema cannot express; returns the first violation or null. */
export function checkReport(input: ReportInput, ctx: { windowStart: string | null; windowEnd: string | null }): RuleViolation | null {
  if (!(reportStatuses as readonly string[]).includes(input.status)) return { field: 'status', message: 'Неизвестный статус исполнения' };
  if (input.status === 'moved') {
    if (!input.movedTo) return { field: 'movedTo', message: 'Для переноса укажите новую дату' };
    if (ctx.windowStart && input.movedTo < ctx.windowStart) return { field: 'movedTo', message: 'Новая дата раньше начала срока исполнения' };
  } else if (input.movedTo) {
    return { field: 'movedTo', message: 'Новая дата указывается только при переносе' };
  }
  if ((input.status === 'partial' || input.status === 'not_done' || input.status === 'cancelled') && !input.text?.trim()) {
    return { field: 'text', message: 'Поясните в тексте отчета, что не исполнено и почему' };
  }
  for (const [key, value] of Object.entries(input.metrics ?? {})) {
    if (!key.trim()) return { field: 'metrics', message: 'У показателя должно быть название' };
    if (!Number.isFinite(value) || value < 0) return { field: 'metrics', message: `Показатель «${key}»: ожидается неотрицательное число` };
  }
  for (const link of input.links ?? []) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return { field: 'links', message: `Ссылка «${link.slice(0, 80)}» не является адресом` };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { field: 'links', message: 'Допускаются только ссылки http:// и https://' };
  }
  return null;
}
