import { Anchor, Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { LinkedPlan } from '../../../../shared/consolidation-api';
import type { MessageKey } from '../../../i18n/ru';
import { formatDate, t } from '../../../i18n/t';

const stateColor: Record<LinkedPlan['state'], string> = { draft: 'gray', review: 'yellow', approved: 'blue', submitted: 'green' };

export function StateBadge({ state, late }: { state: LinkedPlan['state']; late: boolean }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={stateColor[state]} variant="light">
        {t(`consolidation.state.${state}` as MessageKey)}
      </Badge>
      {late && (
        <Badge color="red" variant="light">
          {t('consolidation.late')}
        </Badge>
      )}
    </Group>
  );
}

/** The plans cascaded to, consolidated into, or taken from: who has submitted and who is late. */
export function LinkedPlansPanel({ plans }: { plans: LinkedPlan[] }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('consolidation.linked.title')}
      </Title>
      {!plans.length ? (
        <Text size="sm">{t('consolidation.linked.empty')}</Text>
      ) : (
        <Table striped data-testid="linked-plans">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consolidation.linked.body')}</Table.Th>
              <Table.Th>{t('consolidation.linked.plan')}</Table.Th>
              <Table.Th>{t('consolidation.linked.state')}</Table.Th>
              <Table.Th>{t('consolidation.linked.due')}</Table.Th>
              <Table.Th>{t('consolidation.linked.items')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.map((p) => (
              <Table.Tr key={`${p.direction}/${p.id}`} data-testid="linked-plan">
                <Table.Td>{p.organizationName}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${p.id}`}>
                    {p.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`consolidation.linked.direction.${p.direction}` as MessageKey)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StateBadge state={p.state} late={p.late} />
                </Table.Td>
                <Table.Td>{formatDate(p.submissionDue)}</Table.Td>
                <Table.Td>{p.direction === 'down' ? p.linkedItems : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
