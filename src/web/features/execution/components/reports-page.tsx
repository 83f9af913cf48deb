import { canAnywhere } from '../../../../domain/auth/policy.js';
import './execution-styles';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import type { MessageKey } from '../../../i18n/ru';
import { formatDate, intlLocale, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlansForControl } from '../api/controlled-plans';
import { ink } from '../model/texts';
import { useReminderStatus } from '../api/reminder-settings';

const reviewerRoles = ['planner', 'controller', 'observer', 'sysadmin'];

const mailStates: Record<string, MessageKey> = {
  sent: 'execution.reports.reminders.state.sent',
  pending: 'execution.reports.reminders.state.pending',
  sending: 'execution.reports.reminders.state.sending',
  failed: 'execution.reports.reminders.state.failed',
  abandoned: 'execution.reports.reminders.state.abandoned',
};

function ReminderStatusCard() {
  const status = useReminderStatus(true);
  if (status.isPending) return null;
  if (status.error) return <ApiErrorAlert error={status.error} />;
  const s = status.data;
  return (
    <Card withBorder data-testid="reminder-status">
      <Title order={2} size="h4" mb="xs">
        {t('execution.reports.reminders.title')}
      </Title>
      {!s.configured ? (
        <Text size="sm">{t('execution.reports.reminders.notConfigured')}</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm">
            {t('execution.reports.reminders.schedule', {
              smtp: s.smtp ?? '',
              schedule: s.schedule,
              next: s.job?.nextRunAt ? new Date(s.job.nextRunAt).toLocaleString(intlLocale()) : '—',
            })}
          </Text>
          <Group gap="xs">
            {Object.entries(s.counts).map(([k, v]) => (
              <Badge key={k} color={k === 'failed' || k === 'abandoned' ? ink.red : ink.dark} variant="light">
                {mailStates[k] ? t(mailStates[k]) : k}: {v}
              </Badge>
            ))}
          </Group>
          {s.job?.lastError && (
            <Alert color="red" variant="light" title={t('execution.reports.reminders.lastError')}>
              {s.job.lastError}
            </Alert>
          )}
          {s.failures.slice(0, 10).map((f) => (
            <Text key={f.id} size="sm" c={ink.red}>
              {t('execution.reports.reminders.failure', { login: f.login, email: f.email, error: f.lastError ?? '', attempts: f.attempts })}
              {f.nextAttemptAt ? `, ${t('execution.reports.reminders.retry', { date: new Date(f.nextAttemptAt).toLocaleString(intlLocale()) })}` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** «Отчеты»: the plans whose execution the user watches, each with its dashboard. */
export function ReportsPage({ roles }: { roles: string[] }) {
  const plans = usePlansForControl();
  const reviewer = roles.some((r) => reviewerRoles.includes(r));
  return (
    <Stack component="section" aria-labelledby="reports-title" gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2" id="reports-title">
          {t('execution.reports.title')}
        </Title>
        {reviewer && (
          <Button component={Link} href="/chairman" variant="light">
            {t('chairman.title')}
          </Button>
        )}
      </Group>
      {!reviewer && (
        <Alert variant="light" color="gray">
          {t('execution.reports.notReviewer')}{' '}
          <Anchor component={Link} href="/my">
            {t('execution.reports.myItemsLink')}
          </Anchor>
          .
        </Alert>
      )}
      {canAnywhere({ roles }, 'monitor', 'system') && <ReminderStatusCard />}
      {reviewer && plans.isPending && <PageLoader />}
      {reviewer && plans.error && <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {reviewer && plans.data && plans.data.plans.length === 0 && <Text>{t('execution.reports.none')}</Text>}
      {reviewer && plans.data && plans.data.total > plans.data.plans.length && (
        <Alert variant="light" color="yellow" data-testid="control-plans-capped">
          {t('execution.reports.capped', { shown: plans.data.plans.length, total: plans.data.total })}{' '}
          <Anchor component={Link} href="/chairman">
            {t('chairman.title')}
          </Anchor>
          .
        </Alert>
      )}
      {reviewer && plans.data && plans.data.plans.length > 0 && (
        <Table striped data-testid="control-plans">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('execution.reports.col.plan')}</Table.Th>
              <Table.Th w={190}>{t('execution.reports.col.period')}</Table.Th>
              <Table.Th w={120}>{t('execution.reports.col.overdue')}</Table.Th>
              <Table.Th w={120}>{t('execution.reports.col.pending')}</Table.Th>
              <Table.Th w={110}>{t('execution.reports.col.done')}</Table.Th>
              <Table.Th w={170}>
                <VisuallyHidden>{t('execution.reports.col.action')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.plans.map((p) => (
              <Table.Tr key={p.id} data-testid="control-plan" data-plan-id={p.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.period ? `${formatDate(p.period.start)} – ${formatDate(p.period.end)}` : '—'}</Table.Td>
                <Table.Td data-testid="control-overdue">{p.overdueItems ? <Badge color={ink.red}>{p.overdueItems}</Badge> : 0}</Table.Td>
                <Table.Td data-testid="control-pending">{p.pendingReview ? <Badge color={ink.blue}>{p.pendingReview}</Badge> : 0}</Table.Td>
                <Table.Td>{`${String(p.executedShare).replace('.', ',')} %`}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${p.id}/execution`}>
                    {t('execution.reports.progress')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
