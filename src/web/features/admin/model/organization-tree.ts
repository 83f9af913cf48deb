import type { Organization } from './types';

export interface OrganizationNode {
  organization: Organization;
  depth: number;
  children: OrganizationNode[];
}

const label = (o: Organization) => o.shortName ?? o.name;

/**
 * The organisations as a forest, children sorted by name. An organisation whose
 * parent the caller cannot see becomes a root, so nothing visible is lost.
 */
export function organizationTree(list: readonly Organization[]): OrganizationNode[] {
  const ids = new Set(list.map((o) => o.id));
  const byParent = new Map<string | null, Organization[]>();
  for (const o of list) {
    const parent = o.parentId && ids.has(o.parentId) ? o.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), o]);
  }
  const build = (parent: string | null, depth: number, seen: Set<string>): OrganizationNode[] =>
    (byParent.get(parent) ?? [])
      .filter((o) => !seen.has(o.id)) // a cycle in bad data must not hang the page
      .sort((a, b) => label(a).localeCompare(label(b), 'ru'))
      .map((o) => ({ organization: o, depth, children: build(o.id, depth + 1, new Set([...seen, o.id])) }));
  return build(null, 0, new Set());
}

/** Ids of an organisation and everything below it. */
export function subtreeIds(list: readonly Organization[], rootId: string): Set<string> {
  const out = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of list) {
      if (!o.parentId || !out.has(o.parentId) || out.has(o.id)) continue;
      out.add(o.id);
      grew = true;
    }
  }
  return out;
}

/** Nodes whose own name or a descendant's matches the query, with the path kept. */
export function filterTree(nodes: OrganizationNode[], query: string): OrganizationNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return nodes;
  return nodes.flatMap((n) => {
    const children = filterTree(n.children, q);
    const own = `${n.organization.name} ${n.organization.shortName ?? ''}`.toLowerCase().includes(q);
    return own || children.length ? [{ ...n, children: own ? n.children : children }] : [];
  });
}
