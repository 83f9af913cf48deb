import { Badge, CloseButton, Group, NativeSelect, Paper } from '@mantine/core';
import { useMemo } from 'react';
import { t } from '../../../i18n/t';
import { RuDateInput } from '../../../components/ui/ru-date-input';
import type { PlanOption } from '../api/list-plans';
import type { UserOption } from '../api/list-users';
import { knownActions, knownEntityTypes } from '../model/labels';
import type { AuditFilters } from '../model/types';

interface Props {
  filters: AuditFilters;
  onChange: (key: keyof AuditFilters, value: string | null) => void;
  plans: PlanOption[];
  /** null: the reader may not list users, and the filter is hidden. */
  users: UserOption[] | null;
}

/** An option for a value that came in the address but is not in the list (a deleted plan), so the select does not lie. */
function withCurrent(options: { value: string; label: string }[], current: string | undefined) {
  return current && !options.some((o) => o.value === current) ? [...options, { value: current, label: current }] : options;
}

function ActiveFilter({ label, onClear, clearLabel }: { label: string; onClear: () => void; clearLabel: string }) {
  return (
    <Badge variant="light" color="blue.9" size="lg" tt="none" rightSection={<CloseButton size="xs" aria-label={clearLabel} onClick={onClear} />}>
      {label}
    </Badge>
  );
}

export function AuditFiltersBar({ filters, onChange, plans, users }: Props) {
  const any = { value: '', label: t('audit.filter.any') };
  const planData = useMemo(
    () =>
      withCurrent(
        plans.map((p) => ({ value: p.id, label: p.title })),
        filters.planId,
      ),
    [plans, filters.planId],
  );
  const userData = useMemo(
    () =>
      users
        ? withCurrent(
            users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.login})` })),
            filters.actorId,
          )
        : [],
    [users, filters.actorId],
  );
  const actions = useMemo(() => withCurrent(knownActions(), filters.action), [filters.action]);
  const entityTypes = useMemo(() => withCurrent(knownEntityTypes(), filters.entityType), [filters.entityType]);
  const select = (key: keyof AuditFilters, label: string, data: { value: string; label: string }[], w: number) => (
    <NativeSelect
      label={label}
      value={filters[key] ?? ''}
      onChange={(e) => onChange(key, e.currentTarget.value || null)}
      data={[any, ...data]}
      w={w}
      size="sm"
    />
  );

  return (
    <Paper withBorder p="sm" component="form" role="search" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
      <Group gap="sm" align="flex-end">
        {select('planId', t('audit.filter.plan'), planData, 320)}
        {users && select('actorId', t('audit.filter.user'), userData, 240)}
        {select('entityType', t('audit.filter.entityType'), entityTypes, 190)}
        {select('action', t('audit.filter.action'), actions, 240)}
        <RuDateInput label={t('audit.filter.from')} value={filters.from ?? null} onChange={(iso) => onChange('from', iso)} w={160} size="sm" />
        <RuDateInput label={t('audit.filter.to')} value={filters.to ?? null} onChange={(iso) => onChange('to', iso)} w={160} size="sm" />
      </Group>
      {(filters.entityId || (filters.actorId && !users)) && (
        <Group gap="xs" mt="sm">
          {filters.entityId && (
            <ActiveFilter
              label={t('audit.filter.entityId', { id: filters.entityId })}
              clearLabel={t('audit.filter.clearEntityId')}
              onClear={() => onChange('entityId', null)}
            />
          )}
          {filters.actorId && !users && (
            <ActiveFilter
              label={t('audit.filter.actorId', { id: filters.actorId })}
              clearLabel={t('audit.filter.reset')}
              onClear={() => onChange('actorId', null)}
            />
          )}
        </Group>
      )}
    </Paper>
  );
}
