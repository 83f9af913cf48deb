import type { MessageKey } from '../../../i18n/ru';
import { t } from '../../../i18n/t';
import type { Bucket, Outcome, ReportStatus } from './types';

/**
 * A label map read from the dictionary (i18n/ru-execution.ts) each time a label is
 * used: callers index it like a plain record, and the labels follow the active language.
 */
function labels<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][]) Object.defineProperty(out, name, { get: () => t(key), enumerable: true });
  return out;
}

export const reportStatusLabels: Record<ReportStatus, string> = labels<ReportStatus>({
  done: 'execution.status.done',
  partial: 'execution.status.partial',
  not_done: 'execution.status.not_done',
  moved: 'execution.status.moved',
  cancelled: 'execution.status.cancelled',
});

export const bucketLabels: Record<Bucket, string> = labels<Bucket>({
  overdue: 'execution.bucket.overdue',
  week: 'execution.bucket.week',
  month: 'execution.bucket.month',
  later: 'execution.bucket.later',
  awaiting: 'execution.bucket.awaiting',
  done: 'execution.bucket.done',
});

export const outcomeLabels: Record<Outcome, string> = labels<Outcome>({
  done: 'execution.outcome.done',
  partial: 'execution.outcome.partial',
  not_done: 'execution.outcome.not_done',
  cancelled: 'execution.outcome.cancelled',
  submitted: 'execution.outcome.submitted',
  moved: 'execution.outcome.moved',
  overdue: 'execution.outcome.overdue',
  open: 'execution.outcome.open',
  external: 'execution.outcome.external',
  awaiting: 'execution.outcome.awaiting',
});

/** Colours chosen for contrast with white labels and between neighbours in a stacked bar. */
export const outcomeColors: Record<Outcome, string> = {
  done: '#2b8a3e',
  partial: '#74b816',
  not_done: '#862e9c',
  cancelled: '#868e96',
  submitted: '#0c8599',
  moved: '#e67700',
  overdue: '#e03131',
  open: '#1971c2',
  external: '#495057',
  awaiting: '#adb5bd',
};

export const outcomeOrder: Outcome[] = ['done', 'submitted', 'partial', 'moved', 'open', 'not_done', 'overdue', 'cancelled', 'external', 'awaiting'];

export const reviewLabels: Record<string, string> = labels({
  pending: 'execution.review.pending',
  accepted: 'execution.review.accepted',
  returned: 'execution.review.returned',
});

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return t('execution.fileSize.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('execution.fileSize.kb', { n: Math.round(bytes / 102.4) / 10 });
  return t('execution.fileSize.mb', { n: Math.round(bytes / 104857.6) / 10 });
}

export { ink } from '../../../components/ui/ink';
