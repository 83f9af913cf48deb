import './execution-styles';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ExternalCard } from './external-card';
import { OverdueCard } from './overdue-card';
import { PlanControlCard } from './plan-control-card';
import { Link } from 'wouter';
import { useQueryParams } from '../../../lib/use-query-params';
import { ApiError } from '../../../lib/api-client';
import { formatDate, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlanOccurrences, usePlanProgress, type DrillFilter } from '../api/plan-progress';
import { ink, outcomeLabels, reportStatusLabels } from '../model/texts';
import type { Group as TallyGroup, Outcome } from '../model/types';
import { GroupBars, Legend, MonthChart } from './charts';
import { ExecutionReportDownload } from './execution-report-download';
import { OccurrenceDrawer } from './occurrence-drawer';
import { OccurrenceTable } from './occurrence-list';

function Stat({ label, value, color, testId }: { label: string; value: string | number; color?: string; testId?: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={800} size="xl" c={color}>
        {value}
      </Text>
    </Card>
  );
}

const drillLabel = (f: DrillFilter, names: Map<string, string>) =>
  [
    f.section ? t('execution.dashboard.drill.section', { name: names.get(`s:${f.section}`) ?? f.section }) : '',
    f.executor ? t('execution.dashboard.drill.executor', { name: names.get(`e:${f.executor}`) ?? f.executor }) : '',
    f.month
      ? t('execution.dashboard.drill.month', { month: f.month === 'none' ? t('execution.chart.noDeadline') : f.month.split('-').reverse().join('.') })
      : '',
    f.outcome ? (f.outcome === 'pending_review' ? t('execution.dashboard.drill.pendingReview') : outcomeLabels[f.outcome as Outcome]) : '',
  ]
    .filter(Boolean)
    .join(', ');

/**
 * The plan's execution dashboard for its owners: progress by section, executor and
 * month, what is overdue, what awaits review, what awaits a date; every figure opens
 * the occurrences behind it, and each occurrence its reports (to accept or return).
 */
export function DashboardPage({ planId }: { planId: string }) {
  const progress = usePlanProgress(planId);
  const [params, setParam] = useQueryParams();
  const filter: DrillFilter | null = ['section', 'executor', 'month', 'outcome'].some((k) => params.get(k))
    ? {
        section: params.get('section') ?? undefined,
        executor: params.get('executor') ?? undefined,
        month: params.get('month') ?? undefined,
        outcome: params.get('outcome') ?? undefined,
      }
    : null;
  const open = (id: string) => setParam({ occurrence: id });
  const drill = usePlanOccurrences(planId, filter);
  const openId = params.get('occurrence');

  const pick = (kind: 'section' | 'executor' | 'month') => (g: TallyGroup, outcome?: Outcome) =>
    setParam({ section: null, executor: null, month: null, [kind]: g.key, outcome: outcome ?? null });

  if (progress.isPending) return <PageLoader />;
  if (progress.error) {
    return (
      <Stack>
        {/* Retrying a refusal changes nothing: only a failure that may pass gets «Повторить». */}
        <ApiErrorAlert
          error={progress.error}
          onRetry={progress.error instanceof ApiError && progress.error.status > 0 && progress.error.status < 500 ? undefined : () => void progress.refetch()}
        />
        <Anchor component={Link} href={`/plans/${planId}`}>
          {t('execution.dashboard.toPlan')}
        </Anchor>
      </Stack>
    );
  }
  const p = progress.data;
  const names = new Map<string, string>([
    ...p.bySection.map((g) => [`s:${g.key}`, g.label] as const),
    ...p.byExecutor.map((g) => [`e:${g.key}`, g.label] as const),
  ]);

  return (
    <Stack component="section" aria-labelledby="dashboard-title" gap="md">
      <Stack gap={4}>
        <Anchor component={Link} href={`/plans/${planId}`} size="sm">
          ← {t('execution.dashboard.toPlan')}
        </Anchor>
        <Title order={1} size="h3" id="dashboard-title">
          {t('execution.dashboard.title', { title: p.plan.title })}
        </Title>
        {p.plan.period && (
          <Text size="sm" c="dimmed">
            {t('execution.dashboard.period', { start: formatDate(p.plan.period.start), end: formatDate(p.plan.period.end) })}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }} spacing="sm">
        <Stat label={t('execution.dashboard.stat.total')} value={p.totals.total} testId="stat-total" />
        <Stat
          label={t('execution.dashboard.stat.done')}
          value={`${p.totals.done} · ${String(p.executedShare).replace('.', ',')} %`}
          color={ink.green}
          testId="stat-done"
        />
        <Stat label={t('execution.dashboard.stat.submitted')} value={p.totals.submitted} color={ink.blue} testId="stat-submitted" />
        <Stat label={t('execution.dashboard.stat.partialMoved')} value={`${p.totals.partial} / ${p.totals.moved}`} />
        <Stat label={t('execution.dashboard.stat.overdue')} value={p.totals.overdue} color={ink.red} testId="stat-overdue" />
        <Stat label={t('execution.dashboard.stat.pending')} value={p.totals.pendingReview} color={ink.blue} testId="stat-pending" />
        <Stat label={t('execution.dashboard.stat.awaiting')} value={p.totals.awaiting} />
      </SimpleGrid>
      <Legend />

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('execution.dashboard.bySection')}
        </Title>
        <GroupBars groups={p.bySection} onPick={pick('section')} testId="by-section" />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('execution.dashboard.byExecutor')}
        </Title>
        <GroupBars groups={p.byExecutor} onPick={pick('executor')} testId="by-executor" />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('execution.dashboard.byMonth')}
        </Title>
        <MonthChart groups={p.byMonth} onPick={pick('month')} />
      </Card>

      {filter && (
        <Card withBorder data-testid="drill-down">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t('execution.dashboard.drill.title', { filter: drillLabel(filter, names) })}
            </Title>
            <Button size="xs" variant="subtle" onClick={() => setParam({ section: null, executor: null, month: null, outcome: null })}>
              {t('execution.dashboard.drill.reset')}
            </Button>
          </Group>
          {drill.isPending ? (
            <PageLoader />
          ) : drill.error ? (
            <ApiErrorAlert error={drill.error} />
          ) : (
            <OccurrenceTable items={drill.data ?? []} onOpen={open} showPlan={false} />
          )}
        </Card>
      )}

      <Card withBorder data-testid="pending-card">
        <Title order={2} size="h4" mb="xs">
          {t('execution.dashboard.pending.title', { n: p.totals.pendingReview })}
        </Title>
        {p.pendingReview.length ? (
          <Table striped verticalSpacing={6}>
            <Table.Tbody>
              {p.pendingReview.map((r) => (
                <Table.Tr key={r.id} data-testid="pending-row" data-item-number={r.itemNumber}>
                  <Table.Td w={70}>{r.itemNumber}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {r.itemTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td w={220}>{r.executorLabel}</Table.Td>
                  <Table.Td w={200}>
                    <Badge variant="outline" color={ink.dark}>
                      {reportStatusLabels[r.reportStatus]}
                    </Badge>{' '}
                    <Text span size="xs" c="dimmed">
                      {t('execution.dashboard.pending.submitted', { date: formatDate(r.submittedAt.slice(0, 10)) })}
                    </Text>
                  </Table.Td>
                  <Table.Td w={120}>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => open(r.id)}
                      aria-label={t('execution.list.actionAria', {
                        action: t('execution.dashboard.pending.action'),
                        number: r.itemNumber,
                        executor: r.executorLabel,
                      })}
                    >
                      {t('execution.dashboard.pending.action')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('execution.dashboard.pending.none')}</Text>
        )}
        {p.totals.pendingReview > p.pendingReview.length && (
          <Button size="xs" variant="subtle" mt="xs" onClick={() => setParam({ outcome: 'pending_review', section: null, executor: null, month: null })}>
            {t('execution.dashboard.pending.showAll', { n: p.totals.pendingReview })}
          </Button>
        )}
      </Card>

      <OverdueCard planId={planId} onOpen={open} />

      {p.awaiting.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('execution.dashboard.awaiting.title', { n: p.awaiting.length })}
          </Title>
          <Text size="sm" mb="xs">
            {t('execution.dashboard.awaiting.hint')}
          </Text>
          <Table>
            <Table.Tbody>
              {p.awaiting.map((a) => (
                <Table.Tr key={a.itemId}>
                  <Table.Td w={80}>{a.itemNumber}</Table.Td>
                  <Table.Td>{a.itemTitle}</Table.Td>
                  <Table.Td w={260}>{a.deadlineText}</Table.Td>
                  <Table.Td w={200}>
                    <Badge variant="outline" color={ink.dark}>
                      {t('execution.dashboard.awaiting.executors', { n: a.executors })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      {p.canMarkExternal && p.byExecutor.length > 0 && <ExternalCard planId={planId} executors={p.byExecutor} />}
      {/* The same right as marking external participants: the plan's planner or a controlling body. */}
      {p.canMarkExternal && <PlanControlCard planId={planId} />}

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('execution.dashboard.report.title')}
        </Title>
        <ExecutionReportDownload planId={planId} period={p.plan.period} />
      </Card>
      <OccurrenceDrawer key={openId ?? 'none'} occurrenceId={openId} onClose={() => setParam({ occurrence: null })} />
    </Stack>
  );
}
