import { numberDepth, parentNumber } from './numbering.js';
import type { PlanRecord, Warn } from './plan-record.js';

/**
 * Records → the item tree. The hierarchy comes from the numbers (1 → 1.1 → 1.1.1), even when a
 * parent row comes later in the file (a merged goal cell printed in the middle of its rows);
 * unnumbered rows go under the section open above them and are numbered by the system.
 */
export interface TreeNode {
  record: PlanRecord;
  children: TreeNode[];
  kind: 'section' | 'item';
  number: string | null;
  /** How the deadline was obtained when the row itself had none. */
  deadlineSource: 'own' | 'month' | 'inherited' | 'none';
}

export function buildTree(records: readonly PlanRecord[], warn: Warn): TreeNode[] {
  const nodes: TreeNode[] = records.map((record) => ({
    record,
    children: [],
    kind: record.kind,
    number: record.number,
    deadlineSource: record.deadline ? 'own' : 'none',
  }));
  markHeadingsNumberedApart(nodes);
  // «Раздел I» / «II.» sections number themselves apart from their items, which may restart at 1.
  const byAlias = new Map<string, TreeNode>();
  const byMarker = new Map<string, TreeNode>();
  const position = new Map<TreeNode, number>(nodes.map((n, i) => [n, i]));
  let lastMarker = -1;
  for (const [i, node] of nodes.entries()) {
    const alias = node.record.alias;
    if (!alias) continue;
    const map = node.record.marker ? byMarker : byAlias;
    if (map.has(alias)) {
      // Items numbered from 1 again under each section numbered apart: the plan's own way, nothing to check.
      const restartsUnderSection = !node.record.marker && lastMarker > position.get(map.get(alias)!)!;
      if (!restartsUnderSection) warn(`Номер ${node.record.number} встречается в плане повторно; пункт оставлен на своём месте`, node.record.line);
      if (node.record.marker) lastMarker = i;
      continue;
    }
    if (node.record.marker) lastMarker = i;
    map.set(alias, node);
  }
  const registered = (node: TreeNode): boolean => !!node.record.alias && (node.record.marker ? byMarker : byAlias).get(node.record.alias) === node;

  const roots: TreeNode[] = [];
  const parentOf = new Map<TreeNode, TreeNode | null>();
  // Sections open in document order, for rows without a usable number.
  const open: TreeNode[] = [];
  for (const node of nodes) {
    const alias = node.record.alias;
    let parent: TreeNode | null = null;
    if (alias && registered(node) && !node.record.marker) {
      for (let p = parentNumber(alias); p; p = parentNumber(p)) {
        const candidate = byAlias.get(p) ?? byMarker.get(p);
        if (candidate) {
          parent = candidate;
          break;
        }
      }
      if (!parent) parent = openSectionAbove(open);
    } else if (node.record.marker) {
      parent = null;
    }
    const sectionLike = isSectionLike(node);
    if (sectionLike) {
      const depth = sectionDepth(node);
      while (open.length > 0 && sectionDepth(open[open.length - 1]!) >= depth) open.pop();
    }
    // An unnumbered row belongs to the heading above it; an unnumbered heading closes its sibling first.
    if (!alias || (!registered(node) && !node.record.marker)) parent = open[open.length - 1] ?? null;
    if (sectionLike) open.push(node);
    parentOf.set(node, parent);
  }
  for (const node of nodes) {
    const parent = parentOf.get(node) ?? null;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  const visit = (list: TreeNode[], parent: TreeNode | null, depth: number): void => {
    for (const node of list) {
      visit(node.children, node, depth + 1);
      node.kind = decideKind(node, depth);
    }
  };
  visit(roots, null, 1);
  // «1. Осуществление контроля …» alone, with no term, no executors and nothing under it: the page
  // broke off after the first heading across the table (a lone measure names who or when). A row the file ended
  // inside is not that heading: its term and executors were cut with the page.
  const only = roots.length === 1 ? roots[0]! : null;
  if (only && only.children.length === 0 && only.record.alias && numberDepth(only.record.alias) === 1 && isTitleOnly(only.record) && !only.record.cutByPage)
    only.kind = 'section';
  // Headings get the system's numbers only in a plan whose items are numbered nowhere.
  numberUnnumbered(roots, warn);
  fillDeadlines(roots, warn);
  warnMonthHeadings(roots, warn);
  return roots;
}

/**
 * «1. НАЗНАЧЕНИЕ ВЫБОРОВ» / «1. Назначение выборов …» / «2. Официальное опубликование …» /
 * «2. ИЗБИРАТЕЛЬНЫЕ УЧАСТКИ»: Arabic-numbered headings whose items start again at 1 under each
 * number themselves apart, like «Раздел I» — read as one numbering, item 2 would leave its heading
 * and heading 2 would collide with it.
 */
function markHeadingsNumberedApart(nodes: readonly TreeNode[]): void {
  const isHeading = (n: TreeNode): boolean => n.record.sectionHint && !n.record.marker && /^\d{1,3}$/.test(n.record.alias ?? '');
  const headings = nodes.filter(isHeading);
  if (headings.length === 0) {
    markRestartHeadings(nodes);
    return;
  }
  // The first numbered row after each heading, in one pass from the end.
  const firstBelow = new Map<TreeNode, TreeNode | null>();
  let next: TreeNode | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (isHeading(n)) firstBelow.set(n, next);
    if (n.record.alias) next = n;
  }
  // Every heading that has items under it restarts them at 1: one that goes on («2.» after «1.»
  // under heading 1, then «3. …» as the next heading) is the plan's own numbering, left alone.
  const withItems = headings.map((h) => firstBelow.get(h)).filter((n): n is TreeNode => !!n && !n.record.sectionHint);
  const restartsEverywhere = withItems.length > 0 && withItems.every((n) => n.record.alias === '1');
  const itemAliases = new Set(nodes.filter((n) => !n.record.sectionHint).map((n) => n.record.alias));
  const collides = headings.some((h) => itemAliases.has(h.record.alias));
  if (restartsEverywhere && collides) for (const h of headings) h.record.marker = true;
}

/**
 * «1. Организационные мероприятия» / «1. Заседания комиссии» / «2. Прием граждан» / «2. Обучение» / «1. Семинар …»: in
 * ordinary case, neither bold nor in capitals (a list typed in a site's editor, a copy of Word's auto-numbering), the
 * headings show themselves by what follows them — the numbering starts again at 1 under each, while they go on 1, 2,
 * 3. Taken only when the plan opens with such a heading, every heading has a title and nothing else (no term, no
 * executors), and there are two of them or more; a row with its own term stays an item.
 */
function markRestartHeadings(nodes: readonly TreeNode[]): void {
  const numbered = nodes.filter((n) => /^\d{1,3}$/.test(n.record.alias ?? ''));
  if (numbered.length < 4 || numbered.length !== nodes.filter((n) => n.record.alias).length) return;
  const heads = numbered.filter((n, i) => numbered[i + 1]?.record.alias === '1');
  if (heads.length < 2 || heads[0] !== numbered[0]) return;
  if (!heads.every((h, i) => h.record.alias === String(i + 1) && !h.record.deadline && !h.record.executors)) return;
  // The items between two headings run 1, 2, 3 …: a plan numbered 1 … n throughout has no restart to show.
  for (const [i, h] of heads.entries()) {
    const from = numbered.indexOf(h) + 1;
    const to = i + 1 < heads.length ? numbered.indexOf(heads[i + 1]!) : numbered.length;
    const run = numbered.slice(from, to);
    if (run.length === 0 || !run.every((n, k) => n.record.alias === String(k + 1))) return;
  }
  for (const h of heads) {
    h.record.marker = true;
    h.record.sectionHint = true;
  }
}

function isSectionLike(node: TreeNode): boolean {
  // «I. Формирование рабочих групп | До 04.07.2016 | ТИК»: a Roman number on a row with its own
  // deadline and executors numbers an item, it does not open a section.
  if (
    node.record.marker &&
    !/^(?:раздел|глава)/i.test(node.record.title) &&
    node.record.deadline &&
    node.record.executors &&
    /^[IVXLC]+$/.test(node.record.number ?? '')
  )
    return false;
  return (
    node.record.kind === 'section' ||
    node.record.sectionHint ||
    (!!node.record.alias && numberDepth(node.record.alias) === 1 && !node.record.deadline && !node.record.executors)
  );
}

/** Marker sections sit above any Arabic numbering; unnumbered headings at the first level. */
function sectionDepth(node: TreeNode): number {
  if (node.record.marker) return 0;
  return node.record.alias ? numberDepth(node.record.alias) : 1;
}

/** A numbered row whose parent number is absent belongs to the heading open above it, if any. */
function openSectionAbove(open: readonly TreeNode[]): TreeNode | null {
  for (let i = open.length - 1; i >= 0; i--) if (!open[i]!.record.alias || open[i]!.record.marker) return open[i]!;
  return null;
}

const isTitleOnly = (r: PlanRecord): boolean => !!r.title && !r.deadline && !r.executors && !r.coExecutors && Object.values(r.fields).every((v) => !v.trim());

function decideKind(node: TreeNode, depth: number): 'section' | 'item' {
  const r = node.record;
  if (r.kind === 'section') return 'section';
  const hasChildren = node.children.length > 0;
  if (r.sectionHint && !r.deadline && !r.executors) return 'section';
  if (hasChildren && !r.deadline) {
    const topLevel = r.alias ? numberDepth(r.alias) === 1 : depth === 1;
    if (!r.executors || topLevel || r.sectionHint) return 'section';
  }
  return 'item';
}

/**
 * A heading printed without a number keeps none: the plan shows it as printed. Items without a
 * number get the system's: under their parent's number, and across unnumbered headings as one
 * run («Работа с молодёжью»: 1, 2; «Работа с ветеранами»: 3), never two items «1».
 */
function numberUnnumbered(roots: TreeNode[], warn: Warn): void {
  const used = new Set<string>();
  const collect = (list: TreeNode[]): void => {
    for (const n of list) {
      if (n.number) used.add(n.number);
      collect(n.children);
    }
  };
  collect(roots);
  const assigned: TreeNode[] = [];
  const walk = (list: TreeNode[], prefix: string | null, counter: { k: number }): void => {
    for (const node of list) {
      if (node.kind === 'section' && !node.number) {
        walk(node.children, prefix, counter);
        continue;
      }
      if (!node.number) {
        let candidate: string;
        do candidate = prefix ? `${prefix}.${++counter.k}` : String(++counter.k);
        while (used.has(candidate));
        used.add(candidate);
        node.number = candidate;
        assigned.push(node);
      } else {
        const last = /(\d+)$/.exec(node.number);
        if (last && (prefix ? node.number === `${prefix}.${last[1]}` : node.number === last[1])) counter.k = Number(last[1]);
      }
      walk(node.children, node.record.alias ?? node.number, { k: 0 });
    }
  };
  walk(roots, null, { k: 0 });
  if (assigned.length === 1) {
    warn(`Строка без номера пронумерована как ${assigned[0]!.number}`, assigned[0]!.record.line);
  } else if (assigned.length > 1) {
    const numbers = assigned.map((n) => n.number).join(', ');
    warn(`Строки без номера пронумерованы по порядку: ${numbers}`, assigned[0]!.record.line);
  }
}

/** Month headings and merged deadline/executor cells of a parent apply to rows that have none. */
function fillDeadlines(list: TreeNode[], warn: Warn, inherited: { deadline: string; executors: string; from: string } | null = null): void {
  for (const node of list) {
    const r = node.record;
    if (!r.deadline && r.monthGroup && node.kind === 'item') {
      r.deadline = r.monthGroup;
      node.deadlineSource = 'month';
    }
    if (inherited && node.kind === 'item') {
      if (!r.deadline && inherited.deadline) {
        r.deadline = inherited.deadline;
        node.deadlineSource = 'inherited';
        warn(`Срок пункта ${node.number} не указан; взят срок «${inherited.deadline}» из пункта ${inherited.from}`, r.line);
      }
      if (!r.executors && inherited.executors) {
        r.executors = inherited.executors;
        warn(`Исполнители пункта ${node.number} не указаны; взяты из пункта ${inherited.from}: ${inherited.executors}`, r.line);
      }
    }
    const pass =
      node.children.length > 0 && (r.deadline || r.executors)
        ? { deadline: r.deadline || inherited?.deadline || '', executors: r.executors || inherited?.executors || '', from: node.number ?? r.title }
        : inherited;
    fillDeadlines(node.children, warn, pass);
  }
}

/** One warning per month heading: which items took their deadline from it. */
function warnMonthHeadings(roots: readonly TreeNode[], warn: Warn): void {
  const groups: { month: string; numbers: string[]; line: number }[] = [];
  const visit = (list: readonly TreeNode[]): void => {
    for (const node of list) {
      if (node.deadlineSource === 'month') {
        const last = groups[groups.length - 1];
        if (last && last.month === node.record.monthGroup) last.numbers.push(node.number ?? '?');
        else groups.push({ month: node.record.monthGroup ?? '', numbers: [node.number ?? '?'], line: node.record.line });
      }
      visit(node.children);
    }
  };
  visit(roots);
  for (const g of groups) {
    if (g.numbers.length === 1) {
      warn(`Пункт ${g.numbers[0]} без своего срока: срок «${g.month}» взят из заголовка месяца над ним`, g.line);
    } else {
      const range = `${g.numbers[0]}–${g.numbers[g.numbers.length - 1]}`;
      warn(`Пункты ${range} без своего срока: срок «${g.month}» взят из заголовка месяца над ними`, g.line);
    }
  }
}
