import { t } from '../../../i18n/t';
import type { Plan, PlanNode } from './types';

export type CellKind = 'title' | 'deadline' | 'executors' | 'co_executors' | 'field';

export interface ColumnSpec {
  key: string;
  title: string;
  role: string;
  kind: CellKind;
  width: number;
}

const defaults = () => [
  { key: 'title', title: t('columns.default.title'), role: 'title' },
  { key: 'deadline', title: t('columns.default.deadline'), role: 'deadline' },
  { key: 'executors', title: t('columns.default.executors'), role: 'executors' },
];

function kindOf(role: string): CellKind {
  return role === 'title' || role === 'deadline' || role === 'executors' || role === 'co_executors' ? role : 'field';
}

const widthByKind: Record<CellKind, number> = { title: 420, deadline: 170, executors: 220, co_executors: 200, field: 180 };

/**
 * The plan's own columns in its own order (the number column is drawn by the
 * table itself). A plan made by hand has none: it gets the three every plan has.
 */
export function columnSpecs(plan: Pick<Plan, 'columns'>): ColumnSpec[] {
  const source = plan.columns.length ? plan.columns : defaults();
  const specs = source.filter((c) => c.role !== 'number').map((c) => ({ ...c, kind: kindOf(c.role), width: widthByKind[kindOf(c.role)] }));
  // Every row has a name: a plan whose columns missed it still shows titles first.
  if (!specs.some((s) => s.kind === 'title'))
    specs.unshift({ key: 'title', title: t('columns.default.title'), role: 'title', kind: 'title', width: widthByKind.title });
  // Only the first column of a kind is bound to the item's own property; later ones stay plain fields.
  const seen = new Set<CellKind>();
  return specs.map((s) => {
    if (s.kind !== 'field' && seen.has(s.kind)) return { ...s, kind: 'field' as const, width: widthByKind.field };
    seen.add(s.kind);
    return s;
  });
}

export function cellText(node: PlanNode, spec: ColumnSpec): string {
  switch (spec.kind) {
    case 'title':
      return node.title;
    case 'deadline':
      return node.deadlineText ?? '';
    case 'executors': {
      const list = node.executors.filter((e) => e.role !== 'co_executor');
      return list.map((e) => e.text).join(', ');
    }
    case 'co_executors': {
      const list = node.executors.filter((e) => e.role === 'co_executor');
      return list.length ? list.map((e) => e.text).join(', ') : (node.fields[spec.key] ?? '');
    }
    case 'field':
      return node.fields[spec.key] ?? '';
  }
}

/** Which columns can be edited in place as one text. */
export const inlineEditable = (spec: ColumnSpec) => spec.kind === 'title' || spec.kind === 'deadline' || spec.kind === 'field';
