import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
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

interface Props {
  importId: string;
  source: DraftSource;
  warnings: PlanDraft['warnings'];
  /** Kept by the wizard: hiding the panel must not drop corrections the current draft was read with. */
  overrides: ImportOverrides;
  setOverrides: (overrides: ImportOverrides) => void;
  /** The preview has hand edits that a re-read replaces. */
  dirty: boolean;
  onApplied: (record: ImportRecord) => void;
}

const rowActions: { action: RowAction; label: MessageKey }[] = [
  { action: 'section', label: 'reread.section' },
  { action: 'delete', label: 'reread.delete' },
  { action: 'merge', label: 'reread.merge' },
];

/**
 * The rows as the importer read them, for when it read them wrong: the user says what each
 * column holds and what each row is, and the server reads the kept file again.
 */
export function RereadPanel({ importId, source, warnings, overrides, setOverrides, dirty, onApplied }: Props) {
  const [splitting, setSplitting] = useState<number | null>(null);
  const [splitDraft, setSplitDraft] = useState('');
  const reread = useRereadImport(importId);
  const atLine = (line: number) => warnings.filter((w) => w.line === line);
  const columnCount = source.columns.length;

  const roleOptions = (index: number) => {
    const roles: string[] = columnRole(source, {}, index) === 'number' ? ['number', ...wizardColumnRoles] : [...wizardColumnRoles];
    return roles.map((r) => ({ value: r, label: t(`reread.role.${r}` as MessageKey) }));
  };

  return (
    <Paper withBorder p="sm" data-testid="reread-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reread.title')}
        </Title>
        <Text size="sm">{t('reread.hint')}</Text>
        <Text size="sm" fw={dirty ? 700 : undefined} c={dirty ? 'red.9' : undefined}>
          {t('reread.replaces')}
        </Text>
        <ApiErrorAlert error={reread.error} />
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
              {source.rows.map((row, k) => {
                const deleted = hasRowAction(overrides, row.line, 'delete');
                const parts = splitOf(overrides, row.line);
                const rowWarnings = atLine(row.line);
                return [
                  <Table.Tr key={row.line} data-line={row.line} opacity={deleted ? 0.5 : 1}>
                    <Table.Td>{row.line}</Table.Td>
                    {source.columns.map((c) => (
                      <Table.Td key={c.index} fw={hasRowAction(overrides, row.line, 'section') ? 700 : undefined} td={deleted ? 'line-through' : undefined}>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
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
                              {w.message}
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
              {t('reread.applied')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
