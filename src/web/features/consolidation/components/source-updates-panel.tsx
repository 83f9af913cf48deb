import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { useAcceptSourceUpdate, useSourceUpdates } from '../api/source-updates';

/** Changes in the sources of cascaded or consolidated items: shown side by side, applied only when accepted. */
export function SourceUpdatesPanel({ planId }: { planId: string }) {
  const updates = useSourceUpdates(planId);
  const accept = useAcceptSourceUpdate(planId);
  if (updates.isPending) return null;
  if (updates.error) return <ApiErrorAlert error={updates.error} />;
  const list = updates.data.updates;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('consolidation.updates.title')}
      </Title>
      <ApiErrorAlert error={accept.error} />
      {!list.length ? (
        <Text size="sm" data-testid="updates-empty">
          {t('consolidation.updates.empty')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="source-updates">
          {list.map((u) => (
            <Card key={u.itemId} withBorder padding="sm" data-testid="source-update">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Text fw={600}>{t('consolidation.updates.item', { number: u.itemNumber })}</Text>
                  <Text size="xs" c="dimmed">
                    {t('consolidation.updates.source', { body: u.source.organizationName ?? '', number: u.proposed?.number ?? u.source.number ?? '' })}
                  </Text>
                  <Text size="sm">
                    {t('consolidation.updates.now')}: {u.current.title} ({u.current.deadlineText ?? '—'})
                  </Text>
                  <Text size="sm">
                    {u.proposed
                      ? `${t('consolidation.updates.proposed')}: ${u.proposed.title} (${u.proposed.deadlineText ?? '—'})`
                      : t('consolidation.updates.removed')}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  loading={accept.isPending && accept.variables === u.itemId}
                  onClick={() => accept.mutate(u.itemId)}
                  data-testid="accept-update"
                >
                  {t('consolidation.updates.accept')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
