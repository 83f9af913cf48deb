import { ActionIcon, Autocomplete, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/ru';
import { useOrganizations } from '../api/list-organizations';
import { usePeople } from '../api/list-people';
import type { Executor } from '../model/types';

type ExecutorInput = Omit<Executor, 'id'>;

interface Option {
  label: string;
  executor: ExecutorInput;
  group: string;
}

const isFree = (e: ExecutorInput) => !e.organizationId && !e.personId && !e.unitId && (e.kind === 'unknown' || !e.kind);

/**
 * Executors of an item: picked from the organisation directory, people and the
 * plan's own glossary; free text is allowed and flagged so that it gets checked.
 */
export function ExecutorsPicker({
  value,
  onChange,
  abbreviations,
}: {
  value: ExecutorInput[];
  onChange: (v: ExecutorInput[]) => void;
  abbreviations: { short: string; full: string }[];
}) {
  const organizations = useOrganizations();
  const people = usePeople();
  const [query, setQuery] = useState('');
  const optionPicked = useRef(false);
  // Controlled so that the list closes after each pick and never covers the form's buttons.
  const [dropdown, setDropdown] = useState(false);

  const options = useMemo(() => {
    const out = new Map<string, Option>();
    const base = { role: 'responsible', organizationId: null, personId: null, unitId: null };
    for (const a of abbreviations)
      if (!out.has(a.short)) out.set(a.short, { label: a.short, group: t('executors.glossary'), executor: { ...base, text: a.short, kind: 'group' } });
    for (const o of organizations.data ?? []) {
      const label = o.shortName ?? o.name;
      if (!out.has(label))
        out.set(label, { label, group: t('executors.kind.organization'), executor: { ...base, text: label, kind: 'organization', organizationId: o.id } });
    }
    for (const p of people.data ?? []) {
      const label = p.shortName ?? p.fullName;
      if (!out.has(label))
        out.set(label, {
          label,
          group: t('executors.kind.person'),
          executor: { ...base, text: label, kind: 'person', personId: p.id, organizationId: p.organizationId },
        });
    }
    return out;
  }, [abbreviations, organizations.data, people.data]);

  const grouped = useMemo(() => {
    const groups = new Map<string, string[]>();
    for (const o of options.values()) groups.set(o.group, [...(groups.get(o.group) ?? []), o.label]);
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [options]);

  const add = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed || value.some((e) => e.text === trimmed)) return setQuery('');
    const known = options.get(trimmed)?.executor;
    onChange([...value, known ?? { text: trimmed, kind: 'unknown', role: 'responsible', organizationId: null, personId: null, unitId: null }]);
    setQuery('');
    setDropdown(false);
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="executors-label">
        {t('item.executors')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('executors.empty')}
        </Text>
      )}
      <Stack gap={4} component="ul" aria-labelledby="executors-label" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="executors-list">
        {value.map((e, i) => (
          <Group key={`${e.text}-${i}`} component="li" gap="xs" wrap="nowrap">
            <Text size="sm" style={{ flex: 1 }}>
              {e.text}{' '}
              {e.kind !== 'unknown' && (
                <Text span size="xs" c="dimmed">
                  ({t(`executors.kind.${e.kind}` as MessageKey) ?? e.kind})
                </Text>
              )}
            </Text>
            {isFree(e) && (
              <Badge color="red.9" variant="outline" size="sm" title={t('executors.freeHint')}>
                {t('executors.free')}
              </Badge>
            )}
            <Select
              aria-label={`${t('executors.role')}: ${e.text}`}
              size="xs"
              w={150}
              data={[
                { value: 'responsible', label: t('executors.role.responsible') },
                { value: 'co_executor', label: t('executors.role.co_executor') },
              ]}
              value={e.role === 'co_executor' ? 'co_executor' : 'responsible'}
              allowDeselect={false}
              onChange={(role) => onChange(value.map((x, j) => (j === i ? { ...x, role: role ?? 'responsible' } : x)))}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              style={{ color: 'var(--mantine-color-red-9)' }}
              aria-label={t('executors.remove', { text: e.text })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Autocomplete
        label={t('executors.add')}
        placeholder={t('executors.addPlaceholder')}
        data={grouped}
        value={query}
        onChange={(v) => {
          setQuery(v);
          setDropdown(v.trim().length > 0);
        }}
        dropdownOpened={dropdown}
        onDropdownOpen={() => setDropdown(true)}
        onDropdownClose={() => setDropdown(false)}
        onOptionSubmit={(v) => {
          optionPicked.current = true;
          add(v);
        }}
        limit={30}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !query.trim()) return;
          e.preventDefault();
          // Enter on a highlighted option is the combobox's; only plain typed text is added as free text.
          optionPicked.current = false;
          const typed = query;
          window.setTimeout(() => {
            if (!optionPicked.current) add(typed);
          }, 0);
        }}
      />
    </Stack>
  );
}
