import { Badge, Text } from '@mantine/core';
import { formatDate, t } from '../../../i18n/t';
import type { PlanNode } from '../model/types';

/** Cells of the plan table that are more than their text: deadline with its dates, executors, number, inline editor. */
const isFlagged = (e: PlanNode['executors'][number]) => !e.organizationId && !e.personId && !e.unitId && (e.kind === 'unknown' || !e.kind);

export function DeadlineCell({ node }: { node: PlanNode }) {
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

export function ExecutorsCell({ node, role }: { node: PlanNode; role: 'main' | 'co' }) {
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

/** The number cell: drag handle, fold toggle and the number that opens the item. */
export function NumberCell(props: {
  node: PlanNode;
  depth: number;
  canEdit: boolean;
  /** Has children and the table is not filtered (a filtered list shows no folding). */
  foldable: boolean;
  collapsed: boolean;
  onToggle: () => void;
  onOpen: () => void;
}) {
  const { node, depth, canEdit, foldable, collapsed } = props;
  return (
    <div className="pt-num" style={{ paddingLeft: depth * 14 }}>
      {canEdit && (
        <span className="pt-handle" aria-hidden="true" title={t('table.dragHandle', { number: node.number })}>
          ⋮⋮
        </span>
      )}
      {foldable ? (
        <button
          type="button"
          className="pt-toggle"
          tabIndex={-1}
          aria-label={collapsed ? t('table.expand', { number: node.number }) : t('table.collapse', { number: node.number })}
          onClick={(e) => {
            e.stopPropagation();
            props.onToggle();
          }}
        >
          {collapsed ? '▸' : '▾'}
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
          props.onOpen();
        }}
      >
        {node.number}
      </button>
    </div>
  );
}

/**
 * Inline editing of one cell: Enter saves, Shift+Enter breaks the line, Escape cancels, leaving the cell saves
 * unless the server refused the text (it stays beside the message to be corrected).
 */
export function CellEditor(props: {
  label: string;
  value: string;
  error: unknown;
  onChange: (value: string) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { label, value, error } = props;
  return (
    <div>
      <textarea
        className="pt-editor"
        aria-label={label}
        autoFocus
        value={value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            props.onCommit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onCancel();
          }
          e.stopPropagation();
        }}
        onBlur={() => {
          if (!error) props.onCommit();
        }}
      />
      {error ? (
        <Text size="xs" c="red.9" role="alert">
          {(error as Error).message}
        </Text>
      ) : null}
    </div>
  );
}
