import { Button, Card, Group, List, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { actKinds } from '../../../../domain/plan/act';
import { ApiErrorAlert, fieldError } from '../../../components/ui/api-error-alert';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import type { MessageKey } from '../../../i18n/ru';
import { formatDate, t } from '../../../i18n/t';
import { useClosePeriod, usePlanEscalation, usePlanPeriods, useSetEscalationDays, type ClosedPeriod } from '../api/plan-control';

function EscalationDays({ planId }: { planId: string }) {
  const current = usePlanEscalation(planId);
  const save = useSetEscalationDays(planId);
  const [days, setDays] = useState<number | string>('');
  useEffect(() => {
    if (current.data) setDays(current.data.escalationDays);
  }, [current.data]);
  if (current.error) return <ApiErrorAlert error={current.error} />;
  const dirty = current.data !== undefined && days !== current.data.escalationDays;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (typeof days === 'number') save.mutate(days);
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('control.escalation.label')}
          description={t('control.escalation.hint')}
          value={days}
          onChange={setDays}
          min={0}
          max={90}
          allowDecimal={false}
          allowNegative={false}
          disabled={current.isPending}
          error={fieldError(save.error, 'days')}
          style={{ flex: '1 1 24rem' }}
          data-testid="escalation-days"
        />
        <Button type="submit" disabled={!dirty || typeof days !== 'number'} loading={save.isPending}>
          {t('control.escalation.save')}
        </Button>
      </Group>
      {save.isSuccess && !dirty && (
        <Text size="sm" c="dimmed" mt={4} role="status">
          {t('control.escalation.saved')}
        </Text>
      )}
      {!fieldError(save.error, 'days') && <ApiErrorAlert error={save.error} />}
    </form>
  );
}

const actText = (p: ClosedPeriod) =>
  t('control.periods.actText', {
    kind: p.act.kind ? t(`lifecycle.act.kind.${p.act.kind}` as MessageKey) : '',
    date: formatDate(p.act.date),
    number: p.act.number ?? '',
  });

function CloseForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const close = useClosePeriod(planId);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [kind, setKind] = useState<string>(actKinds[0]);
  const [authority, setAuthority] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const ready = from && to && date && authority.trim() && number.trim();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        close.mutate({ from, to, act: { kind, authority: authority.trim(), date, number: number.trim() } }, { onSuccess: onDone });
      }}
      data-testid="close-period-form"
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start">
          <RuDateInput label={t('control.periods.from')} value={from} onChange={setFrom} required w={200} error={fieldError(close.error, 'from')} />
          <RuDateInput label={t('control.periods.to')} value={to} onChange={setTo} required w={200} error={fieldError(close.error, 'to')} />
        </Group>
        <Group gap="sm" align="flex-start">
          <Select
            label={t('lifecycle.act.kind')}
            data={actKinds.map((k) => ({ value: k, label: t(`lifecycle.act.kind.${k}` as MessageKey) }))}
            value={kind}
            onChange={(v) => v && setKind(v)}
            allowDeselect={false}
            w={200}
          />
          <RuDateInput label={t('lifecycle.act.date')} value={date} onChange={setDate} required w={200} error={fieldError(close.error, 'act.date')} />
          <TextInput
            label={t('lifecycle.act.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            required
            w={160}
            error={fieldError(close.error, 'act.number')}
          />
        </Group>
        <TextInput
          label={t('lifecycle.act.authority')}
          value={authority}
          onChange={(e) => setAuthority(e.currentTarget.value)}
          required
          error={fieldError(close.error, 'act.authority')}
        />
        {!['from', 'to', 'act'].some((f) => fieldError(close.error, f)) && <ApiErrorAlert error={close.error} />}
        <Group>
          <Button type="submit" disabled={!ready} loading={close.isPending}>
            {t('control.periods.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('control.periods.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ClosedPeriods({ planId }: { planId: string }) {
  const periods = usePlanPeriods(planId);
  const [closing, setClosing] = useState(false);
  if (periods.isPending) return null;
  if (periods.error) return <ApiErrorAlert error={periods.error} />;
  const { canClose, closed } = periods.data;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('control.periods.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('control.periods.hint')}
      </Text>
      {closed.length === 0 ? (
        <Text size="sm">{t('control.periods.none')}</Text>
      ) : (
        <List size="sm" spacing={4} data-testid="closed-periods">
          {closed.map((p) => (
            <List.Item key={p.id}>
              {t('control.periods.row', { label: p.label, from: formatDate(p.from), to: formatDate(p.to) })}; {t('control.periods.act', { act: actText(p) })};{' '}
              {t('control.periods.closedBy', { name: p.closedByName ?? '', date: formatDate(p.closedAt) })}
            </List.Item>
          ))}
        </List>
      )}
      {canClose &&
        (closing ? (
          <CloseForm planId={planId} onDone={() => setClosing(false)} />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setClosing(true)}>
              {t('control.periods.close')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

/**
 * How a plan's execution is controlled (issue #18): the escalation days and the
 * closed reporting periods. Shown to the plan's planner and controllers (the
 * dashboard decides); closing a period only to those the API lets close.
 */
export function PlanControlCard({ planId }: { planId: string }) {
  return (
    <Card withBorder data-testid="plan-control">
      <Title order={2} size="h4" mb="sm">
        {t('control.title')}
      </Title>
      <Stack gap="lg">
        <EscalationDays planId={planId} />
        <ClosedPeriods planId={planId} />
      </Stack>
    </Card>
  );
}
