import './execution-styles';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams, Link } from 'wouter';
import { formatDate } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlanOccurrences, usePlanProgress, type DrillFilter } from '../api/plan-progress';
import { ink, outcomeLabels } from '../model/texts';
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
    f.section ? `раздел «${names.get(`s:${f.section}`) ?? f.section}»` : '',
    f.executor ? `исполнитель «${names.get(`e:${f.executor}`) ?? f.executor}»` : '',
    f.month ? `месяц ${f.month === 'none' ? 'без срока' : f.month.split('-').reverse().join('.')}` : '',
    f.outcome ? (f.outcome === 'pending_review' ? 'на проверке' : outcomeLabels[f.outcome as Outcome]) : '',
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
  const [params, setParams] = useSearchParams();
  const filter: DrillFilter | null = ['section', 'executor', 'month', 'outcome'].some((k) => params.get(k))
    ? { section: params.get('section') ?? undefined, executor: params.get('executor') ?? undefined, month: params.get('month') ?? undefined, outcome: params.get('outcome') ?? undefined }
    : null;
  const drill = usePlanOccurrences(planId, filter);
  const openId = params.get('occurrence');

  const setParam = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) if (v === null) next.delete(k);
      else next.set(k, v);
      return next;
    });
  const pick = (kind: 'section' | 'executor' | 'month') => (g: TallyGroup, outcome?: Outcome) =>
    setParam({ section: null, executor: null, month: null, [kind]: g.key, outcome: outcome ?? null });

  if (progress.isPending) return <PageLoader />;
  if (progress.error) {
    return (
      <Stack>
        <ApiErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />
        <Anchor component={Link} href={`/plans/${planId}`}>
          К плану
        </Anchor>
      </Stack>
    );
  }
  const p = progress.data;
  const names = new Map<string, string>([...p.bySection.map((g) => [`s:${g.key}`, g.label] as const), ...p.byExecutor.map((g) => [`e:${g.key}`, g.label] as const)]);

  return (
    <Stack component="section" aria-labelledby="dashboard-title" gap="md">
      <Stack gap={4}>
        <Anchor component={Link} href={`/plans/${planId}`} size="sm">
          ← К плану
        </Anchor>
        <Title order={1} size="h3" id="dashboard-title">
          Ход исполнения: {p.plan.title}
        </Title>
        {p.plan.period && (
          <Text size="sm" c="dimmed">
            Период плана: {formatDate(p.plan.period.start)} – {formatDate(p.plan.period.end)}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 2, md: 6 }} spacing="sm">
        <Stat label="Мероприятий (исполнитель × срок)" value={p.totals.total} testId="stat-total" />
        <Stat label="Исполнено полностью" value={`${p.totals.done} · ${String(p.executedShare).replace('.', ',')} %`} color={ink.green} testId="stat-done" />
        <Stat label="Частично / перенесено" value={`${p.totals.partial} / ${p.totals.moved}`} />
        <Stat label="Просрочено" value={p.totals.overdue} color={ink.red} testId="stat-overdue" />
        <Stat label="На проверке" value={p.totals.pendingReview} color={ink.blue} testId="stat-pending" />
        <Stat label="Ожидают даты" value={p.totals.awaiting} />
      </SimpleGrid>
      <Legend />

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          По разделам
        </Title>
        <GroupBars groups={p.bySection} onPick={pick('section')} testId="by-section" />
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            По исполнителям
          </Title>
          <GroupBars groups={p.byExecutor} onPick={pick('executor')} testId="by-executor" />
        </Card>
        <Card withBorder style={{ overflowX: 'auto' }}>
          <Title order={2} size="h4" mb="sm">
            По месяцам (срок исполнения)
          </Title>
          <MonthChart groups={p.byMonth} onPick={pick('month')} />
        </Card>
      </SimpleGrid>

      {filter && (
        <Card withBorder data-testid="drill-down">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              Мероприятия: {drillLabel(filter, names)}
            </Title>
            <Button size="xs" variant="subtle" onClick={() => setParam({ section: null, executor: null, month: null, outcome: null })}>
              Сбросить отбор
            </Button>
          </Group>
          {drill.isPending ? <PageLoader /> : drill.error ? <ApiErrorAlert error={drill.error} /> : <OccurrenceTable items={drill.data ?? []} onOpen={(id) => setParam({ occurrence: id })} showPlan={false} />}
        </Card>
      )}

      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            Отчеты на проверке ({p.pendingReview.length})
          </Title>
        </Group>
        {p.pendingReview.length ? (
          <OccurrenceTable items={p.pendingReview} onOpen={(id) => setParam({ occurrence: id })} showPlan={false} actionLabel="Проверить" />
        ) : (
          <Text size="sm">Непроверенных отчетов нет.</Text>
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Просрочено ({p.overdue.length})
        </Title>
        {p.overdue.length ? <OccurrenceTable items={p.overdue.slice(0, 100)} onOpen={(id) => setParam({ occurrence: id })} showPlan={false} /> : <Text size="sm">Просроченных мероприятий нет.</Text>}
        {p.overdue.length > 100 && (
          <Button size="xs" variant="subtle" mt="xs" onClick={() => setParam({ outcome: 'overdue', section: null, executor: null, month: null })}>
            Показать все {p.overdue.length}
          </Button>
        )}
      </Card>

      {p.awaiting.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Ожидают даты ({p.awaiting.length})
          </Title>
          <Text size="sm" mb="xs">
            Сроки этих пунктов зависят от дня голосования или иного события: привяжите выборы к плану, и мероприятия получат даты.
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
                      исполнителей: {a.executors.length}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Отчет об исполнении плана
        </Title>
        <ExecutionReportDownload planId={planId} period={p.plan.period} />
      </Card>
      <OccurrenceDrawer key={openId ?? 'none'} occurrenceId={openId} onClose={() => setParam({ occurrence: null })} />
    </Stack>
  );
}
