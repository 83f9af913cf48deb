import { NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../i18n/t';
import { filterTree, organizationTree, type OrganizationNode } from '../model/organization-tree';
import type { Organization } from '../model/types';
import { orgLabel } from './organization-form';

function ancestorsOf(list: Organization[], id: string | null): Set<string> {
  const byId = new Map(list.map((o) => [o.id, o]));
  const out = new Set<string>();
  let current = id ? byId.get(id)?.parentId : null;
  while (current && !out.has(current)) {
    out.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}

interface Props {
  organizations: Organization[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The organisations as a tree; the selected one's branch stays open, a search opens every match. */
export function OrganizationTreeNav({ organizations, selectedId, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const tree = useMemo(() => organizationTree(organizations), [organizations]);
  const shown = useMemo(() => filterTree(tree, query), [tree, query]);
  const searching = query.trim() !== '';
  // Open: the top level and the selected one's branch. A click on a closed or
  // unselected node selects and opens it; a click on the selected node folds it.
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set([...tree.map((n) => n.organization.id), ...ancestorsOf(organizations, selectedId)]));
  // A selection made elsewhere (a new organisation, an address) opens the branch that holds it.
  useEffect(() => {
    const path = ancestorsOf(organizations, selectedId);
    setExpanded((prev) => ([...path].every((id) => prev.has(id)) ? prev : new Set([...prev, ...path])));
  }, [organizations, selectedId]);
  const click = (id: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (id === selectedId && prev.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    onSelect(id);
  };

  const render = (nodes: OrganizationNode[]) =>
    nodes.map((n) => (
      <NavLink
        component="button"
        key={n.organization.id}
        label={orgLabel(n.organization)}
        title={n.organization.name}
        active={n.organization.id === selectedId}
        onClick={() => click(n.organization.id)}
        opened={searching || expanded.has(n.organization.id)}
        childrenOffset="md"
        aria-current={n.organization.id === selectedId ? 'true' : undefined}
        data-testid="org-node"
      >
        {n.children.length ? render(n.children) : undefined}
      </NavLink>
    ));

  return (
    <Stack gap="xs">
      <TextInput label={t('admin.search')} placeholder={t('admin.org.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      <nav aria-label={t('admin.org.tree')}>
        <ScrollArea.Autosize mah="70vh">{shown.length ? render(shown) : <Text size="sm">{t('admin.org.none')}</Text>}</ScrollArea.Autosize>
      </nav>
    </Stack>
  );
}
