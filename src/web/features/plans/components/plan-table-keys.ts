import type { KeyboardEvent } from 'react';
import { indentTarget, outdentTarget, shiftTarget, type FlatRow } from '../model/tree';
import type { PlanNode } from '../model/types';
import type { PlanEditor } from '../model/use-plan-editor';

/** What a key on a row may do; the table supplies it (selection, focus, editing live there). */
export interface RowKeyContext {
  items: PlanNode[];
  rows: FlatRow[];
  collapsed: ReadonlySet<string>;
  indexOf: (id: string) => number;
  /** Select and focus the row at this index (nothing when out of range). */
  go: (index: number) => void;
  move: (node: PlanNode, target: ReturnType<typeof indentTarget>) => void;
  toggle: (id: string) => void;
  open: (id: string) => void;
  editTitle: (node: PlanNode) => void;
  add: (kind: 'item' | 'section') => void;
  remove: (node: PlanNode) => void;
}

/**
 * The tree-grid keyboard of the plan table: arrows walk and fold, Alt+arrows move the item
 * (indent, outdent, up, down), Enter opens, F2 edits the title, Insert adds, Delete removes.
 * Keys typed inside a cell's own controls are theirs.
 */
export function handleRowKey(e: KeyboardEvent<HTMLTableRowElement>, row: FlatRow, ctx: RowKeyContext): void {
  if (e.target !== e.currentTarget) return;
  const { items, rows, collapsed, indexOf, go } = ctx;
  const node = row.node;
  const i = indexOf(node.id);
  if (e.altKey && e.key === 'ArrowRight') ctx.move(node, indentTarget(items, node.id));
  else if (e.altKey && e.key === 'ArrowLeft') ctx.move(node, outdentTarget(items, node.id));
  else if (e.altKey && e.key === 'ArrowUp') ctx.move(node, shiftTarget(items, node.id, -1));
  else if (e.altKey && e.key === 'ArrowDown') ctx.move(node, shiftTarget(items, node.id, 1));
  else if (e.key === 'ArrowDown') go(i + 1);
  else if (e.key === 'ArrowUp') go(i - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(rows.length - 1);
  else if (e.key === 'ArrowRight' && row.hasChildren && collapsed.has(node.id)) ctx.toggle(node.id);
  else if (e.key === 'ArrowLeft' && row.hasChildren && !collapsed.has(node.id)) ctx.toggle(node.id);
  else if (e.key === 'ArrowLeft' && row.parent) go(indexOf(row.parent.id));
  else if (e.key === 'Enter') ctx.open(node.id);
  else if (e.key === 'F2') ctx.editTitle(node);
  else if (e.key === 'Insert') ctx.add('item');
  else if (e.key === 'Delete') ctx.remove(node);
  else return;
  e.preventDefault();
}

/** Ctrl+Z (⌘Z) anywhere in the table undoes the last change, except while typing in a field. */
export function handleTableKey(e: KeyboardEvent<HTMLDivElement>, editor: Pick<PlanEditor, 'undoLabel' | 'undo'>): void {
  const tag = (e.target as HTMLElement).tagName;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && tag !== 'TEXTAREA' && tag !== 'INPUT' && editor.undoLabel) {
    e.preventDefault();
    void editor.undo().catch(() => undefined);
  }
}
