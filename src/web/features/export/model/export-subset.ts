import { monthName } from '../../../i18n/t';

/** What the export menu needs of a plan (the plans feature's type is not imported: features stay apart). */
export interface ExportablePlan {
  id: string;
  published: boolean;
  period: { start: string; end: string } | null;
  items: ExportableItem[];
}

export interface ExportableItem {
  number: string;
  title: string;
  kind: string;
  executors: { text: string }[];
  children: ExportableItem[];
}

export interface SubsetOption {
  value: string;
  label: string;
}

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The choices of «only part of the plan»: top-level sections, executors as written, months of the period. */
export function subsetOptions(plan: ExportablePlan): { sections: SubsetOption[]; executors: SubsetOption[]; months: SubsetOption[] } {
  const sections = plan.items
    .filter((i) => i.kind === 'section' || i.children.length > 0)
    .map((i) => ({ value: i.number, label: shorten(`${i.number}. ${i.title}`) }));
  const executors = new Set<string>();
  const walk = (items: ExportableItem[]) =>
    items.forEach((i) => {
      i.executors.forEach((e) => e.text.trim() && executors.add(e.text.trim()));
      walk(i.children);
    });
  walk(plan.items);
  const months: SubsetOption[] = [];
  if (plan.period) {
    let [y, m] = plan.period.start.slice(0, 7).split('-').map(Number) as [number, number];
    const last = plan.period.end.slice(0, 7);
    // A multi-year programme lists at most five years of months.
    for (let n = 0; n < 60; n++) {
      const value = `${y}-${String(m).padStart(2, '0')}`;
      if (value > last) break;
      months.push({ value, label: `${monthName(m)} ${y}` });
      if (m === 12) {
        m = 1;
        y++;
      } else m++;
    }
  }
  return {
    sections,
    executors: [...executors].sort((a, b) => a.localeCompare(b, 'ru')).map((e) => ({ value: e, label: shorten(e) })),
    months,
  };
}
