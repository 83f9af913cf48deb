import './execution-styles';
import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import { formatDate } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlansForControl } from '../api/controlled-plans';
import { ink } from '../model/texts';
import { useReminderStatus } from '../api/reminder-settings';

const reviewerRoles = ['planner', 'controller', 'observer', 'sysadmin'];

function ReminderStatusCard() {
  const status = useReminderStatus(true);
  if (status.isPending) return null;
  if (status.error) return <ApiErrorAlert error={status.error} />;
  const s = status.data;
  return (
    <Card withBorder data-testid="reminder-status">
      <Title order={2} size="h4" mb="xs">
        Рассылка напоминаний
      </Title>
      {!s.configured ? (
        <Text size="sm">Почта не настроена (SMTP_URL): напоминания не отправляются.</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm">
            Сервер {s.smtp}, ежедневно в {s.schedule}; следующий запуск: {s.job?.nextRunAt ? new Date(s.job.nextRunAt).toLocaleString('ru-RU') : '—'}
          </Text>
          <Group gap="xs">
            {Object.entries(s.counts).map(([k, v]) => (
              <Badge key={k} color={k === 'failed' || k === 'abandoned' ? ink.red : ink.dark} variant="light">
                {{ sent: 'отправлено', pending: 'ожидает', sending: 'отправляется', failed: 'ошибка, повтор', abandoned: 'не доставлено' }[k] ?? k}: {v}
              </Badge>
            ))}
          </Group>
          {s.job?.lastError && (
            <Alert color="red" variant="light" title="Ошибка последнего запуска">
              {s.job.lastError}
            </Alert>
          )}
          {s.failures.slice(0, 10).map((f) => (
            <Text key={f.id} size="sm" c={ink.red}>
              {f.login} ({f.email}): {f.lastError} — попыток {f.attempts}
              {f.nextAttemptAt ? `, повтор ${new Date(f.nextAttemptAt).toLocaleString('ru-RU')}` : ''}
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
      <Title order={1} size="h2" id="reports-title">
        Контроль исполнения
      </Title>
      {!reviewer && (
        <Alert variant="light" color="gray">
          Ход исполнения планов видят их составители и контролирующие комиссии. Ваши мероприятия и отчеты — в разделе{' '}
          <Anchor component={Link} href="/my">
            «Мои мероприятия»
          </Anchor>
          .
        </Alert>
      )}
      {roles.includes('sysadmin') && <ReminderStatusCard />}
      {reviewer && plans.isPending && <PageLoader />}
      {reviewer && plans.error && <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {reviewer && plans.data && (
        <Table striped data-testid="control-plans">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>План</Table.Th>
              <Table.Th w={200}>Период</Table.Th>
              <Table.Th w={100}>Пунктов</Table.Th>
              <Table.Th w={200}>
                <VisuallyHidden>Действие</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.period ? `${formatDate(p.period.start)} – ${formatDate(p.period.end)}` : '—'}</Table.Td>
                <Table.Td>{p.itemCount}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${p.id}/execution`}>
                    Ход исполнения
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
