/**
 * Pure operations on a plan's item tree. Nodes carry only what ordering needs;
 * the service loads them, applies an operation, and writes back what changed.
 */
export interface TreeNode {
  id: string;
  parentId: string | null;
  position: number;
}

export class TreeError extends Error {
  constructor(
    readonly code: 'item_not_found' | 'parent_not_found' | 'cycle',
    message: string,
  ) {
    super(message);
  }
}

function childrenOf(nodes: readonly TreeNode[], parentId: string | null): TreeNode[] {
  return nodes.filter((n) => n.parentId === parentId).sort((a, b) => a.position - b.position);
}

/** Rewrites positions as 0..n-1 in the current order (gaps and duplicates from older data vanish). */
export function normalize(nodes: readonly TreeNode[]): TreeNode[] {
  const out: TreeNode[] = [];
  const parents = new Set(nodes.map((n) => n.parentId));
  for (const parentId of parents) {
    childrenOf(nodes, parentId).forEach((n, i) => out.push({ ...n, position: i }));
  }
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Inserts a new node among `parentId`'s children at `position` (clamped; undefined → last). */
export function insertNode(nodes: readonly TreeNode[], node: { id: string; parentId: string | null }, position?: number): TreeNode[] {
  if (node.parentId !== null && !nodes.some((n) => n.id === node.parentId)) {
    throw new TreeError('parent_not_found', 'Родительский пункт не найден в этом плане');
  }
  const siblings = childrenOf(nodes, node.parentId);
  const at = clamp(position ?? siblings.length, 0, siblings.length);
  const reordered = [...siblings.slice(0, at), { ...node, position: -1 }, ...siblings.slice(at)];
  const byId = new Map(reordered.map((n, i) => [n.id, { ...n, position: i }]));
  return normalize([...nodes.filter((n) => !byId.has(n.id)), ...byId.values()]);
}

export function descendantsOf(nodes: readonly TreeNode[], id: string): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    for (const n of nodes) {
      if (n.parentId === current && !out.has(n.id)) {
        out.add(n.id);
        stack.push(n.id);
      }
    }
  }
  return out;
}

/** Removes a node and its whole subtree; returns the remaining nodes and the removed ids. */
export function removeNode(nodes: readonly TreeNode[], id: string): { nodes: TreeNode[]; removed: Set<string> } {
  if (!nodes.some((n) => n.id === id)) throw new TreeError('item_not_found', 'Пункт не найден');
  const removed = descendantsOf(nodes, id);
  removed.add(id);
  return { nodes: normalize(nodes.filter((n) => !removed.has(n.id))), removed };
}

/** Moves a node (with its subtree) under `parentId` at `position` among the new siblings. */
export function moveNode(nodes: readonly TreeNode[], id: string, parentId: string | null, position: number): TreeNode[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new TreeError('item_not_found', 'Пункт не найден');
  if (parentId !== null) {
    if (!nodes.some((n) => n.id === parentId)) throw new TreeError('parent_not_found', 'Родительский пункт не найден в этом плане');
    if (parentId === id || descendantsOf(nodes, id).has(parentId)) {
      throw new TreeError('cycle', 'Нельзя переместить пункт внутрь самого себя');
    }
  }
  const without = normalize(nodes.filter((n) => n.id !== id));
  return insertNode(without, { id, parentId }, position);
}

/** Indent: the node becomes the last child of its previous sibling. No-op for a first child. */
export function indentNode(nodes: readonly TreeNode[], id: string): TreeNode[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new TreeError('item_not_found', 'Пункт не найден');
  const siblings = childrenOf(nodes, node.parentId);
  const index = siblings.findIndex((n) => n.id === id);
  const previous = siblings[index - 1];
  if (!previous) return normalize(nodes);
  return moveNode(nodes, id, previous.id, Number.MAX_SAFE_INTEGER);
}

/** Outdent: the node follows its parent among the parent's siblings. No-op at the top level. */
export function outdentNode(nodes: readonly TreeNode[], id: string): TreeNode[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new TreeError('item_not_found', 'Пункт не найден');
  if (node.parentId === null) return normalize(nodes);
  const parent = nodes.find((n) => n.id === node.parentId)!;
  const parentIndex = childrenOf(nodes, parent.parentId).findIndex((n) => n.id === parent.id);
  return moveNode(nodes, id, parent.parentId, parentIndex + 1);
}

/** Hierarchical numbers from the tree: 1, 1.1, 1.2, 2, 2.1.1 … */
export function computeNumbers(nodes: readonly TreeNode[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const byParent = new Map<string | null, TreeNode[]>();
  for (const n of nodes) {
    const list = byParent.get(n.parentId) ?? [];
    list.push(n);
    byParent.set(n.parentId, list);
  }
  const walk = (parentId: string | null, prefix: string) => {
    const children = (byParent.get(parentId) ?? []).sort((a, b) => a.position - b.position);
    children.forEach((child, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      numbers.set(child.id, number);
      walk(child.id, number);
    });
  };
  walk(null, '');
  return numbers;
}
