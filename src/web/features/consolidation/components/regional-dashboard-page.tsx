import { Anchor, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useRegionalDashboard } from '../api/regional-dashboard';
import { StateBadge } from './linked-plans-panel';

/** «Свод по комиссиям»: each lower body's plans (submitted, late) and progress; the chairman opens any body's plan from here. */
export function RegionalDashboardPage({ organizationId }: { organizationId: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const dashboard = useRegionalDashboard(organizationId, year);
  const years = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() + 1 - i));
  return (
    <Stack component="section" aria-labelledby="regional-title" gap="md">
      <Group justify="space-between">
        <Title order={1} size="h3" id="regional-title">
          {t('consolidation.dashboard.title')}
        </Title>
        <NativeSelect label={t('consolidation.dashboard.year')} data={years} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} />
      </Group>
      {dashboard.isPending ? (
        <PageLoader />
      ) : dashboard.error ? (
        <ApiErrorAlert error={dashboard.error} />
      ) : (
        <Card withBorder>
          <Text size="sm" mb="xs" data-testid="regional-totals">
            {dashboard.data.organization.name}. {t('consolidation.dashboard.totals', dashboard.data.totals)}
          </Text>
          {!dashboard.data.bodies.length ? (
            <Text size="sm">{t('consolidation.dashboard.empty')}</Text>
          ) : (
            <Table striped data-testid="regional-bodies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('consolidation.dashboard.body')}</Table.Th>
                  <Table.Th>{t('consolidation.dashboard.plans')}</Table.Th>
                  <Table.Th>{t('consolidation.dashboard.own')}</Table.Th>
                  <Table.Th>{t('consolidation.dashboard.regional')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dashboard.data.bodies.map((b) => (
                  <Table.Tr key={b.organizationId} data-testid="regional-body">
                    <Table.Td>{b.name}</Table.Td>
                    <Table.Td>
                      {!b.plans.length ? (
                        <Text size="sm" c="red">
                          {t('consolidation.dashboard.noPlan')}
                        </Text>
                      ) : (
                        <Stack gap={4}>
                          {b.plans.map((p) => (
                            <Group key={p.id} gap="xs" wrap="nowrap">
                              <Anchor component={Link} href={`/plans/${p.id}`} size="sm">
                                {p.title}
                              </Anchor>
                              <StateBadge state={p.state} late={p.late} />
                            </Group>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>{t('consolidation.dashboard.cell', b.ownPlans)}</Table.Td>
                    <Table.Td>{t('consolidation.dashboard.cell', b.regionalItems)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
    </Stack>
  );
}
