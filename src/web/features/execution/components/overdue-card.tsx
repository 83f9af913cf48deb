import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDate, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlanOverdue } from '../api/plan-overdue';
import { ink } from '../model/texts';
import type { OverdueList } from '../model/types';

type View = 'item' | 'executor';

/** The same list turned round: per executor, the items it has not reported on. */
function byExecutor(list: OverdueList) {
  const out = new Map<
    number,
    { executor: number; overdue: number; items: { itemNumber: string; itemTitle: string; overdue: number; since: string; occurrenceId: string }[] }
  >();
  for (const item of list.items) {
    for (const m of item.missing) {
      let g = out.get(m.executor);
      if (!g) out.set(m.executor, (g = { executor: m.executor, overdue: 0, items: [] }));
      g.overdue += m.overdue;
      g.items.push({ itemNumber: item.itemNumber, itemTitle: item.itemTitle, overdue: m.overdue, since: m.since ?? item.since, occurrenceId: m.occurrenceId });
    }
  }
  return [...out.values()].sort((a, b) => b.overdue - a.overdue || list.executors[a.executor]!.label.localeCompare(list.executors[b.executor]!.label, 'ru'));
}

function OpenLink({
  text,
  executor,
  number,
  occurrenceId,
  onOpen,
  dimmed,
}: {
  text: string;
  executor: string;
  number: string;
  occurrenceId: string;
  onOpen: (id: string) => void;
  dimmed?: boolean;
}) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      c={dimmed ? ink.dark : ink.red}
      onClick={() => onOpen(occurrenceId)}
      aria-label={t('execution.dashboard.overdue.open', { label: executor, number })}
    >
      {text}
    </Anchor>
  );
}

/** «Просрочено»: one row per item with who has and has not reported, or the view by executor. */
export function OverdueCard({ planId, onOpen }: { planId: string; onOpen: (occurrenceId: string) => void }) {
  const overdue = usePlanOverdue(planId);
  const [view, setView] = useState<View>('item');
  const executorRows = useMemo(() => (overdue.data ? byExecutor(overdue.data) : []), [overdue.data]);
  if (overdue.isPending) return <PageLoader />;
  if (overdue.error) return <ApiErrorAlert error={overdue.error} onRetry={() => void overdue.refetch()} />;
  const list = overdue.data;
  const name = (i: number) => list.executors[i]?.label ?? '';
  return (
    <Card withBorder data-testid="overdue-card">
      <Group justify="space-between" mb="xs" align="flex-end">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {t('execution.dashboard.overdue.title', { n: list.items.length })}
          </Title>
          {list.items.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('execution.dashboard.overdue.summary', { items: list.items.length, n: list.occurrences })}
            </Text>
          )}
        </Stack>
        {list.items.length > 0 && (
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as View)}
            aria-label={t('execution.dashboard.overdue.view')}
            data={[
              { value: 'item', label: t('execution.dashboard.overdue.byItem') },
              { value: 'executor', label: t('execution.dashboard.overdue.byExecutor') },
            ]}
          />
        )}
      </Group>
      {list.items.length === 0 ? (
        <Text size="sm">{t('execution.dashboard.overdue.none')}</Text>
      ) : view === 'item' ? (
        <Table verticalSpacing={6} data-testid="overdue-items">
          <Table.Tbody>
            {list.items.map((item) => (
              <Table.Tr key={item.itemId} data-testid="overdue-item" data-item-number={item.itemNumber}>
                <Table.Td w={70} valign="top">
                  {item.itemNumber}
                </Table.Td>
                <Table.Td valign="top">
                  <Text size="sm" lineClamp={3}>
                    {item.itemTitle}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('execution.dashboard.overdue.since', { date: formatDate(item.since) })}
                  </Text>
                </Table.Td>
                <Table.Td w="40%" valign="top">
                  <Stack gap={2}>
                    <Group gap={6} data-testid="overdue-missing">
                      <Badge color={ink.red} variant="light" size="sm">
                        {t('execution.dashboard.overdue.missing')}
                      </Badge>
                      {item.missing.map((m) => (
                        <OpenLink
                          key={m.executor}
                          text={m.overdue > 1 ? t('execution.dashboard.overdue.times', { label: name(m.executor), n: m.overdue }) : name(m.executor)}
                          executor={name(m.executor)}
                          number={item.itemNumber}
                          occurrenceId={m.occurrenceId}
                          onOpen={onOpen}
                        />
                      ))}
                    </Group>
                    {item.reported.length > 0 && (
                      <Group gap={6} data-testid="overdue-reported">
                        <Badge color={ink.green} variant="light" size="sm">
                          {t('execution.dashboard.overdue.reported')}
                        </Badge>
                        {item.reported.map((r) => (
                          <OpenLink
                            key={r.executor}
                            text={name(r.executor)}
                            executor={name(r.executor)}
                            number={item.itemNumber}
                            occurrenceId={r.occurrenceId}
                            onOpen={onOpen}
                            dimmed
                          />
                        ))}
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Table verticalSpacing={6} data-testid="overdue-executors">
          <Table.Tbody>
            {executorRows.map((g) => (
              <Table.Tr key={g.executor} data-testid="overdue-executor">
                <Table.Td w="30%" valign="top">
                  <Text size="sm" fw={600}>
                    {name(g.executor)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('execution.dashboard.overdue.items', { n: g.items.length })}
                  </Text>
                </Table.Td>
                <Table.Td valign="top">
                  <Group gap={8}>
                    {g.items.map((i) => (
                      <OpenLink
                        key={i.occurrenceId}
                        text={i.itemNumber}
                        executor={name(g.executor)}
                        number={i.itemNumber}
                        occurrenceId={i.occurrenceId}
                        onOpen={onOpen}
                      />
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
