import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import type { MessageKey } from '../../../i18n/ru';
import { t } from '../../../i18n/t';
import { useCreateAnnualPlan, useProgrammeProgress, type RollupState, type RollupTally } from '../api/programme-progress';
import type { Plan } from '../model/types';

const stateColor: Record<RollupState, string> = {
  no_annual: 'gray',
  not_planned: 'gray',
  not_started: 'blue',
  in_progress: 'yellow',
  overdue: 'red',
  done: 'green',
};

function StateBadge({ state, tally }: { state: RollupState; tally: RollupTally }) {
  const closed = tally.done + tally.closedOther;
  return (
    <Badge
      color={stateColor[state]}
      variant="light"
      title={tally.total ? t('programme.tally', { closed, total: tally.total, overdue: tally.overdue, submitted: tally.submitted }) : undefined}
    >
      {t(`programme.state.${state}` as MessageKey)}
      {tally.total ? ` · ${closed}/${tally.total}` : ''}
    </Badge>
  );
}

function yearsOf(plan: Plan): number[] {
  if (!plan.period) return [];
  const first = Number(plan.period.start.slice(0, 4));
  const last = Number(plan.period.end.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * A multi-year programme carried out through annual plans: each programme item with
 * the state of its annual items per year, rolled up; and the annual plan of a chosen year.
 */
export function ProgrammeProgressPanel({ plan, canPlan }: { plan: Plan; canPlan: boolean }) {
  const years = yearsOf(plan);
  const multiYear = years.length > 1;
  const progress = useProgrammeProgress(plan.id, multiYear);
  const create = useCreateAnnualPlan(plan.id);
  const [, navigate] = useLocation();
  const [year, setYear] = useState<string | null>(null);
  // Executors and observers of other commissions do not watch execution (403): nothing to show them.
  if (!multiYear || !progress.data) return null;
  const data = progress.data;
  const planYears = [...new Set(data.annualPlans.map((p) => p.year).filter((y): y is number => y !== null))].sort();
  return (
    <Paper withBorder p="sm" className="no-print" data-testid="programme-progress">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('programme.title')}
        </Title>
        {data.annualPlans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programme.none')}
          </Text>
        ) : (
          <Group gap="md">
            {data.annualPlans.map((p) => (
              <Anchor key={p.id} component={Link} href={`/plans/${p.id}`} size="sm">
                {t('programme.annualLink', { year: p.year ?? '—', status: t(`plans.status.${p.status}` as MessageKey) })}
              </Anchor>
            ))}
          </Group>
        )}
        {data.annualPlans.length > 0 && (
          <>
            <Text size="sm">
              {t('programme.totals', {
                closed: data.totals.done + data.totals.closedOther,
                total: data.totals.total,
                submitted: data.totals.submitted,
                overdue: data.totals.overdue,
              })}
            </Text>
            <Table.ScrollContainer minWidth={600} mah={360}>
              <Table striped withTableBorder stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('programme.col.number')}</Table.Th>
                    <Table.Th>{t('programme.col.item')}</Table.Th>
                    {planYears.map((y) => (
                      <Table.Th key={y}>{t('programme.col.year', { year: y })}</Table.Th>
                    ))}
                    <Table.Th>{t('programme.col.total')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((item) => (
                    <Table.Tr key={item.itemId} data-item-number={item.number}>
                      <Table.Td>{item.number}</Table.Td>
                      <Table.Td>{item.title}</Table.Td>
                      {planYears.map((y) => {
                        const cells = item.annual.filter((a) => a.year === y);
                        return (
                          <Table.Td key={y}>
                            {cells.map((a) => (
                              <StateBadge key={a.itemId} state={a.state} tally={a.tally} />
                            ))}
                          </Table.Td>
                        );
                      })}
                      <Table.Td data-testid="programme-item-state">
                        <StateBadge state={item.state} tally={item.tally} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {canPlan && (
          <Group gap="xs" align="flex-end">
            <Select label={t('programme.createYear')} data={years.map((y) => String(y))} value={year} onChange={setYear} w={160} size="xs" />
            <Button
              size="xs"
              variant="default"
              disabled={!year}
              loading={create.isPending}
              onClick={() => year && create.mutate(Number(year), { onSuccess: (r) => navigate(`/plans/${r.id}`) })}
            >
              {t('programme.create')}
            </Button>
          </Group>
        )}
        <ApiErrorAlert error={create.error} />
      </Stack>
    </Paper>
  );
}
