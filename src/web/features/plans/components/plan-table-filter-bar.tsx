import { Button, Group, Select, TextInput } from '@mantine/core';
import { monthName, t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { deadlineKinds } from '../../../lib/contracts';
import { hasFilters, type ItemFilters } from '../model/tree';

interface Props {
  filters: ItemFilters;
  onChange: (filters: ItemFilters) => void;
  /** Executor texts of the plan, for the executor filter. */
  executors: string[];
  /** Months of the plan's period as YYYY-MM. */
  months: string[];
}

/** The filters above the plan table: executor, month, kind of deadline, text. */
export function PlanFilterBar({ filters, onChange, executors, months }: Props) {
  const setFilters = onChange;
  const filtering = hasFilters(filters);
  return (
    <Group gap="xs" mb="xs" align="flex-end" className="no-print" wrap="wrap">
      <Select
        label={t('filter.executor')}
        data={executors}
        value={filters.executor ?? null}
        onChange={(v) => setFilters({ ...filters, executor: v })}
        clearable
        searchable
        placeholder={t('common.any')}
        w={220}
        size="xs"
      />
      <Select
        label={t('filter.month')}
        data={months.map((m) => ({ value: m, label: `${monthName(Number(m.slice(5)))} ${m.slice(0, 4)}` }))}
        value={filters.month ?? null}
        onChange={(v) => setFilters({ ...filters, month: v })}
        clearable
        placeholder={t('common.any')}
        w={160}
        size="xs"
      />
      <Select
        label={t('filter.deadlineKind')}
        data={[...deadlineKinds, 'none'].map((k) => ({ value: k, label: t(`deadlineKind.${k}` as MessageKey) }))}
        value={filters.deadlineKind ?? null}
        onChange={(v) => setFilters({ ...filters, deadlineKind: v })}
        clearable
        placeholder={t('common.any')}
        w={190}
        size="xs"
      />
      <TextInput
        label={t('filter.text')}
        placeholder={t('filter.textPlaceholder')}
        value={filters.text ?? ''}
        onChange={(e) => setFilters({ ...filters, text: e.currentTarget.value })}
        w={220}
        size="xs"
      />
      {filtering && (
        <Button size="xs" variant="subtle" onClick={() => setFilters({})}>
          {t('filter.clear')}
        </Button>
      )}
    </Group>
  );
}
