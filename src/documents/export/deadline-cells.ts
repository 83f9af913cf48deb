import type { ExportItem } from './export-plan.js';
import type { Locale } from '../../shared/locale.js';
import { dataTexts } from './data-columns.js';
import { ruShortDate } from './ru-format.js';

/** The deadline engine's reading of an item's phrase, as the spreadsheet and CSV columns show it. */
export function deadlineCells(item: ExportItem, lang?: Locale) {
  const t = dataTexts(lang);
  const d = item.deadline;
  const windows = d?.windows ?? [];
  return {
    kind: d ? (t.deadlineKinds[d.kind] ?? d.kind) : '',
    start: windows[0]?.start ?? null,
    end: windows.length ? windows[windows.length - 1]!.end : null,
    windows: windows.map((w) => (w.start === w.end ? ruShortDate(w.start) : `${ruShortDate(w.start)}–${ruShortDate(w.end)}`)).join('; '),
    recurrence: d?.recurrence ? (t.every[d.recurrence.every] ?? d.recurrence.every) : '',
  };
}
