import { Button, Center, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useQueryParams } from '../../../lib/use-query-params';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { PageLoader } from '../../../components/ui/page-loader';
import { useAuditEvents } from '../api/list-audit-events';
import { useOrganizationNames } from '../api/list-organizations';
import { usePlanOptions } from '../api/list-plans';
import { useUserOptions } from '../api/list-users';
import { csvHref, filtersFromSearch } from '../model/filters';
import type { AuditFilters } from '../model/types';
import { AuditFiltersBar } from './audit-filters';
import { AuditRow } from './audit-row';

const userListRoles = ['sysadmin', 'org_admin'];

/**
 * «Журнал изменений»: who changed what and when, newest first. The filters live
 * in the address (a plan page links to /audit?planId=…; the admin pages link to
 * one object's history), the CSV download carries the same filters.
 */
export function AuditPage({ roles }: { roles: string[] }) {
  const [params, setParams] = useQueryParams({ replace: true });
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const events = useAuditEvents(filters);
  const plans = usePlanOptions();
  const canListUsers = roles.some((r) => userListRoles.includes(r));
  const users = useUserOptions(canListUsers);
  const organizations = useOrganizationNames();
  const [expanded, setExpanded] = useState<Set<number>>(new Set());

  const orgNames = useMemo(() => new Map((organizations.data ?? []).map((o) => [o.id, o.shortName || o.name])), [organizations.data]);
  const planTitles = useMemo(() => new Map((plans.data ?? []).map((p) => [p.id, p.title])), [plans.data]);
  const rows = useMemo(() => events.data?.pages.flat() ?? [], [events.data]);

  const setFilter = (key: keyof AuditFilters, value: string | null) => setParams({ [key]: value });

  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Stack component="section" aria-labelledby="audit-title" gap="md">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2" id="audit-title">
          {t('audit.title')}
        </Title>
        <Button component="a" href={csvHref(filters)} download variant="default" data-testid="audit-csv">
          {t('audit.csv')}
        </Button>
      </Group>
      {/* A user list the server refuses (an org_admin's scope) just hides the filter. */}
      <AuditFiltersBar filters={filters} onChange={setFilter} plans={plans.data ?? []} users={canListUsers && users.data ? users.data : null} />
      {events.isPending && <PageLoader />}
      {events.error && !events.isFetchNextPageError && <ApiErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && rows.length === 0 && (
        <Center py="xl">
          <Text c="dimmed" data-testid="audit-empty">
            {t('audit.empty')}
          </Text>
        </Center>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={960}>
          <Table striped={false} highlightOnHover verticalSpacing="xs" fz="sm" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('audit.col.time')}</Table.Th>
                <Table.Th>{t('audit.col.actor')}</Table.Th>
                <Table.Th>{t('audit.col.organization')}</Table.Th>
                <Table.Th w={120}>{t('audit.col.ip')}</Table.Th>
                <Table.Th>{t('audit.col.action')}</Table.Th>
                <Table.Th w="30%">{t('audit.col.entity')}</Table.Th>
                <Table.Th w={170}>{t('audit.col.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <AuditRow
                  key={e.id}
                  event={e}
                  expanded={expanded.has(e.id)}
                  onToggle={() => toggle(e.id)}
                  organizationName={e.organizationId ? (orgNames.get(e.organizationId) ?? '') : t('common.none')}
                  planTitle={e.planId ? (planTitles.get(e.planId) ?? null) : null}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('audit.count', { count: rows.length })}
          </Text>
          {events.hasNextPage && (
            <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
              {t('audit.more')}
            </Button>
          )}
        </Group>
      )}
      {events.isFetchNextPageError && <ApiErrorAlert error={events.error} onRetry={() => void events.fetchNextPage()} />}
    </Stack>
  );
}
