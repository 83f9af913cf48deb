import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { isReadOnly } from '../../../lib/contracts';
import { useQueryParams } from '../../../lib/use-query-params';
import { formatDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { usePlan } from '../api/get-plan';
import { useDeletePlan } from '../api/delete-plan';
import { indexTree } from '../model/tree';
import { usePlanEditor } from '../model/use-plan-editor';
import { PlanLifecycleBar } from './plan-lifecycle-bar';
import { PlanTable } from './plan-table';
import type { Plan } from '../model/types';

// Only the table is needed for the first paint of a plan; the rest loads when first used.
const CalendarView = lazy(() => import('./calendar-view').then((m) => ({ default: m.CalendarView })));
const TimelineView = lazy(() => import('./timeline-view').then((m) => ({ default: m.TimelineView })));
const ItemPanel = lazy(() => import('./item-panel').then((m) => ({ default: m.ItemPanel })));
const ProgrammeProgressPanel = lazy(() => import('./programme-progress-panel').then((m) => ({ default: m.ProgrammeProgressPanel })));
const EventsPanel = lazy(() => import('./events-panel').then((m) => ({ default: m.EventsPanel })));
const PlanHeaderForm = lazy(() => import('./plan-header-form').then((m) => ({ default: m.PlanHeaderForm })));

type View = 'table' | 'calendar' | 'timeline';

// The policy's plan.update: the system administrator anywhere, a planner in its own commission.

/**
 * `actions` lets the app add buttons owned by other features (export) without
 * this feature importing them.
 */
export function PlanPage({
  planId,
  roles = [],
  organizationId,
  actions,
}: {
  planId: string;
  roles?: string[];
  organizationId?: string;
  actions?: (plan: Plan) => ReactNode;
}) {
  const plan = usePlan(planId);
  const editor = usePlanEditor(planId);
  const remove = useDeletePlan();
  const [, navigate] = useLocation();
  const [params, setParam] = useQueryParams();
  const [selectedId, setSelectedId] = useState<string | null>(params.get('item'));
  const [headerOpen, setHeaderOpen] = useState(false);
  const view = (params.get('view') as View | null) ?? 'table';
  const openId = params.get('item');
  const panelOpen = params.get('panel') !== '0' && Boolean(openId);
  const tree = useMemo(() => (plan.data ? indexTree(plan.data.items) : new Map()), [plan.data]);
  // The server decides for real (403 is shown); this only hides controls an executor or observer cannot use.
  const canPlan =
    roles.length === 0 || roles.includes('sysadmin') || (roles.includes('planner') && (!organizationId || plan.data?.organizationId === organizationId));
  // An executed or archived plan is a finished year's record: it is read, printed and copied, not edited.
  const canEdit = canPlan && !isReadOnly(plan.data?.status ?? '');

  const openItem = (id: string) => {
    setSelectedId(id);
    setParam({ item: id, panel: null, view: 'table' });
  };

  if (plan.isPending) return <PageLoader />;
  if (plan.error) {
    return (
      <Stack>
        <ApiErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
        <Anchor component={Link} href="/plans">
          {t('app.toPlans')}
        </Anchor>
      </Stack>
    );
  }
  const p = plan.data;
  const openNode = openId && panelOpen ? (tree.get(openId)?.node ?? null) : null;

  return (
    <Stack gap="sm">
      {/* The actions move under the title when both do not fit: a long official title keeps its width. */}
      <Group justify="space-between" align="flex-start" wrap="wrap" className="no-print">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 520px' }}>
          <Anchor component={Link} href="/plans" size="sm">
            ← {t('plan.back')}
          </Anchor>
          <Title order={1} size="h3" data-testid="plan-title">
            {p.title}
          </Title>
          <Group gap="xs">
            <Badge variant="filled" color="blue.9">
              {t(`plans.kind.${p.kind}` as MessageKey)}
            </Badge>
            <Badge variant="outline" color="gray.8">
              {t(`plans.status.${p.status}` as MessageKey)}
            </Badge>
            {p.period && (
              <Text size="sm">
                {formatDate(p.period.start)} – {formatDate(p.period.end)}
              </Text>
            )}
            <Text size="sm">{t('plan.itemsCount', { count: tree.size })}</Text>
          </Group>
          {/* The гриф in the documents' words, the open amendment, approval and the copy to the next period. */}
          <PlanLifecycleBar plan={p} roles={roles} canEdit={canEdit} canPlan={canPlan} />
        </Stack>
        <Group gap="xs" wrap="wrap">
          {canEdit && (
            <Button variant="default" size="sm" onClick={() => setHeaderOpen(true)}>
              {t('plan.editHeader')}
            </Button>
          )}
          <Button component={Link} href={`/plans/${p.id}/print`} variant="default" size="sm">
            {t('plan.print')}
          </Button>
          {/* The server answers 403 to executors and observers; the dashboard page shows it. */}
          <Button component={Link} href={`/plans/${p.id}/execution`} variant="default" size="sm">
            {t('plan.execution')}
          </Button>
          {actions?.(p)}
          {canEdit && (
            <Button
              variant="subtle"
              c="red.9"
              size="sm"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t('plan.deleteConfirm', { title: p.title }))) remove.mutate(p.id, { onSuccess: () => navigate('/plans') });
              }}
            >
              {t('plan.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <ApiErrorAlert error={remove.error} />
      <SegmentedControl
        aria-label={t('plan.view')}
        w="fit-content"
        value={view}
        onChange={(v) => setParam({ view: v === 'table' ? null : v })}
        data={[
          { value: 'table', label: t('plan.view.table') },
          { value: 'calendar', label: t('plan.view.calendar') },
          { value: 'timeline', label: t('plan.view.timeline') },
        ]}
        className="no-print"
      />
      <Suspense fallback={null}>
        <ProgrammeProgressPanel plan={p} canPlan={canPlan} />
        <EventsPanel planId={p.id} canEdit={canEdit} />
      </Suspense>
      {view === 'table' && (
        <PlanTable plan={p} editor={editor} canEdit={canEdit} selectedId={selectedId} onSelect={setSelectedId} onOpen={openItem} focusId={openId} />
      )}
      <Suspense fallback={<PageLoader />}>
        {view === 'calendar' && <CalendarView plan={p} onOpen={openItem} />}
        {view === 'timeline' && <TimelineView plan={p} onOpen={openItem} />}
      </Suspense>
      <Suspense fallback={null}>
        {openNode && <ItemPanel plan={p} node={openNode} editor={editor} canEdit={canEdit} onClose={() => setParam({ panel: '0' })} />}
        {headerOpen && <PlanHeaderForm plan={p} onClose={() => setHeaderOpen(false)} />}
      </Suspense>
    </Stack>
  );
}
