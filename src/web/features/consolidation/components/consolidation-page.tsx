import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'wouter';
import { formatDate, t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useLinkedPlans } from '../api/linked-plans';
import { useSubmitPlan } from '../api/submit-plan';
import { CascadeDialog } from './cascade-dialog';
import { ConsolidatedBuilder } from './consolidated-builder';
import { LinkedPlansPanel } from './linked-plans-panel';
import { SourceUpdatesPanel } from './source-updates-panel';

export interface ConsolidationPlan {
  id: string;
  title: string;
  kind: string;
  status: string;
  organizationId: string;
  period: { start: string; end: string } | null;
}

/**
 * A plan's place between the levels: where it was cascaded to or taken from (with who has
 * submitted), the updates waiting from its sources, and — for the region's own plan — the
 * cascade and the consolidated plan. The server decides what the user may do; a refused
 * action shows its message.
 */
export function ConsolidationPage({ plan, organizationId, canPlan }: { plan: ConsolidationPlan; organizationId: string; canPlan: boolean }) {
  const linked = useLinkedPlans(plan.id);
  const submit = useSubmitPlan(plan.id);
  const own = plan.organizationId === organizationId;
  const inForce = plan.status !== 'draft' && plan.status !== 'review';
  return (
    <Stack component="section" aria-labelledby="consolidation-title" gap="md">
      <Stack gap={2}>
        <Anchor component={Link} href={`/plans/${plan.id}`} size="sm">
          {t('consolidation.backToPlan')}
        </Anchor>
        <Title order={1} size="h3" id="consolidation-title">
          {t('consolidation.title')}
        </Title>
        <Title order={2} size="h5" c="dimmed">
          {plan.title}
        </Title>
      </Stack>
      {own && canPlan && (
        <Group gap="sm">
          {plan.kind !== 'consolidated' && <CascadeDialog planId={plan.id} />}
          {inForce && (
            <Button variant="default" size="sm" loading={submit.isPending} onClick={() => submit.mutate()} data-testid="submit-plan">
              {t('consolidation.submit')}
            </Button>
          )}
        </Group>
      )}
      <ApiErrorAlert error={submit.error} />
      {submit.data?.submittedAt && <Alert color="green">{t('consolidation.submitted', { date: formatDate(submit.data.submittedAt) })}</Alert>}
      {linked.isPending ? <PageLoader /> : linked.error ? <ApiErrorAlert error={linked.error} /> : <LinkedPlansPanel plans={linked.data.plans} />}
      <SourceUpdatesPanel planId={plan.id} />
      {own && canPlan && plan.kind !== 'consolidated' && linked.data && <ConsolidatedBuilder plan={plan} linked={linked.data.plans} />}
    </Stack>
  );
}
