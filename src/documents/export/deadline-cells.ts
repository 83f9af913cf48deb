import type { ExportItem } from './export-plan.js';
import { deadlineKindNames, ruShortDate } from './ru-format.js';

const EVERY: Record<string, string> = { week: 'еженедельно', month: 'ежемесячно', quarter: 'ежеквартально', half_year: 'раз в полугодие', year: 'ежегодно' };

/** The deadline engine's reading of an item's phrase, as the spreadsheet and CSV columns show it. */
export function deadlineCells(item: ExportItem) {
  const d = item.deadline;
  const windows = d?.windows ?? [];
  return {
    kind: d ? (deadlineKindNames[d.kind] ?? d.kind) : '',
    start: windows[0]?.start ?? null,
    end: windows.length ? windows[windows.length - 1]!.end : null,
    windows: windows.map((w) => (w.start === w.end ? ruShortDate(w.start) : `${ruShortDate(w.start)}–${ruShortDate(w.end)}`)).join('; '),
    recurrence: d?.recurrence ? (EVERY[d.recurrence.every] ?? d.recurrence.every) : '',
  };
}
