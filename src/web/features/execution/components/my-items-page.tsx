import './execution-styles';
import { Alert, Anchor, Badge, Group, Select, SegmentedControl, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useQueryParams } from '../../../lib/use-query-params';
import { formatDate, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useMyOccurrences, useMyPlans } from '../api/my-occurrences';
import { useReminderSettings, useUpdateReminderSettings } from '../api/reminder-settings';
import { bucketLabels, ink } from '../model/texts';
import type { Bucket, OccurrenceItem } from '../model/types';
import { OccurrenceDrawer } from './occurrence-drawer';
import { OccurrenceTable } from './occurrence-list';

type View = 'open' | 'done' | 'plans';
const openBuckets: Bucket[] = ['overdue', 'week', 'month', 'later', 'awaiting'];

function ReminderSwitch() {
  const settings = useReminderSettings();
  const update = useUpdateReminderSettings();
  if (!settings.data) return null;
  // Without an address nothing can be sent: the switch shows off and waits for one.
  const noEmail = !settings.data.email;
  return (
    <Stack gap={2} align="flex-end">
      <Switch
        label={t('execution.my.reminders')}
        checked={settings.data.enabled && !noEmail}
        onChange={(e) => update.mutate(e.currentTarget.checked)}
        disabled={update.isPending || noEmail}
        description={noEmail ? t('execution.my.remindersNoEmail') : t('execution.my.remindersTo', { email: settings.data.email! })}
        data-testid="reminders-switch"
      />
      {noEmail && (
        <Anchor component={Link} href="/profile" size="xs">
          {t('execution.my.remindersSetEmail')}
        </Anchor>
      )}
      <ApiErrorAlert error={update.error} />
    </Stack>
  );
}

/** A ТИК's view across the plans of its higher commissions: what each plan assigns to it and where it stands. */
function PlansView({ onPick }: { onPick: (planId: string) => void }) {
  const plans = useMyPlans();
  if (plans.isPending) return <PageLoader />;
  if (plans.error) return <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data.length) return <Text>{t('execution.my.plans.none')}</Text>;
  return (
    <Table striped data-testid="my-plans">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('execution.my.plans.col.plan')}</Table.Th>
          <Table.Th w={110}>{t('execution.my.plans.col.total')}</Table.Th>
          <Table.Th w={110}>{t('execution.my.plans.col.overdue')}</Table.Th>
          <Table.Th w={110}>{t('execution.my.plans.col.open')}</Table.Th>
          <Table.Th w={110}>{t('execution.my.plans.col.done')}</Table.Th>
          <Table.Th w={140}>{t('execution.my.plans.col.nextDue')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plans.data.map((p) => (
          <Table.Tr key={p.planId}>
            <Table.Td>
              <Anchor component="button" type="button" onClick={() => onPick(p.planId)} ta="left">
                {p.planTitle}
              </Anchor>
              <Text size="xs" c="dimmed">
                {p.ownerName}
              </Text>
            </Table.Td>
            <Table.Td>{p.total}</Table.Td>
            <Table.Td>{p.overdue ? <Badge color={ink.red}>{p.overdue}</Badge> : 0}</Table.Td>
            <Table.Td>{p.due + p.awaiting}</Table.Td>
            <Table.Td>{p.done}</Table.Td>
            <Table.Td>{p.nextDue ? formatDate(p.nextDue) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * «Мои мероприятия»: everything assigned to the user's organisation across the plans
 * of its commissions — overdue, due this week, this month, later, awaiting a date —
 * with a quick report form, and what has been reported.
 */
export function MyItemsPage() {
  const [params, setParam] = useQueryParams();
  const view = (params.get('view') as View | null) ?? 'open';
  const planId = params.get('plan') ?? undefined;
  const openId = params.get('occurrence');
  const [query, setQuery] = useState('');
  const list = useMyOccurrences('all');

  const planOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const o of list.data?.occurrences ?? []) seen.set(o.planId, `${o.ownerName}: ${o.planTitle}`);
    return [...seen.entries()].map(([value, label]) => ({ value, label }));
  }, [list.data]);

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (list.data?.occurrences ?? []).filter(
      (o) => (!planId || o.planId === planId) && (!q || `${o.itemNumber} ${o.itemTitle} ${o.planTitle}`.toLowerCase().includes(q)),
    );
  }, [list.data, planId, query]);

  const groups = useMemo(() => {
    const out = new Map<Bucket, OccurrenceItem[]>();
    for (const o of filtered) if (!o.retired) out.set(o.bucket, [...(out.get(o.bucket) ?? []), o]);
    return out;
  }, [filtered]);
  const done = filtered.filter((o) => o.state === 'done');
  const counts = list.data?.counts;

  return (
    <Stack component="section" aria-labelledby="my-title" gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} size="h2" id="my-title">
            {t('execution.my.title')}
          </Title>
          {counts && (
            <Group gap="xs" data-testid="my-counts">
              <Badge color={ink.red}>{t('execution.my.count.overdue', { n: counts.overdue })}</Badge>
              <Badge color={ink.blue}>{t('execution.my.count.week', { n: counts.week })}</Badge>
              <Badge color={ink.blue}>{t('execution.my.count.month', { n: counts.month })}</Badge>
              {counts.needsRework > 0 && <Badge color={ink.orange}>{t('execution.my.count.rework', { n: counts.needsRework })}</Badge>}
              <Badge color={ink.green}>{t('execution.my.count.done', { n: counts.done })}</Badge>
            </Group>
          )}
        </Stack>
        <ReminderSwitch />
      </Group>
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          value={view}
          onChange={(v) => setParam({ view: v === 'open' ? null : v })}
          data={[
            { value: 'open', label: t('execution.my.view.open') },
            { value: 'done', label: t('execution.my.view.done') },
            { value: 'plans', label: t('execution.my.view.plans') },
          ]}
          aria-label={t('execution.my.view.label')}
        />
        {view !== 'plans' && (
          <>
            <Select
              label={t('execution.my.filter.plan')}
              data={planOptions}
              value={planId ?? null}
              onChange={(v) => setParam({ plan: v })}
              clearable
              searchable
              placeholder={t('execution.my.filter.allPlans')}
              w={380}
            />
            <TextInput
              label={t('execution.my.filter.search')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              placeholder={t('execution.my.filter.searchPlaceholder')}
              w={240}
            />
          </>
        )}
      </Group>
      {list.isPending && <PageLoader />}
      {list.error && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && !list.data.canReport && (
        <Alert variant="light" color="gray">
          {t('execution.my.cannotReport')}
        </Alert>
      )}
      {list.data && view === 'open' && (
        <Stack gap="lg">
          {openBuckets.every((b) => !groups.get(b)?.length) && <Text>{t('execution.my.empty')}</Text>}
          {openBuckets.map((b) => {
            const items = groups.get(b);
            if (!items?.length) return null;
            return (
              <section key={b} aria-label={bucketLabels[b]} data-testid={`bucket-${b}`}>
                <Title order={2} size="h4" mb={4}>
                  {bucketLabels[b]} ({items.length})
                </Title>
                <OccurrenceTable
                  items={items}
                  onOpen={(id) => setParam({ occurrence: id })}
                  actionLabel={(o) =>
                    list.data.canReport ? (o.needsRework ? t('execution.my.action.rework') : t('execution.my.action.report')) : t('execution.list.open')
                  }
                />
              </section>
            );
          })}
        </Stack>
      )}
      {list.data &&
        view === 'done' &&
        (done.length ? <OccurrenceTable items={done} onOpen={(id) => setParam({ occurrence: id })} /> : <Text>{t('execution.my.noReports')}</Text>)}
      {view === 'plans' && <PlansView onPick={(id) => setParam({ view: null, plan: id })} />}
      <OccurrenceDrawer key={openId ?? 'none'} occurrenceId={openId} onClose={() => setParam({ occurrence: null })} />
    </Stack>
  );
}
