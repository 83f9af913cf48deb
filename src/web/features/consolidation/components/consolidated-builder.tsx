import { Alert, Anchor, Button, Card, Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { LinkedPlan } from '../../../../shared/consolidation-api';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { useBuildConsolidated } from '../api/build-consolidated';

interface Props {
  plan: { id: string; title: string; organizationId: string; period: { start: string; end: string } | null };
  linked: LinkedPlan[];
}

/** «Сводный план»: this plan and the submitted plans cascaded from it, gathered with their sources. */
export function ConsolidatedBuilder({ plan, linked }: Props) {
  const candidates = linked.filter((p) => p.direction === 'down' && p.linkKind === 'cascaded' && p.state === 'submitted');
  // What the planner unticked: a plan submitted later is offered ticked without resetting the form.
  const [excluded, setExcluded] = useState<string[]>([]);
  const chosen = [plan.id, ...candidates.map((p) => p.id)].filter((id) => !excluded.includes(id));
  const build = useBuildConsolidated();
  if (!plan.period) return null;
  const period = plan.period;
  const toggle = (id: string, on: boolean) => setExcluded((list) => (on ? list.filter((x) => x !== id) : [...list, id]));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('consolidation.build.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('consolidation.build.hint')}</Text>
        <Text size="sm" fw={600}>
          {t('consolidation.build.sources')}
        </Text>
        {[{ id: plan.id, title: plan.title }, ...candidates.map((p) => ({ id: p.id, title: `${p.organizationName}: ${p.title}` }))].map((p) => (
          <Checkbox key={p.id} label={p.title} checked={chosen.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} />
        ))}
        <ApiErrorAlert error={build.error} />
        {build.data && (
          <Alert color="green" data-testid="consolidated-result">
            {t('consolidation.build.done', { added: build.data.added })}{' '}
            <Anchor component={Link} href={`/plans/${build.data.id}/consolidation`}>
              {t('consolidation.build.open')}
            </Anchor>
          </Alert>
        )}
        <Button
          disabled={!chosen.length}
          loading={build.isPending}
          onClick={() => build.mutate({ organizationId: plan.organizationId, period, sources: chosen.map((planId) => ({ planId })) })}
          data-testid="build-consolidated"
        >
          {t('consolidation.build.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
