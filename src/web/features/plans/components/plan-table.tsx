import './plan-table.css';
import { Alert, Text } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { cellText, columnSpecs, inlineEditable, type ColumnSpec } from '../model/columns';
import {
  allIds,
  dropTarget,
  executorTexts,
  flattenTree,
  hasFilters,
  indexTree,
  monthsOf,
  type FlatRow,
  type ItemFilters,
  type indentTarget,
} from '../model/tree';
import type { Plan, PlanNode } from '../model/types';
import type { PlanEditor } from '../model/use-plan-editor';
import { CellEditor, DeadlineCell, ExecutorsCell, NumberCell } from './plan-table-cells';
import { PlanFilterBar } from './plan-table-filter-bar';
import { handleRowKey, handleTableKey } from './plan-table-keys';
import { PlanToolbar } from './plan-table-toolbar';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, FlatRow>();

interface Props {
  plan: Plan;
  editor: PlanEditor;
  canEdit: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
  /** Scroll to and highlight this item once (from search or the calendar). */
  focusId: string | null;
}

interface Editing {
  id: string;
  key: string;
  value: string;
  error: unknown;
}

export function PlanTable({ plan, editor, canEdit, selectedId, onSelect, onOpen, focusId }: Props) {
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [filters, setFilters] = useState<ItemFilters>({});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  const specs = useMemo(() => columnSpecs(plan), [plan]);
  const rows = useMemo(() => flattenTree(plan.items, collapsed, filters), [plan.items, collapsed, filters]);
  const tree = useMemo(() => indexTree(plan.items), [plan.items]);
  const executors = useMemo(() => executorTexts(plan.items), [plan.items]);
  const months = useMemo(() => (plan.period ? monthsOf(plan.period) : []), [plan.period]);
  const total = tree.size;

  const columns = useMemo(
    () => [helper.display({ id: 'number', header: t('table.number') }), ...specs.map((s) => helper.display({ id: s.key, header: s.title }))],
    [specs],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (r: FlatRow) => r.node.id });
  const tableRows = table.getRowModel().rows;
  const specByKey = useMemo(() => new Map(specs.map((s) => [s.key, s])), [specs]);

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 42,
    overscan: 12,
    getItemKey: (i) => tableRows[i]!.id,
  });

  // Callbacks finish after a refetch: they must look at the rows of that moment, not of the click.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const indexOf = (id: string) => rowsRef.current.findIndex((r) => r.node.id === id);

  const focusRow = (id: string) => {
    const i = indexOf(id);
    if (i < 0) return;
    virtualizer.scrollToIndex(i, { align: 'auto' });
    focusAfterRender.current = id;
  };

  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-id="${id}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusAfterRender.current = null;
    }
  });

  // Arriving from search or the calendar: open the sections on the way, scroll there, highlight once.
  useEffect(() => {
    if (!focusId || !tree.has(focusId)) return;
    setCollapsed((prev) => {
      const next = new Set(prev);
      for (let p = tree.get(focusId)?.parent ?? null; p; p = tree.get(p.id)?.parent ?? null) next.delete(p.id);
      return next;
    });
    setFlashId(focusId);
    const timer = window.setTimeout(() => {
      const i = flattenTree(plan.items, new Set(), filters).findIndex((r) => r.node.id === focusId);
      if (i >= 0) virtualizer.scrollToIndex(i, { align: 'center' });
    }, 0);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId, tree.size]);

  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const selected = selectedId ? (tree.get(selectedId)?.node ?? null) : null;

  const doMove = (node: PlanNode, target: ReturnType<typeof indentTarget>) => {
    if (!target || !canEdit) return;
    if (target.parentId) setCollapsed((prev) => (prev.has(target.parentId!) ? new Set([...prev].filter((x) => x !== target.parentId)) : prev));
    void editor.move(node, target).then(
      () => focusRow(node.id),
      () => undefined,
    );
  };

  const add = (kind: 'item' | 'section') => {
    if (!canEdit) return;
    const placement = selected ? { parentId: selected.parentId, position: selected.position + 1 } : { parentId: null, position: plan.items.length };
    void editor.create({ ...placement, kind, title: kind === 'section' ? t('table.newSection') : t('table.newItem') }).then(
      (created) => {
        onSelect(created.id);
        const firstTitle = specs.find((s) => s.kind === 'title');
        if (firstTitle) setEditing({ id: created.id, key: firstTitle.key, value: created.title, error: null });
        focusRow(created.id);
      },
      () => undefined,
    );
  };

  const remove = (node: PlanNode) => {
    if (!canEdit || !window.confirm(t('table.deleteConfirm', { number: node.number }))) return;
    const i = indexOf(node.id);
    const neighbour = rows[i + 1]?.node.id ?? rows[i - 1]?.node.id ?? null;
    void editor.remove(node).then(
      () => {
        onSelect(neighbour);
        if (neighbour) focusRow(neighbour);
      },
      () => undefined,
    );
  };

  const startEdit = (node: PlanNode, spec: ColumnSpec) => {
    if (!canEdit || !inlineEditable(spec)) return;
    setEditing({ id: node.id, key: spec.key, value: cellText(node, spec), error: null });
  };

  const commitEdit = () => {
    if (!editing) return;
    const node = tree.get(editing.id)?.node;
    const spec = specByKey.get(editing.key);
    if (!node || !spec) return setEditing(null);
    const value = editing.value;
    if (value === cellText(node, spec)) return setEditing(null);
    const patch =
      spec.kind === 'title'
        ? { title: value.trim() }
        : spec.kind === 'deadline'
          ? { deadlineText: value.trim() || null }
          : { fields: { ...node.fields, [spec.key]: value } };
    const started = editing;
    editor.update(node, patch, { silent: true }).then(
      () => {
        setEditing((cur) => (cur === started || (cur && cur.id === started.id && cur.key === started.key) ? null : cur));
        focusRow(node.id);
      },
      // The typed text stays in the editor next to the server's message.
      (error) => setEditing((cur) => (cur && cur.id === started.id && cur.key === started.key ? { ...cur, error } : cur)),
    );
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, row: FlatRow) =>
    handleRowKey(e, row, {
      items: plan.items,
      rows,
      collapsed,
      indexOf,
      go: (j) => {
        const r = rows[j];
        if (!r) return;
        onSelect(r.node.id);
        focusRow(r.node.id);
      },
      move: doMove,
      toggle,
      open: onOpen,
      editTitle: (node) => {
        const spec = specs.find((s) => s.kind === 'title');
        if (spec) startEdit(node, spec);
      },
      add,
      remove,
    });

  const onTableKey = (e: KeyboardEvent<HTMLDivElement>) => handleTableKey(e, editor);

  const renderCell = (row: FlatRow, spec: ColumnSpec): ReactNode => {
    const node = row.node;
    if (editing && editing.id === node.id && editing.key === spec.key) {
      return (
        <CellEditor
          label={t('table.editCell', { column: spec.title, number: node.number })}
          value={editing.value}
          error={editing.error}
          onChange={(value) => setEditing({ ...editing, value })}
          onCommit={commitEdit}
          onCancel={() => {
            setEditing(null);
            focusRow(node.id);
          }}
        />
      );
    }
    switch (spec.kind) {
      case 'title':
        return <span data-testid="title">{node.title}</span>;
      case 'deadline':
        return <DeadlineCell node={node} />;
      case 'executors':
        return <ExecutorsCell node={node} role="main" />;
      case 'co_executors':
        return node.executors.some((e) => e.role === 'co_executor') ? <ExecutorsCell node={node} role="co" /> : cellText(node, spec);
      case 'field':
        return <span style={{ whiteSpace: 'pre-wrap' }}>{cellText(node, spec)}</span>;
    }
  };

  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length ? items[0]!.start : 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const colCount = specs.length + 1;
  const filtering = hasFilters(filters);

  // The bars above the table are memoised: the virtualiser re-renders the table on every scroll and row measurement.
  const actions = useRef({ add, remove, doMove });
  actions.current = { add, remove, doMove };
  const filterBar = useMemo(
    () => <PlanFilterBar filters={filters} onChange={setFilters} executors={executors} months={months} />,
    [filters, executors, months],
  );
  const undoLabel = editor.undoLabel;
  const busy = editor.busy;
  const undo = editor.undo;
  const toolbar = useMemo(
    () => (
      <PlanToolbar
        canEdit={canEdit}
        items={plan.items}
        selected={selected}
        actions={actions}
        undoLabel={undoLabel}
        busy={busy}
        undo={undo}
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={() => setCollapsed(new Set(allIds(plan.items).filter((id) => (tree.get(id)?.node.children.length ?? 0) > 0)))}
        shown={rows.length}
        total={total}
      />
    ),
    [canEdit, selected, plan.items, undoLabel, busy, undo, rows.length, total, tree],
  );

  return (
    <div onKeyDown={onTableKey}>
      {filterBar}
      {toolbar}
      {editor.error && !editing?.error ? <ApiErrorAlert error={editor.error} onRetry={() => (editor.clearError(), void editor.refresh())} /> : null}
      {total === 0 ? <Alert color="gray">{t('table.empty')}</Alert> : rows.length === 0 ? <Alert color="gray">{t('table.noMatches')}</Alert> : null}
      <Text size="xs" c="dimmed" id="plan-table-help" className="no-print" mb={4}>
        {canEdit ? t('table.keyboardHelp') : t('table.keyboardHelpReadOnly')}
      </Text>
      <div ref={scrollRef} className="pt-scroll" data-testid="plan-table-scroll">
        <table
          className="pt-table"
          role="treegrid"
          aria-label={t('table.label')}
          aria-describedby="plan-table-help"
          aria-rowcount={rows.length + 1}
          data-testid="plan-table"
        >
          <colgroup>
            <col style={{ width: 110 }} />
            {specs.map((s) => (
              <col key={s.key} style={{ width: s.width }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((v) => {
              const tableRow = tableRows[v.index]!;
              const row = tableRow.original;
              const node = row.node;
              const isSelected = node.id === selectedId;
              const isCollapsed = collapsed.has(node.id);
              const classes = [
                'pt-row',
                node.kind === 'section' ? 'pt-section' : '',
                row.context ? 'pt-context' : '',
                dropOn === node.id ? 'pt-drop' : '',
                flashId === node.id ? 'pt-flash' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <tr
                  key={tableRow.id}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  data-id={node.id}
                  data-number={node.number}
                  className={classes}
                  aria-rowindex={v.index + 2}
                  aria-level={row.depth + 1}
                  aria-expanded={row.hasChildren && !filtering ? !isCollapsed : undefined}
                  aria-selected={isSelected}
                  tabIndex={isSelected || (!selectedId && v.index === 0) ? 0 : -1}
                  onClick={() => onSelect(node.id)}
                  onKeyDown={(e) => onRowKey(e, row)}
                  draggable={canEdit && !editing}
                  onDragStart={(e) => {
                    setDragId(node.id);
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', node.number);
                  }}
                  onDragOver={(e) => {
                    if (!dragId || !dropTarget(plan.items, dragId, node.id)) return;
                    e.preventDefault();
                    setDropOn(node.id);
                  }}
                  onDragLeave={() => setDropOn((cur) => (cur === node.id ? null : cur))}
                  onDrop={(e) => {
                    e.preventDefault();
                    const dragged = dragId ? tree.get(dragId)?.node : null;
                    setDropOn(null);
                    setDragId(null);
                    if (dragged) doMove(dragged, dropTarget(plan.items, dragged.id, node.id));
                  }}
                  onDragEnd={() => {
                    setDragId(null);
                    setDropOn(null);
                  }}
                >
                  {tableRow.getAllCells().map((cell) => {
                    if (cell.column.id === 'number') {
                      return (
                        <td key={cell.id}>
                          <NumberCell
                            node={node}
                            depth={row.depth}
                            canEdit={canEdit}
                            foldable={row.hasChildren && !filtering}
                            collapsed={isCollapsed}
                            onToggle={() => toggle(node.id)}
                            onOpen={() => {
                              onSelect(node.id);
                              onOpen(node.id);
                            }}
                          />
                        </td>
                      );
                    }
                    const spec = specByKey.get(cell.column.id)!;
                    return (
                      <td key={cell.id} data-col={spec.key} data-kind={spec.kind} onDoubleClick={() => startEdit(node, spec)}>
                        {renderCell(row, spec)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
