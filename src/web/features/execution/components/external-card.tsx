import { Card, Checkbox, SimpleGrid, Text, Title } from '@mantine/core';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { useSetExternal } from '../api/plan-overdue';
import type { Progress } from '../model/types';

/** The controller marks the executors the plan's owner reports on (ЦИК России, public organisations): they stop counting as overdue. */
export function ExternalCard({ planId, executors }: { planId: string; executors: Progress['byExecutor'] }) {
  const set = useSetExternal(planId);
  return (
    <Card withBorder data-testid="external-card">
      <Title order={2} size="h4" mb={4}>
        {t('execution.dashboard.external.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('execution.dashboard.external.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing={6}>
        {executors.map((g) => (
          <Checkbox
            key={g.key}
            label={g.label}
            checked={g.external}
            disabled={set.isPending}
            onChange={(e) => set.mutate({ executorKey: g.key, external: e.currentTarget.checked })}
            aria-label={`${g.label}: ${t('execution.dashboard.external.mark')}`}
          />
        ))}
      </SimpleGrid>
      <ApiErrorAlert error={set.error} />
    </Card>
  );
}
