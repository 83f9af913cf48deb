import './plan-table.css';
import { Alert, Badge, Button, Group, Select, Text, TextInput, Tooltip } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatDate, monthName, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { deadlineKinds } from '../../../lib/contracts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { cellText, columnSpecs, inlineEditable, type ColumnSpec } from '../model/columns';
import { allIds, dropTarget, executorTexts, flattenTree, hasFilters, indentTarget, indexTree, monthsOf, outdentTarget, shiftTarget, type FlatRow, type ItemFilters } from '../model/tree';
import type { Plan, PlanNode } from '../model/types';
import type { PlanEditor } from '../model/use-plan-editor';

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

const isFlagged = (e: PlanNode['executors'][number]) => !e.organizationId && !e.personId && !e.unitId && (e.kind === 'unknown' || !e.kind);

function DeadlineCell({ node }: { node: PlanNode }) {
  if (!node.deadlineText) return null;
  const unknown = node.deadline?.kind === 'unknown';
  // A phrase counted from voting day or an event reads nothing like its date: the date is shown beside it.
  const relative = node.deadline?.kind === 'election_relative' || node.deadline?.kind === 'event_relative';
  const first = relative ? node.deadline?.windows[0] : undefined;
  return (
    <>
      <span>{node.deadlineText}</span>
      {first && (
        <Text span size="xs" c="dimmed" ml={4} data-testid="deadline-dates">
          {first.start === first.end ? formatDate(first.end) : `${formatDate(first.start)} – ${formatDate(first.end)}`}
        </Text>
      )}
      {unknown && (
        <Badge color="red.9" variant="outline" size="xs" ml={4} title={node.deadline?.reason ?? t('item.deadlineUnknownShort')}>
          {t('deadlineKind.unknown')}
        </Badge>
      )}
    </>
  );
}

function ExecutorsCell({ node, role }: { node: PlanNode; role: 'main' | 'co' }) {
  const list = node.executors.filter((e) => (role === 'co' ? e.role === 'co_executor' : e.role !== 'co_executor'));
  return (
    <span data-testid="executors">
      {list.map((e, i) => (
        <span key={e.id ?? i}>
          {i > 0 && ', '}
          <span className={isFlagged(e) ? 'pt-flagged' : undefined} title={isFlagged(e) ? t('executors.freeHint') : undefined} data-executor>
            {e.text}
          </span>
        </span>
      ))}
    </span>
  );
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
      spec.kind === 'title' ? { title: value.trim() } : spec.kind === 'deadline' ? { deadlineText: value.trim() || null } : { fields: { ...node.fields, [spec.key]: value } };
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

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, row: FlatRow) => {
    if (e.target !== e.currentTarget) return;
    const node = row.node;
    const i = indexOf(node.id);
    const go = (j: number) => {
      const r = rows[j];
      if (!r) return;
      onSelect(r.node.id);
      focusRow(r.node.id);
    };
    if (e.altKey && e.key === 'ArrowRight') doMove(node, indentTarget(plan.items, node.id));
    else if (e.altKey && e.key === 'ArrowLeft') doMove(node, outdentTarget(plan.items, node.id));
    else if (e.altKey && e.key === 'ArrowUp') doMove(node, shiftTarget(plan.items, node.id, -1));
    else if (e.altKey && e.key === 'ArrowDown') doMove(node, shiftTarget(plan.items, node.id, 1));
    else if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(rows.length - 1);
    else if (e.key === 'ArrowRight' && row.hasChildren && collapsed.has(node.id)) toggle(node.id);
    else if (e.key === 'ArrowLeft' && row.hasChildren && !collapsed.has(node.id)) toggle(node.id);
    else if (e.key === 'ArrowLeft' && row.parent) go(indexOf(row.parent.id));
    else if (e.key === 'Enter') onOpen(node.id);
    else if (e.key === 'F2') {
      const spec = specs.find((s) => s.kind === 'title');
      if (spec) startEdit(node, spec);
    } else if (e.key === 'Insert') add('item');
    else if (e.key === 'Delete') remove(node);
    else return;
    e.preventDefault();
  };

  const onTableKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const tag = (e.target as HTMLElement).tagName;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && tag !== 'TEXTAREA' && tag !== 'INPUT' && editor.undoLabel) {
      e.preventDefault();
      void editor.undo().catch(() => undefined);
    }
  };

  const renderCell = (row: FlatRow, spec: ColumnSpec): ReactNode => {
    const node = row.node;
    if (editing && editing.id === node.id && editing.key === spec.key) {
      return (
        <div>
          <textarea
            className="pt-editor"
            aria-label={t('table.editCell', { column: spec.title, number: node.number })}
            autoFocus
            value={editing.value}
            onChange={(e) => setEditing({ ...editing, value: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                commitEdit();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setEditing(null);
                focusRow(node.id);
              }
              e.stopPropagation();
            }}
            onBlur={() => {
              if (!editing.error) commitEdit();
            }}
          />
          {editing.error ? (
            <Text size="xs" c="red.9" role="alert">
              {(editing.error as Error).message}
            </Text>
          ) : null}
        </div>
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
    () => (
        <Group gap="xs" mb="xs" align="flex-end" className="no-print" wrap="wrap">
          <Select
            label={t('filter.executor')}
            data={executors}
            value={filters.executor ?? null}
            onChange={(v) => setFilters({ ...filters, executor: v })}
            clearable
            searchable
            placeholder={t('common.any')}
            w={220}
            size="xs"
          />
          <Select
            label={t('filter.month')}
            data={months.map((m) => ({ value: m, label: `${monthName(Number(m.slice(5)))} ${m.slice(0, 4)}` }))}
            value={filters.month ?? null}
            onChange={(v) => setFilters({ ...filters, month: v })}
            clearable
            placeholder={t('common.any')}
            w={160}
            size="xs"
          />
          <Select
            label={t('filter.deadlineKind')}
            data={[...deadlineKinds, 'none'].map((k) => ({ value: k, label: t(`deadlineKind.${k}` as MessageKey) }))}
            value={filters.deadlineKind ?? null}
            onChange={(v) => setFilters({ ...filters, deadlineKind: v })}
            clearable
            placeholder={t('common.any')}
            w={190}
            size="xs"
          />
          <TextInput
            label={t('filter.text')}
            placeholder={t('filter.textPlaceholder')}
            value={filters.text ?? ''}
            onChange={(e) => setFilters({ ...filters, text: e.currentTarget.value })}
            w={220}
            size="xs"
          />
          {filtering && (
            <Button size="xs" variant="subtle" onClick={() => setFilters({})}>
              {t('filter.clear')}
            </Button>
          )}
        </Group>
    ),
    [filters, executors, months, filtering],
  );
  const undoLabel = editor.undoLabel;
  const busy = editor.busy;
  const undo = editor.undo;
  const toolbar = useMemo(
    () => (
        <Group gap="xs" mb="xs" className="no-print" role="toolbar" aria-label={t('table.actions')}>
          {canEdit && (
            <>
              <Button size="xs" onClick={() => actions.current.add('item')}>
                {t('table.addItem')}
              </Button>
              <Button size="xs" variant="default" onClick={() => actions.current.add('section')}>
                {t('table.addSection')}
              </Button>
              <Tooltip label={t('table.outdent')}>
                <Button size="xs" variant="default" aria-label={t('table.outdent')} disabled={!selected || !outdentTarget(plan.items, selected.id)} onClick={() => selected && actions.current.doMove(selected, outdentTarget(plan.items, selected.id))}>
                  ←
                </Button>
              </Tooltip>
              <Tooltip label={t('table.indent')}>
                <Button size="xs" variant="default" aria-label={t('table.indent')} disabled={!selected || !indentTarget(plan.items, selected.id)} onClick={() => selected && actions.current.doMove(selected, indentTarget(plan.items, selected.id))}>
                  →
                </Button>
              </Tooltip>
              <Tooltip label={t('table.moveUp')}>
                <Button size="xs" variant="default" aria-label={t('table.moveUp')} disabled={!selected || !shiftTarget(plan.items, selected.id, -1)} onClick={() => selected && actions.current.doMove(selected, shiftTarget(plan.items, selected.id, -1))}>
                  ↑
                </Button>
              </Tooltip>
              <Tooltip label={t('table.moveDown')}>
                <Button size="xs" variant="default" aria-label={t('table.moveDown')} disabled={!selected || !shiftTarget(plan.items, selected.id, 1)} onClick={() => selected && actions.current.doMove(selected, shiftTarget(plan.items, selected.id, 1))}>
                  ↓
                </Button>
              </Tooltip>
              <Button size="xs" variant="default" color="red" disabled={!selected} onClick={() => selected && actions.current.remove(selected)}>
                {t('table.deleteItem')}
              </Button>
              <Button size="xs" variant="default" disabled={!undoLabel || busy} onClick={() => void undo().catch(() => undefined)} title={undoLabel ? t('table.undoWhat', { what: undoLabel }) : undefined}>
                {undoLabel ? t('table.undoWhat', { what: undoLabel }) : t('table.undo')}
              </Button>
            </>
          )}
          <Button size="xs" variant="subtle" onClick={() => setCollapsed(new Set())}>
            {t('table.expandAll')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setCollapsed(new Set(allIds(plan.items).filter((id) => (tree.get(id)?.node.children.length ?? 0) > 0)))}>
            {t('table.collapseAll')}
          </Button>
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('table.shown', { shown: rows.length, total })}
          </Text>
        </Group>
    ),
    [canEdit, selected, plan.items, undoLabel, busy, undo, rows.length, total, tree],
  );

  return (
    <div onKeyDown={onTableKey}>
      {filterBar}
      {toolbar}
      {editor.error && !editing?.error ? <ApiErrorAlert error={editor.error} onRetry={() => (editor.clearError(), void editor.refresh())} /> : null}
      {total === 0 ? (
        <Alert color="gray">{t('table.empty')}</Alert>
      ) : rows.length === 0 ? (
        <Alert color="gray">{t('table.noMatches')}</Alert>
      ) : null}
      <Text size="xs" c="dimmed" id="plan-table-help" className="no-print" mb={4}>
        {canEdit ? t('table.keyboardHelp') : t('table.keyboardHelpReadOnly')}
      </Text>
      <div ref={scrollRef} className="pt-scroll" data-testid="plan-table-scroll">
        <table className="pt-table" role="treegrid" aria-label={t('table.label')} aria-describedby="plan-table-help" aria-rowcount={rows.length + 1} data-testid="plan-table">
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
              const classes = ['pt-row', node.kind === 'section' ? 'pt-section' : '', row.context ? 'pt-context' : '', dropOn === node.id ? 'pt-drop' : '', flashId === node.id ? 'pt-flash' : '']
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
                          <div className="pt-num" style={{ paddingLeft: row.depth * 14 }}>
                            {canEdit && (
                              <span className="pt-handle" aria-hidden="true" title={t('table.dragHandle', { number: node.number })}>
                                ⋮⋮
                              </span>
                            )}
                            {row.hasChildren && !filtering ? (
                              <button
                                type="button"
                                className="pt-toggle"
                                tabIndex={-1}
                                aria-label={isCollapsed ? t('table.expand', { number: node.number }) : t('table.collapse', { number: node.number })}
                                onClick={(e) => {
                                  e.stopPropagation();
                                  toggle(node.id);
                                }}
                              >
                                {isCollapsed ? '▸' : '▾'}
                              </button>
                            ) : (
                              <span style={{ width: 14, display: 'inline-block' }} />
                            )}
                            <button
                              type="button"
                              className="pt-open"
                              tabIndex={-1}
                              aria-label={t('table.open', { number: node.number })}
                              onClick={(e) => {
                                e.stopPropagation();
                                onSelect(node.id);
                                onOpen(node.id);
                              }}
                            >
                              {node.number}
                            </button>
                          </div>
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
