import { Alert, Loader, Table, Text, Title } from '@mantine/core';
import { formatDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { usePlans } from '../api/plans';

export function PlansPage() {
  const plans = usePlans();
  return (
    <section aria-labelledby="plans-title">
      <Title order={1} size="h2" id="plans-title" mb="md">
        {t('plans.title')}
      </Title>
      {plans.isPending && <Loader aria-label={t('plans.loading')} />}
      {plans.error && (
        <Alert color="red" role="alert">
          {plans.error.message}
        </Alert>
      )}
      {plans.data && plans.data.length === 0 && <Text c="dimmed">{t('plans.empty')}</Text>}
      {plans.data && plans.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.col.title')}</Table.Th>
              <Table.Th>{t('plans.col.kind')}</Table.Th>
              <Table.Th>{t('plans.col.period')}</Table.Th>
              <Table.Th>{t('plans.col.status')}</Table.Th>
              <Table.Th>{t('plans.col.items')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td>{plan.title}</Table.Td>
                <Table.Td>{t(`plans.kind.${plan.kind}` as MessageKey)}</Table.Td>
                <Table.Td>{plan.period ? `${formatDate(plan.period.start)} – ${formatDate(plan.period.end)}` : '—'}</Table.Td>
                <Table.Td>{t(`plans.status.${plan.status}` as MessageKey)}</Table.Td>
                <Table.Td>{plan.itemCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
