import { Anchor, Button, Checkbox, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { formatDate, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { planKinds, planStatuses } from '../../../lib/contracts';
import { PLANS_PAGE, usePlans, type PlanFilters } from '../api/list-plans';
import { useOrganizations } from '../api/list-organizations';
import { SearchBox } from './search-box';
import { CreatePlanButton } from './create-plan-button';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 12 }, (_, i) => String(thisYear + 2 - i));

// The policy's plan.create: only these roles see «Создать план» (an observer would fill the form for a 403).
const creatorRoles = ['sysadmin', 'planner'];

export function PlansPage({ roles }: { roles: string[] }) {
  const [params, setParams] = useSearchParams();
  const filters: PlanFilters = {
    organizationId: params.get('org') ?? undefined,
    year: params.get('year') ? Number(params.get('year')) : undefined,
    kind: params.get('kind') ?? undefined,
    status: params.get('status') ?? undefined,
    scope: params.get('published') === '1' ? 'all' : 'mine',
  };
  const plans = usePlans(filters);
  // Pages are cut by offset over «last changed first»: a plan changed between two pages may come twice.
  const rows = useMemo(() => {
    const seen = new Set<string>();
    return (plans.data?.pages ?? []).flatMap((p) => p.plans).filter((plan) => !seen.has(plan.id) && !!seen.add(plan.id));
  }, [plans.data]);
  const total = plans.data?.pages.at(-1)?.total ?? 0;
  const organizations = useOrganizations();
  const orgName = useMemo(() => new Map((organizations.data ?? []).map((o) => [o.id, o.shortName ?? o.name])), [organizations.data]);

  const setFilter = (key: string, value: string | null) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  };
  const anyFilter = Boolean(filters.organizationId || filters.year || filters.kind || filters.status || filters.scope === 'all');

  return (
    <Stack component="section" aria-labelledby="plans-title" gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2" id="plans-title">
          {t('plans.title')}
        </Title>
        {roles.some((r) => creatorRoles.includes(r)) && <CreatePlanButton />}
      </Group>
      <SearchBox />
      <Group component="form" role="search" aria-label={t('plans.filters')} gap="sm" align="flex-end" onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('plans.filter.organization')}
          data={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.shortName ?? o.name }))}
          value={filters.organizationId ?? null}
          onChange={(v) => setFilter('org', v)}
          clearable
          searchable
          placeholder={t('common.any')}
          w={260}
        />
        <Select
          label={t('plans.filter.year')}
          data={years}
          value={filters.year ? String(filters.year) : null}
          onChange={(v) => setFilter('year', v)}
          clearable
          placeholder={t('common.any')}
          w={110}
        />
        <Select
          label={t('plans.filter.kind')}
          data={planKinds.map((k) => ({ value: k, label: t(`plans.kind.${k}` as MessageKey) }))}
          value={filters.kind ?? null}
          onChange={(v) => setFilter('kind', v)}
          clearable
          placeholder={t('common.any')}
          w={200}
        />
        <Select
          label={t('plans.filter.status')}
          data={planStatuses.map((s) => ({ value: s, label: t(`plans.status.${s}` as MessageKey) }))}
          value={filters.status ?? null}
          onChange={(v) => setFilter('status', v)}
          clearable
          placeholder={t('common.any')}
          w={160}
        />
        <Checkbox
          label={t('plans.filter.published')}
          checked={filters.scope === 'all'}
          onChange={(e) => setFilter('published', e.currentTarget.checked ? '1' : null)}
          mb={8}
        />
        {anyFilter && (
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
            {t('plans.filter.reset')}
          </Button>
        )}
      </Group>
      {plans.isPending && <Loader role="status" aria-label={t('plans.loading')} />}
      <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      {plans.data && rows.length === 0 && <Text c="dimmed">{anyFilter ? t('plans.emptyFiltered') : t('plans.emptyMine')}</Text>}
      {rows.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="plans-count">
          {rows.length < total ? t('plans.shownOf', { shown: rows.length, total }) : t('plans.total', { total })}
        </Text>
      )}
      {rows.length > 0 && (
        <Table striped highlightOnHover aria-labelledby="plans-title" data-testid="plans-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.col.title')}</Table.Th>
              <Table.Th>{t('plans.filter.organization')}</Table.Th>
              <Table.Th>{t('plans.col.kind')}</Table.Th>
              <Table.Th>{t('plans.col.period')}</Table.Th>
              <Table.Th>{t('plans.col.status')}</Table.Th>
              <Table.Th ta="right">{t('plans.col.items')}</Table.Th>
              <Table.Th>{t('plans.col.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/plans/${plan.id}`}>
                    {plan.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{orgName.get(plan.organizationId) ?? ''}</Table.Td>
                <Table.Td>{t(`plans.kind.${plan.kind}` as MessageKey)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{plan.period ? `${formatDate(plan.period.start)} – ${formatDate(plan.period.end)}` : '—'}</Table.Td>
                <Table.Td>{t(`plans.status.${plan.status}` as MessageKey)}</Table.Td>
                <Table.Td ta="right">{plan.itemCount}</Table.Td>
                <Table.Td>{formatDate(plan.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {plans.hasNextPage && (
        <Group>
          <Button variant="default" loading={plans.isFetchingNextPage} onClick={() => void plans.fetchNextPage()}>
            {t('plans.more', { count: Math.min(PLANS_PAGE, total - rows.length) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
