import { Button, Group, Text, Tooltip } from '@mantine/core';
import { t } from '../../../i18n/t';
import { indentTarget, outdentTarget, shiftTarget } from '../model/tree';
import type { PlanNode } from '../model/types';

type Target = ReturnType<typeof indentTarget>;

interface Props {
  canEdit: boolean;
  items: PlanNode[];
  selected: PlanNode | null;
  /** Read at click time: the table's handlers change on every render, the toolbar is memoised. */
  actions: { current: { add: (kind: 'item' | 'section') => void; remove: (node: PlanNode) => void; doMove: (node: PlanNode, target: Target) => void } };
  undoLabel: string | null;
  busy: boolean;
  undo: () => Promise<unknown>;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  shown: number;
  total: number;
}

/** The plan table's actions: add, move, delete, undo, expand and collapse, and how many rows are shown. */
export function PlanToolbar({ canEdit, items, selected, actions, undoLabel, busy, undo, onExpandAll, onCollapseAll, shown, total }: Props) {
  return (
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
            <Button
              size="xs"
              variant="default"
              aria-label={t('table.outdent')}
              disabled={!selected || !outdentTarget(items, selected.id)}
              onClick={() => selected && actions.current.doMove(selected, outdentTarget(items, selected.id))}
            >
              ←
            </Button>
          </Tooltip>
          <Tooltip label={t('table.indent')}>
            <Button
              size="xs"
              variant="default"
              aria-label={t('table.indent')}
              disabled={!selected || !indentTarget(items, selected.id)}
              onClick={() => selected && actions.current.doMove(selected, indentTarget(items, selected.id))}
            >
              →
            </Button>
          </Tooltip>
          <Tooltip label={t('table.moveUp')}>
            <Button
              size="xs"
              variant="default"
              aria-label={t('table.moveUp')}
              disabled={!selected || !shiftTarget(items, selected.id, -1)}
              onClick={() => selected && actions.current.doMove(selected, shiftTarget(items, selected.id, -1))}
            >
              ↑
            </Button>
          </Tooltip>
          <Tooltip label={t('table.moveDown')}>
            <Button
              size="xs"
              variant="default"
              aria-label={t('table.moveDown')}
              disabled={!selected || !shiftTarget(items, selected.id, 1)}
              onClick={() => selected && actions.current.doMove(selected, shiftTarget(items, selected.id, 1))}
            >
              ↓
            </Button>
          </Tooltip>
          <Button size="xs" variant="default" color="red" disabled={!selected} onClick={() => selected && actions.current.remove(selected)}>
            {t('table.deleteItem')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!undoLabel || busy}
            onClick={() => void undo().catch(() => undefined)}
            title={undoLabel ? t('table.undoWhat', { what: undoLabel }) : undefined}
          >
            {undoLabel ? t('table.undoWhat', { what: undoLabel }) : t('table.undo')}
          </Button>
        </>
      )}
      <Button size="xs" variant="subtle" onClick={onExpandAll}>
        {t('table.expandAll')}
      </Button>
      <Button size="xs" variant="subtle" onClick={onCollapseAll}>
        {t('table.collapseAll')}
      </Button>
      <Text size="xs" c="dimmed" aria-live="polite">
        {t('table.shown', { shown, total })}
      </Text>
    </Group>
  );
}
