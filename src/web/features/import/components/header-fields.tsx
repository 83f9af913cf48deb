import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { approvalActKinds, type ApprovalActKind } from '../../../../shared/act-kinds';
import type { PlanDraft } from '../../../../shared/plan-format';
import { addElection, electionProblems, removeElection, setApproval, setElection } from '../model/header';

interface Props {
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
}

/** The approval block as the importer read it, editable: a missing number or date is typed in here. */
export function ApprovalFields({ draft, onChange }: Props) {
  const a = draft.approval;
  return (
    <Stack gap={4} data-testid="import-approval">
      <Text size="sm" fw={600}>
        {t('import.approval')}
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label={t('plans.field.approvalAuthority')}
          value={a?.authority ?? ''}
          onChange={(e) => onChange(setApproval(draft, { authority: e.currentTarget.value || null }))}
        />
        <Select
          label={t('import.actKind')}
          data={approvalActKinds.map((k) => ({ value: k, label: t(`import.actKind.${k}` as MessageKey) }))}
          value={a?.actKind ?? null}
          onChange={(v) => onChange(setApproval(draft, { actKind: (v as ApprovalActKind | null) ?? null }))}
          clearable
          w={170}
        />
      </Group>
      <Group grow align="flex-start">
        <RuDateInput label={t('plans.field.approvalDate')} value={a?.date ?? null} onChange={(iso) => onChange(setApproval(draft, { date: iso }))} />
        <TextInput
          label={t('plans.field.approvalNumber')}
          value={a?.number ?? ''}
          onChange={(e) => onChange(setApproval(draft, { number: e.currentTarget.value.trim() || null }))}
        />
        <TextInput
          label={t('plans.field.approvalAppendix')}
          description={t('plans.field.approvalAppendixHint')}
          value={a?.appendix ?? ''}
          onChange={(e) => onChange(setApproval(draft, { appendix: e.currentTarget.value.trim() || null }))}
        />
      </Group>
    </Stack>
  );
}

/** «Выборы и события» of the plan: voting day and calling date date the election-relative deadlines. */
export function ElectionFields({ draft, onChange }: Props) {
  const elections = draft.elections ?? [];
  const problems = electionProblems(draft);
  return (
    <Paper withBorder p="sm" data-testid="import-elections">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('import.elections')}
        </Title>
        <Button size="compact-sm" variant="default" onClick={() => onChange(addElection(draft, t('import.election.defaultName')))}>
          {t('import.election.add')}
        </Button>
      </Group>
      {elections.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('import.election.none')}
        </Text>
      )}
      <Stack gap="sm">
        {elections.map((e, i) => (
          <Stack key={i} gap={4}>
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('import.election.name')}
                value={e.name ?? ''}
                onChange={(ev) => onChange(setElection(draft, i, { name: ev.currentTarget.value || null }))}
              />
              <RuDateInput
                label={t('import.election.votingDay')}
                value={e.votingDay || null}
                onChange={(iso) => onChange(setElection(draft, i, { votingDay: iso ?? '' }))}
                error={problems[i] === 'noVotingDay' ? t('import.election.noVotingDay') : undefined}
                w={190}
              />
              <RuDateInput
                label={t('import.election.calledOn')}
                value={e.calledOn ?? null}
                onChange={(iso) => onChange(setElection(draft, i, { calledOn: iso }))}
                error={problems[i] === 'calledAfterVoting' ? t('import.election.calledAfterVoting') : undefined}
                w={190}
              />
              <Select
                label={t('import.election.votingDays')}
                data={['1', '2', '3']}
                value={String(e.votingDays ?? 1)}
                // One day stays implicit, as the interchange format writes it.
                onChange={(v) => onChange(setElection(draft, i, { votingDays: v === null || v === '1' ? undefined : Number(v) }))}
                allowDeselect={false}
                w={150}
              />
              <ActionIcon
                variant="subtle"
                c="red.9"
                mt={26}
                aria-label={t('import.election.remove', { name: e.name ?? '' })}
                onClick={() => onChange(removeElection(draft, i))}
              >
                ×
              </ActionIcon>
            </Group>
            {(e.events ?? []).map((ev, j) => (
              <Text key={j} size="xs" c="dimmed">
                {t('import.election.event', { name: ev.name, date: ev.date.split('-').reverse().join('.') })}
              </Text>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

export function headerBlocksConfirm(draft: PlanDraft): boolean {
  return electionProblems(draft).some((p) => p !== null);
}
