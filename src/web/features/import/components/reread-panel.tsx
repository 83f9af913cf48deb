import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import type { DraftSource, ImportOverrides, PlanDraft } from '../../../../shared/plan-format';
import { useRereadImport } from '../api/reread-import';
import type { ImportRecord } from '../api/types';
import {
  columnRole,
  hasRowAction,
  overridesCount,
  parseSplit,
  splitOf,
  splitText,
  toggleRowAction,
  wizardColumnRoles,
  withColumnRole,
  withSplit,
  type RowAction,
} from '../model/overrides';
import { messageAtRow, pageCount, pageOfRow, ROWS_PER_PAGE, warningsByLine } from '../model/reading-doubt';

interface Props {
  importId: string;
  source: DraftSource;
  warnings: PlanDraft['warnings'];
  /** Kept by the wizard: hiding the panel must not drop corrections the current draft was read with. */
  overrides: ImportOverrides;
  setOverrides: (overrides: ImportOverrides) => void;
  /** The preview has hand edits that a re-read replaces. */
  dirty: boolean;
  /** The importer guessed the columns: the panel says so above the rows. */
  unsure: boolean;
  onApplied: (record: ImportRecord) => void;
}

const rowActions: { action: RowAction; label: MessageKey }[] = [
  { action: 'section', label: 'reread.section' },
  { action: 'delete', label: 'reread.delete' },
  { action: 'merge', label: 'reread.merge' },
];

/** Rows with warnings offered as jumps; more would be a wall of buttons. */
const MAX_WARNING_JUMPS = 40;

/**
 * The rows as the importer read them, for when it read them wrong: the user says what each
 * column holds and what each row is, and the server reads the kept file again. Rows are shown
 * a page at a time so a 2,000-row file stays responsive; the keyboard moves between rows.
 */
export function RereadPanel({ importId, source, warnings, overrides, setOverrides, dirty, unsure, onApplied }: Props) {
  const [splitting, setSplitting] = useState<number | null>(null);
  const [splitDraft, setSplitDraft] = useState('');
  const [page, setPage] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef<number | null>(null);
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>());
  const reread = useRereadImport(importId);
  const byLine = useMemo(() => warningsByLine(warnings), [warnings]);
  const warnedRows = useMemo(() => source.rows.flatMap((r, k) => (byLine.has(r.line) ? [{ line: r.line, index: k }] : [])), [source.rows, byLine]);
  const columnCount = source.columns.length;
  const total = source.rows.length;
  const pages = pageCount(total);
  const first = page * ROWS_PER_PAGE;
  const shown = source.rows.slice(first, first + ROWS_PER_PAGE);
  // The one row the Tab key reaches (roving tabindex): the active row when it is on this page.
  const tabStop = active >= first && active < first + shown.length ? active : first;

  useEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    focusPending.current = null;
    const line = source.rows[index]?.line;
    if (line !== undefined) rowRefs.current.get(line)?.focus();
  });

  const goToRow = (index: number) => {
    const target = Math.min(Math.max(index, 0), total - 1);
    setPage(pageOfRow(target));
    setActive(target);
    focusPending.current = target;
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, line: number) => {
    // Keys pressed in a select, button or text field inside the row are theirs.
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: ROWS_PER_PAGE, PageUp: -ROWS_PER_PAGE };
    if (e.key in moves) goToRow(index + moves[e.key]!);
    else if (e.key === 'Home') goToRow(0);
    else if (e.key === 'End') goToRow(total - 1);
    // By the key's place, not its letter: the same key is «Ы» in the Russian layout.
    else if (e.code === 'KeyS') setOverrides(toggleRowAction(source, overrides, line, 'section'));
    else if (e.key === 'Delete') setOverrides(toggleRowAction(source, overrides, line, 'delete'));
    else return;
    e.preventDefault();
  };

  const roleOptions = (index: number) => {
    const roles: string[] = columnRole(source, {}, index) === 'number' ? ['number', ...wizardColumnRoles] : [...wizardColumnRoles];
    return roles.map((r) => ({ value: r, label: t(`reread.role.${r}` as MessageKey) }));
  };

  const pager = pages > 1 && (
    <Group gap="xs" component="nav" aria-label={t('reread.pages')}>
      <Button size="compact-sm" variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('reread.prevPage')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('reread.page', { from: first + 1, to: first + shown.length, total })}
      </Text>
      <Button size="compact-sm" variant="default" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('reread.nextPage')}
      </Button>
    </Group>
  );

  return (
    <Paper withBorder p="sm" data-testid="reread-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reread.title')}
        </Title>
        {unsure && (
          <Alert color="yellow" p="xs" data-testid="reread-unsure">
            <Text size="sm" c="dark.9">
              {t('reread.unsure')}
            </Text>
          </Alert>
        )}
        <Text size="sm">{t('reread.hint')}</Text>
        <Text size="sm">{t('reread.keys')}</Text>
        <Text size="sm" fw={dirty ? 700 : undefined} c={dirty ? 'red.9' : undefined}>
          {t('reread.replaces')}
        </Text>
        <ApiErrorAlert error={reread.error} />
        {warnedRows.length > 0 && (
          <Group gap={4} data-testid="reread-warning-rows">
            <Text size="sm">{t('reread.warningRows')}</Text>
            {warnedRows.slice(0, MAX_WARNING_JUMPS).map((w) => (
              <Button key={w.line} size="compact-xs" variant="default" aria-label={t('reread.goToRow', { line: w.line })} onClick={() => goToRow(w.index)}>
                {w.line}
              </Button>
            ))}
            {warnedRows.length > MAX_WARNING_JUMPS && <Text size="sm">…</Text>}
          </Group>
        )}
        {pager}
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="reread-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reread.line')}</Table.Th>
                {source.columns.map((c) => (
                  <Table.Th key={c.index}>
                    <Text size="xs" fw={600}>
                      {c.title}
                    </Text>
                    <NativeSelect
                      size="xs"
                      aria-label={t('reread.columnRole', { index: c.index + 1, title: c.title })}
                      data={roleOptions(c.index)}
                      value={columnRole(source, overrides, c.index)}
                      onChange={(e) => setOverrides(withColumnRole(overrides, c.index, e.currentTarget.value))}
                    />
                  </Table.Th>
                ))}
                <Table.Th>{t('reread.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row, offset) => {
                const k = first + offset;
                const deleted = hasRowAction(overrides, row.line, 'delete');
                const parts = splitOf(overrides, row.line);
                const rowWarnings = byLine.get(row.line) ?? [];
                return [
                  <Table.Tr
                    key={row.line}
                    data-line={row.line}
                    ref={(el) => {
                      if (el) rowRefs.current.set(row.line, el);
                      else rowRefs.current.delete(row.line);
                    }}
                    tabIndex={k === tabStop ? 0 : -1}
                    onFocus={(e) => e.target === e.currentTarget && setActive(k)}
                    onKeyDown={(e) => onRowKey(e, k, row.line)}
                    bg={k === active ? 'blue.0' : undefined}
                  >
                    <Table.Td>{row.line}</Table.Td>
                    {source.columns.map((c) => (
                      <Table.Td key={c.index} fw={hasRowAction(overrides, row.line, 'section') ? 700 : undefined} td={deleted ? 'line-through' : undefined}>
                        {/* Struck through and grey, not faded: a faded row's buttons fell below 4.5:1 contrast (axe). */}
                        <Text size="sm" c={deleted ? 'gray.7' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
                          {row.cells[c.index] ?? ''}
                        </Text>
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {rowActions
                          .filter((a) => a.action !== 'merge' || k > 0)
                          .map((a) => {
                            const on = hasRowAction(overrides, row.line, a.action);
                            return (
                              <Button
                                key={a.action}
                                size="compact-xs"
                                variant={on ? 'filled' : 'default'}
                                aria-pressed={on}
                                aria-label={t('reread.rowAction', { action: t(a.label), line: row.line })}
                                onClick={() => setOverrides(toggleRowAction(source, overrides, row.line, a.action))}
                              >
                                {t(a.label)}
                              </Button>
                            );
                          })}
                        <Button
                          size="compact-xs"
                          variant={parts ? 'filled' : 'default'}
                          aria-expanded={splitting === row.line}
                          aria-label={t('reread.rowAction', { action: t('reread.split'), line: row.line })}
                          onClick={() => {
                            setSplitting(splitting === row.line ? null : row.line);
                            setSplitDraft((parts ?? [row.cells]).map(splitText).join('\n'));
                          }}
                        >
                          {parts ? t('reread.splitParts', { count: parts.length }) : t('reread.split')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>,
                  splitting === row.line && (
                    <Table.Tr key={`${row.line}-split`}>
                      <Table.Td colSpan={columnCount + 2}>
                        <Group align="flex-end">
                          <Textarea
                            autosize
                            minRows={2}
                            style={{ flex: 1 }}
                            label={t('reread.splitLabel', { line: row.line })}
                            value={splitDraft}
                            onChange={(e) => setSplitDraft(e.currentTarget.value)}
                          />
                          <Button
                            size="xs"
                            onClick={() => {
                              setOverrides(
                                withSplit(
                                  overrides,
                                  row.line,
                                  parseSplit(splitDraft).map((cells) => cells.slice(0, columnCount)),
                                ),
                              );
                              setSplitting(null);
                            }}
                          >
                            {t('reread.splitDone')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ),
                  rowWarnings.length > 0 && (
                    <Table.Tr key={`${row.line}-warnings`}>
                      <Table.Td colSpan={columnCount + 2} p={0}>
                        <Alert color="yellow" p={4} radius={0} data-testid={`reread-warning-${row.line}`}>
                          {rowWarnings.map((w, i) => (
                            <Text key={i} size="xs" c="dark.9">
                              {t('reread.warningAt', { line: row.line, message: messageAtRow(w.message, row.line) })}
                            </Text>
                          ))}
                        </Alert>
                      </Table.Td>
                    </Table.Tr>
                  ),
                ];
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {pager}
        <Group>
          <Button onClick={() => reread.mutate(overrides, { onSuccess: onApplied })} loading={reread.isPending}>
            {t('reread.apply')}
          </Button>
          <Button variant="default" onClick={() => setOverrides({})} disabled={overridesCount(overrides) === 0}>
            {t('reread.reset')}
          </Button>
          <Text size="sm">{t('reread.changes', { count: overridesCount(overrides) })}</Text>
          {reread.isSuccess && !reread.isPending && (
            <Text size="sm" role="status">
              {t('reread.applied')}. {t('reread.kept')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
