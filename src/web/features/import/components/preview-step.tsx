import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate, parseRuDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { planKinds } from '../../../lib/contracts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import type { PlanDraft } from '../../../../shared/plan-format';
import { countDraftItems, setColumnRole, unplacedWarnings } from '../model/draft';
import { DraftTable } from './draft-table';
import { ApprovalFields, ElectionFields, headerBlocksConfirm } from './header-fields';

const columnRoles = [
  'number',
  'title',
  'deadline',
  'executors',
  'co_executors',
  'legal_basis',
  'result',
  'financing',
  'reporting_document',
  'year_mark',
  'format',
  'content',
  'goal',
  'measure',
  'tasks',
  'action',
  'note',
  'field',
];

interface Props {
  fileName: string;
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  dirty: boolean;
  onSave: () => void;
  saving: boolean;
  onConfirm: () => void;
  confirming: boolean;
  onCancel: () => void;
  cancelling: boolean;
  error: unknown;
}

/** Step 2: everything the importer understood, fixable in place before the plan exists. */
export function PreviewStep({ fileName, draft, onChange, dirty, onSave, saving, onConfirm, confirming, onCancel, cancelling, error }: Props) {
  const [start, setStart] = useState(formatDate(draft.period?.start));
  const [end, setEnd] = useState(formatDate(draft.period?.end));
  const setPeriod = (s: string, e: string) => {
    setStart(s);
    setEnd(e);
    const a = parseRuDate(s);
    const b = parseRuDate(e);
    if (a && b) onChange({ ...draft, period: { start: a, end: b } });
    else if (!s.trim() && !e.trim()) onChange({ ...draft, period: null });
  };
  const badStart = start.trim() !== '' && !parseRuDate(start);
  const badEnd = end.trim() !== '' && !parseRuDate(end);
  const unplaced = unplacedWarnings(draft);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4">
            {t('import.previewTitle')}
          </Title>
          <Text size="sm">{t('import.file', { name: fileName })}</Text>
        </div>
        <Group gap="xs">
          <Button variant="subtle" c="red.9" onClick={onCancel} loading={cancelling}>
            {t('import.cancel')}
          </Button>
          <Button variant="default" onClick={onSave} loading={saving} disabled={!dirty}>
            {t('import.saveDraft')}
          </Button>
          <Button onClick={onConfirm} loading={confirming} disabled={badStart || badEnd || !draft.title.trim() || headerBlocksConfirm(draft)}>
            {t('import.confirm')}
          </Button>
        </Group>
      </Group>
      <ApiErrorAlert error={error} />
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Textarea
            label={t('plans.field.title')}
            autosize
            minRows={1}
            value={draft.title}
            onChange={(e) => onChange({ ...draft, title: e.currentTarget.value })}
            error={!draft.title.trim() ? t('plans.field.title') : undefined}
          />
          <Group grow align="flex-start">
            <Select
              label={t('plans.field.kind')}
              data={planKinds.map((k) => ({ value: k, label: t(`plans.kind.${k}` as MessageKey) }))}
              value={draft.kind}
              onChange={(v) => v && onChange({ ...draft, kind: v as PlanDraft['kind'] })}
              allowDeselect={false}
            />
            <TextInput
              label={t('plans.field.periodStart')}
              value={start}
              onChange={(e) => setPeriod(e.currentTarget.value, end)}
              error={badStart ? t('plans.field.badDate') : undefined}
            />
            <TextInput
              label={t('plans.field.periodEnd')}
              value={end}
              onChange={(e) => setPeriod(start, e.currentTarget.value)}
              error={badEnd ? t('plans.field.badDate') : undefined}
            />
          </Group>
          <ApprovalFields draft={draft} onChange={onChange} />
        </Stack>
      </Paper>
      <ElectionFields draft={draft} onChange={onChange} />
      {draft.warnings.length > 0 && (
        <Alert color="yellow" title={t('import.warnings', { count: draft.warnings.length })} data-testid="import-warnings">
          <Stack gap={2}>
            {(unplaced.length ? unplaced : draft.warnings).slice(0, 8).map((w, i) => (
              <Text key={i} size="sm" c="dark.9">
                {w.line !== null && <b>{t('import.warningLine', { line: w.line })}: </b>}
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {(draft.columns ?? []).length > 0 && (
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {t('import.columns')}
          </Title>
          <Table withRowBorders={false} verticalSpacing={2} w="fit-content">
            <Table.Tbody>
              {(draft.columns ?? []).map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>
                    <Text size="sm">{c.title || c.key}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('import.columnRole', { title: c.title || c.key })}
                      data={columnRoles.map((r) => ({ value: r, label: t(`role.column.${r}` as MessageKey) }))}
                      value={c.role}
                      onChange={(v) => v && onChange(setColumnRole(draft, c.key, v))}
                      allowDeselect={false}
                      disabled={c.role === 'title' || c.role === 'number'}
                      w={220}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Text fw={600}>{t('import.items', { count: countDraftItems(draft) })}</Text>
      <DraftTable draft={draft} onChange={onChange} />
    </Stack>
  );
}
