import { Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { formatDate, t } from '../../../i18n/t';
import { useDeleteElection, useUpdateElection, type PlanElection, type PlanElections } from '../api/plan-events';
import { firstVotingDayOf, VotingDaysSelect } from './voting-days-select';

/**
 * One election of the plan: shown, changed in place (moving the voting day re-dates the items counted from it
 * and tells their executors) or removed after a confirmation naming the items that will wait for a date.
 */
export function ElectionRow({ planId, election, data, canEdit }: { planId: string; election: PlanElection; data: PlanElections; canEdit: boolean }) {
  const update = useUpdateElection(planId);
  const remove = useDeleteElection(planId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(election.name);
  const [votingDay, setVotingDay] = useState<string | null>(election.votingDay);
  const [votingDays, setVotingDays] = useState(election.votingDays);
  const [calledOn, setCalledOn] = useState<string | null>(election.calledOn);
  // With another election left, the items keep counting from it; with the last one gone they wait for a date.
  const losing = data.elections.length > 1 ? [] : data.dependents;

  const lineArgs = { name: election.name, votingDay: formatDate(election.votingDay), calledOn: election.calledOn ? formatDate(election.calledOn) : '—' };
  const line =
    election.votingDays > 1
      ? t('events.electionLineDays', { ...lineArgs, firstDay: formatDate(firstVotingDayOf(election.votingDay, election.votingDays)) })
      : t('events.electionLine', lineArgs);
  if (!canEdit) {
    return (
      <Text size="sm" data-testid="election-row">
        {line}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="election-row">
      {editing ? (
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('events.electionName')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} />
          <RuDateInput label={t('events.votingDay')} value={votingDay} onChange={setVotingDay} w={160} />
          <VotingDaysSelect value={votingDays} onChange={setVotingDays} />
          <RuDateInput label={t('events.calledOn')} value={calledOn} onChange={setCalledOn} w={160} />
          <Button
            size="sm"
            disabled={!name.trim() || !votingDay}
            loading={update.isPending}
            onClick={() =>
              update.mutate({ id: election.id, name: name.trim(), votingDay: votingDay!, votingDays, calledOn }, { onSuccess: () => setEditing(false) })
            }
          >
            {t('events.saveElection')}
          </Button>
          <Button size="sm" variant="subtle" onClick={() => setEditing(false)}>
            {t('events.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{line}</Text>
          <Button size="compact-xs" variant="light" onClick={() => setEditing(true)} aria-label={t('events.editElectionAria', { name: election.name })}>
            {t('events.editElection')}
          </Button>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            onClick={() => setConfirming(true)}
            aria-label={t('events.deleteElectionAria', { name: election.name })}
          >
            {t('events.deleteElection')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={update.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('events.deleteTitle', { name: election.name })}>
        <Stack>
          <ApiErrorAlert error={remove.error} />
          {losing.length > 0 ? (
            <>
              <Text size="sm">{t('events.deleteLoses', { count: String(losing.length) })}</Text>
              <List size="sm" data-testid="election-dependents">
                {losing.map((i) => (
                  <List.Item key={i.id}>{i.number ? `${i.number} ${i.title}` : i.title}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm">{data.elections.length > 1 ? t('events.deleteKeepsOthers') : t('events.deleteNothing')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => setConfirming(false)}>
              {t('events.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(election.id, { onSuccess: () => setConfirming(false) })}>
              {t('events.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
