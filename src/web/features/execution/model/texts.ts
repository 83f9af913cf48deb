import type { Bucket, Outcome, ReportStatus } from './types';

/** Russian texts of the execution pages (kept with the feature; the shell's dictionary holds the navigation). */
export const reportStatusLabels: Record<ReportStatus, string> = {
  done: 'Исполнено',
  partial: 'Исполнено частично',
  not_done: 'Не исполнено',
  moved: 'Перенесено',
  cancelled: 'Отменено',
};

export const bucketLabels: Record<Bucket, string> = {
  overdue: 'Просрочено',
  week: 'На этой неделе',
  month: 'В этом месяце',
  later: 'Позже',
  awaiting: 'Ожидают даты',
  done: 'Исполнено',
};

export const outcomeLabels: Record<Outcome, string> = {
  done: 'исполнено',
  partial: 'частично',
  not_done: 'не исполнено',
  cancelled: 'отменено',
  moved: 'перенесено',
  overdue: 'просрочено',
  open: 'в работе',
  awaiting: 'ожидает даты',
};

/** Colours chosen for contrast with white labels and between neighbours in a stacked bar. */
export const outcomeColors: Record<Outcome, string> = {
  done: '#2b8a3e',
  partial: '#74b816',
  not_done: '#862e9c',
  cancelled: '#868e96',
  moved: '#e67700',
  overdue: '#e03131',
  open: '#1971c2',
  awaiting: '#adb5bd',
};

export const outcomeOrder: Outcome[] = ['done', 'partial', 'moved', 'open', 'not_done', 'overdue', 'cancelled', 'awaiting'];

export const reviewLabels: Record<string, string> = {
  pending: 'На проверке',
  accepted: 'Принят',
  returned: 'Возвращен на доработку',
};

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} КБ`;
  return `${Math.round(bytes / 104857.6) / 10} МБ`;
}

/** Badge and text colours with at least 4.5:1 contrast against white (Mantine's green.9 and orange.9 fall short). */
export const ink = {
  green: '#1b6b2f',
  red: '#a61e1e',
  blue: '#1864ab',
  orange: '#a94400',
  gray: '#495057',
  dark: '#343a40',
} as const;
