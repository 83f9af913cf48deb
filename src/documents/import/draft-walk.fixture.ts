/** Helpers for reading a draft in tests: find by number, count, strip source lines. */
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';

export function allItems(items: readonly DraftItem[]): DraftItem[] {
  const out: DraftItem[] = [];
  const visit = (list: readonly DraftItem[]): void => {
    for (const item of list) {
      out.push(item);
      visit(item.children);
    }
  };
  visit(items);
  return out;
}

export function counts(draft: PlanDraft): { sections: number; items: number } {
  const all = allItems(draft.items);
  const sections = all.filter((i) => i.kind === 'section').length;
  return { sections, items: all.length - sections };
}

export function byNumber(draft: PlanDraft, number: string): DraftItem {
  const found = allItems(draft.items).find((i) => i.number === number);
  if (!found) throw new Error(`item ${number} not found`);
  return found;
}

export function executorTexts(item: DraftItem): string[] {
  return item.executors.map((e) => e.text);
}

/** The tree without source positions: what must be equal between the text and the Word version. */
export function shape(items: readonly DraftItem[]): unknown[] {
  return items.map(({ line: _line, children, ...rest }) => ({ ...rest, children: shape(children) }));
}
