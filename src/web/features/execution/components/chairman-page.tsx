import './execution-styles';
import './chairman-page.css';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { formatDate, t } from '../../../i18n/t';
import { useChairmanSummary, useNationalRollup, type ChairmanData, type NationalRollupData } from '../api/chairman';
import { ink } from '../model/texts';
import type { OrganizationKind } from '../../../../shared/directory-api';

const percent = (v: number | null) => (v === null ? '—' : `${String(v).replace('.', ',')} %`);

function Figure({ label, value, color, note, testId }: { label: string; value: string | number; color: string; note?: string; testId: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text fw={800} fz={32} c={color} lh={1.1}>
        {value}
      </Text>
      {note && <Text size="xs">{note}</Text>}
    </Card>
  );
}

function trendNote(d: ChairmanData['trend']): string {
  if (d.delta === null) return t('chairman.trendNone');
  const sign = d.delta > 0 ? '+' : d.delta < 0 ? '−' : '±';
  return t('chairman.trend', { value: `${sign}${String(Math.abs(d.delta)).replace('.', ',')}` });
}

function Lines({
  title,
  rows,
  date,
  testId,
  empty,
}: {
  title: string;
  rows: ChairmanData['waiting'];
  date: 'due' | 'submitted';
  testId: string;
  empty: string;
}) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Title order={2} size="h5" mb={4}>
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('chairman.col.item')}</Table.Th>
              <Table.Th>{t('chairman.col.executor')}</Table.Th>
              <Table.Th>{date === 'due' ? t('chairman.col.due') : t('chairman.col.submitted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.occurrenceId}>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {r.itemNumber}. {r.itemTitle}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.executorLabel}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(date === 'due' ? r.dueDate : r.pendingSince)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

type RollupRow = NationalRollupData['regions'][number]['levels'][number];

function RollupCells({ r }: { r: Omit<RollupRow, 'level'> }) {
  return (
    <>
      <Table.Td>{r.plans}</Table.Td>
      <Table.Td>{r.occurrences}</Table.Td>
      <Table.Td>{r.overdue ? <Badge color={ink.red}>{r.overdue}</Badge> : 0}</Table.Td>
      <Table.Td>{r.pendingReview}</Table.Td>
      <Table.Td>{percent(r.executedShare)}</Table.Td>
    </>
  );
}

/** The national roll-up: shown when the user's plans span more than one region (the CEC). */
function NationalRollup() {
  const rollup = useNationalRollup();
  if (rollup.isPending) return null;
  if (rollup.error) return <ApiErrorAlert error={rollup.error} onRetry={() => void rollup.refetch()} />;
  const n = rollup.data;
  if (n.regions.filter((r) => r.regionId).length < 2) return null;
  return (
    <Card withBorder padding="sm" data-testid="national-rollup">
      <Title order={2} size="h5" mb={4}>
        {t('chairman.national')}
      </Title>
      <Text size="xs" mb={4}>
        {t('chairman.national.note', { plans: n.plans })}
      </Text>
      <Table verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('chairman.national.region')}</Table.Th>
            <Table.Th>{t('chairman.national.plans')}</Table.Th>
            <Table.Th>{t('chairman.national.occurrences')}</Table.Th>
            <Table.Th>{t('chairman.national.overdue')}</Table.Th>
            <Table.Th>{t('chairman.national.pending')}</Table.Th>
            <Table.Th>{t('chairman.national.executed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {n.regions.flatMap((r) => [
            <Table.Tr key={r.regionId ?? 'above'}>
              <Table.Td fw={700}>{r.regionId ? r.name : t('chairman.national.above')}</Table.Td>
              <RollupCells r={r} />
            </Table.Tr>,
            ...r.levels.map((l) => (
              <Table.Tr key={`${r.regionId ?? 'above'}/${l.level}`}>
                <Table.Td pl="lg">{t(`admin.kind.${l.level as OrganizationKind}`)}</Table.Td>
                <RollupCells r={l} />
              </Table.Tr>
            )),
          ])}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** One screen for a commission head: what is late and where, what waits, what is coming, and whether it is getting better. */
export function ChairmanPage() {
  const summary = useChairmanSummary();
  if (summary.isPending) return <PageLoader />;
  if (summary.error) return <ApiErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  return (
    <Stack component="section" aria-labelledby="chairman-title" gap="md" className="chairman-page" data-testid="chairman-page">
      <Group justify="space-between" align="flex-start">
        <Stack gap={0}>
          <Title order={1} size="h2" id="chairman-title">
            {t('chairman.title')}
          </Title>
          <Text size="sm">{t('chairman.subtitle', { organization: s.organizationName, date: formatDate(s.today) })}</Text>
        </Stack>
        <Button variant="default" className="no-print" onClick={() => window.print()}>
          {t('chairman.print')}
        </Button>
      </Group>
      <NationalRollup />
      {s.plans === 0 ? (
        <Text>{t('chairman.empty')}</Text>
      ) : (
        <>
          <div className="chairman-figures">
            <Figure testId="figure-overdue" label={t('chairman.overdue')} value={s.totals.overdue} color={s.totals.overdue ? ink.red : ink.green} />
            <Figure testId="figure-pending" label={t('chairman.pending')} value={s.totals.pendingReview} color={ink.blue} />
            <Figure testId="figure-soon" label={t('chairman.dueSoon')} value={s.totals.dueSoon} color={ink.dark} />
            <Figure
              testId="figure-trend"
              label={t('chairman.executed')}
              value={percent(s.trend.current.share)}
              color={ink.dark}
              note={`${trendNote(s.trend)} · ${t('chairman.period', { current: s.trend.current.label, previous: s.trend.previous.label })}`}
            />
          </div>
          <div className="chairman-columns">
            <Card withBorder padding="sm" data-testid="by-body">
              <Title order={2} size="h5" mb={4}>
                {t('chairman.byBody')}
              </Title>
              <Table verticalSpacing={2}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('chairman.col.body')}</Table.Th>
                    <Table.Th>{t('chairman.col.count')}</Table.Th>
                    <Table.Th>{t('chairman.col.since')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.byBody.map((b) => (
                    <Table.Tr key={b.key}>
                      <Table.Td>{b.label}</Table.Td>
                      <Table.Td>
                        <Badge color={ink.red}>{b.overdue}</Badge>
                      </Table.Td>
                      <Table.Td>{b.oldestDays}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {s.byBody.length === 0 && <Text size="sm">{t('chairman.none')}</Text>}
              {s.moreBodies > 0 && <Text size="xs">{t('chairman.more', { n: s.moreBodies })}</Text>}
            </Card>
            <Card withBorder padding="sm" data-testid="by-section">
              <Title order={2} size="h5" mb={4}>
                {t('chairman.bySection')}
              </Title>
              <Table verticalSpacing={2}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('chairman.col.section')}</Table.Th>
                    <Table.Th>{t('chairman.col.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.bySection.map((x) => (
                    <Table.Tr key={x.key}>
                      <Table.Td>
                        {/* To the plan's control page, where the section's overdue lines are listed. */}
                        <Anchor component={Link} href={`/plans/${x.planId}/execution`} size="sm" lineClamp={2} title={x.label}>
                          {x.label}
                        </Anchor>
                        {s.plans > 1 && (
                          // Plans of one programme share the start of their titles: the whole title on hover.
                          <Text size="xs" lineClamp={1} title={x.planTitle}>
                            {x.planTitle}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={ink.red}>{x.overdue}</Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {s.bySection.length === 0 && <Text size="sm">{t('chairman.none')}</Text>}
              {s.moreSections > 0 && <Text size="xs">{t('chairman.more', { n: s.moreSections })}</Text>}
            </Card>
            <Lines title={t('chairman.waiting')} rows={s.waiting} date="submitted" testId="waiting" empty={t('chairman.none')} />
            <Lines title={t('chairman.soon')} rows={s.soon} date="due" testId="soon" empty={t('chairman.none')} />
          </div>
        </>
      )}
    </Stack>
  );
}
