import { Button, Card, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import { formatDate, t } from '../../../i18n/t';
import { useAttachElection, usePlanElections, usePlanEvents, useSetPlanEvent } from '../api/plan-events';
import { ElectionRow } from './election-row';
import { VotingDaysSelect } from './voting-days-select';

/**
 * «Выборы и события»: the dates deadlines of the plan count from. Items counted from an event without a date
 * are listed under it («ожидает даты»); giving the date re-dates them on the server at once.
 */
export function EventsPanel({ planId, canEdit }: { planId: string; canEdit: boolean }) {
  const elections = usePlanElections(planId);
  const events = usePlanEvents(planId);
  const attach = useAttachElection(planId);
  const setEvent = useSetPlanEvent(planId);
  const [name, setName] = useState('');
  const [votingDay, setVotingDay] = useState<string | null>(null);
  const [votingDays, setVotingDays] = useState(1);
  const [calledOn, setCalledOn] = useState<string | null>(null);

  const dated = events.data?.events ?? [];
  const waiting = events.data?.waiting ?? [];
  const rows = [
    ...dated.map((e) => ({ key: e.key, label: e.label, date: e.date, items: waiting.find((w) => w.event === e.key)?.items ?? [] })),
    ...waiting.filter((w) => !dated.some((e) => e.key === w.event)).map((w) => ({ key: w.event, label: w.label, date: null, items: w.items })),
  ];

  return (
    <Card withBorder id="events" data-testid="events-panel" className="no-print">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('events.title')}
        </Title>
        {elections.data && elections.data.elections.map((e) => <ElectionRow key={e.id} planId={planId} election={e} data={elections.data} canEdit={canEdit} />)}
        {canEdit && (
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('events.electionName')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} />
            <RuDateInput label={t('events.votingDay')} value={votingDay} onChange={setVotingDay} w={160} />
            <VotingDaysSelect value={votingDays} onChange={setVotingDays} />
            <RuDateInput label={t('events.calledOn')} value={calledOn} onChange={setCalledOn} w={160} />
            <Button
              size="sm"
              disabled={!name.trim() || !votingDay}
              loading={attach.isPending}
              onClick={() =>
                attach.mutate(
                  { name: name.trim(), votingDay: votingDay!, votingDays, calledOn },
                  {
                    onSuccess: () => {
                      setName('');
                      setVotingDay(null);
                      setVotingDays(1);
                      setCalledOn(null);
                    },
                  },
                )
              }
            >
              {t('events.attachElection')}
            </Button>
          </Group>
        )}
        <ApiErrorAlert error={attach.error} />
        {rows.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.event')}</Table.Th>
                <Table.Th>{t('events.date')}</Table.Th>
                <Table.Th>{t('events.waitingItems')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-testid="event-row">
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <RuDateInput
                        aria-label={t('events.dateOf', { event: r.label })}
                        value={r.date}
                        onChange={(date) => setEvent.mutate({ key: r.key, label: r.label, date })}
                        w={160}
                      />
                    ) : (
                      formatDate(r.date) || t('events.noDate')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.items.length === 0
                      ? '—'
                      : t('events.waiting', { items: r.items.map((i) => (i.number ? `${i.number} ${i.title}` : i.title)).join('; ') })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <ApiErrorAlert error={setEvent.error} />
      </Stack>
    </Card>
  );
}
