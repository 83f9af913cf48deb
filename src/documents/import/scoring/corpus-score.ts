import type { DraftItem, PlanDraft } from '../../../shared/plan-format.js';

/**
 * Spot facts of a real plan (test/fixtures/import-corpus/<id>.expected.json) checked against a
 * draft. Pure: the corpus harness and `scripts/import-score.ts` share it, so the score the lead
 * measures on held-out plans is the score the tests print.
 */
export interface ExpectedItem {
  number?: string | null;
  titleStartsWith?: string;
  deadline?: string;
  executors?: string[];
  fields?: Record<string, string>;
  legalBasis?: string;
  section?: string;
}

export interface ExpectedFacts {
  title?: string;
  approval?: { authority?: string | null; date?: string | null; number?: string | null; appendix?: string | null; actKind?: string | null } | null;
  period?: { start: string; end: string } | null;
  elections?: { name?: string; votingDay?: string; calledOn?: string | null }[];
  columns?: string[];
  sections?: { number?: string | null; title: string }[];
  items?: ExpectedItem[];
  itemCount?: number | null;
  abbreviations?: { short: string; full: string }[];
}

/** `header`: owned by the header parsers (approval, title, period, elections, glossary). */
export type FactDomain = 'body' | 'header';

export interface FactResult {
  name: string;
  domain: FactDomain;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

/** Comparison that ignores what a careful secretary would not call a difference. */
export const norm = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00ad]/g, '')
    .replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'))
    .replace(/[«»“”„"]/g, '"')
    .replace(/[–—‐−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/(?<=[A-Za-zА-Яа-яЁё])-\s+(?=[a-zа-яё])/g, '-')
    .trim()
    .replace(/[.;,]$/, '')
    .toLowerCase();

function walk(items: readonly DraftItem[], parents: DraftItem[] = [], out: { item: DraftItem; parents: DraftItem[] }[] = []) {
  for (const item of items) {
    out.push({ item, parents });
    walk(item.children, [...parents, item], out);
  }
  return out;
}

export function scoreDraft(draft: PlanDraft | null, facts: ExpectedFacts): FactResult[] {
  const results: FactResult[] = [];
  const add = (name: string, domain: FactDomain, ok: boolean, expected: unknown, got: unknown): void => {
    results.push({ name, domain, ok, expected, got });
  };
  const all = draft ? walk(draft.items) : [];
  const sections = all.filter((n) => n.item.kind === 'section');
  const items = all.filter((n) => n.item.kind !== 'section');

  if (facts.title !== undefined) {
    const got = draft?.title ?? null;
    add('title', 'header', !!got && (norm(got) === norm(facts.title) || norm(got).startsWith(norm(facts.title))), facts.title, got);
  }
  if (facts.approval !== undefined) {
    const a = draft?.approval ?? null;
    if (facts.approval === null) add('approval', 'header', a === null, null, a);
    else
      for (const key of ['authority', 'date', 'number'] as const) {
        const want = facts.approval[key];
        if (want === undefined) continue;
        const got = a?.[key] ?? null;
        add(`approval.${key}`, 'header', want === null ? got === null : norm(got) === norm(want), want, got);
      }
  }
  if (facts.period !== undefined) {
    const got = draft?.period ?? null;
    add('period', 'header', JSON.stringify(got) === JSON.stringify(facts.period), facts.period, got);
  }
  (facts.elections ?? []).forEach((e, k) => {
    if (!e.votingDay) return;
    const got = draft?.elections?.map((x) => x.votingDay) ?? [];
    add(`elections[${k}].votingDay`, 'header', got.includes(e.votingDay), e.votingDay, got);
  });
  (facts.abbreviations ?? []).forEach((a) => {
    const got = draft?.abbreviations.find((x) => norm(x.short) === norm(a.short)) ?? null;
    add(`abbreviation ${a.short}`, 'header', !!got && norm(got.full) === norm(a.full), a.full, got?.full ?? null);
  });
  (facts.columns ?? []).forEach((title) => {
    const got = draft?.columns?.map((c) => c.title) ?? [];
    add(
      `column «${title}»`,
      'body',
      got.some((t) => norm(t) === norm(title)),
      title,
      got,
    );
  });
  (facts.sections ?? []).forEach((s) => {
    const found = sections.find((n) => norm(n.item.title) === norm(s.title) || norm(n.item.title).startsWith(norm(s.title)));
    add(`section «${short(s.title)}»`, 'body', !!found, s.title, found?.item.title ?? null);
    if (found && s.number !== undefined) {
      add(`section «${short(s.title)}» number`, 'body', norm(found.item.number) === norm(s.number), s.number, found.item.number);
    }
  });
  (facts.items ?? []).forEach((want, k) => {
    const label = `item ${want.number ?? `#${k + 1}`}`;
    const candidates = items.filter((n) => (want.number ? n.item.number === want.number : true));
    const byTitle = (n: { item: DraftItem }): boolean => !!want.titleStartsWith && norm(n.item.title).startsWith(norm(want.titleStartsWith));
    const found = candidates.find(byTitle) ?? (want.number ? candidates[0] : undefined);
    add(`${label} found`, 'body', !!found, want.number ?? want.titleStartsWith, found?.item.number ?? null);
    if (!found) return;
    const it = found.item;
    if (want.titleStartsWith !== undefined) add(`${label} title`, 'body', byTitle(found), want.titleStartsWith, it.title);
    if (want.deadline !== undefined)
      add(`${label} deadline`, 'body', norm(it.deadline?.text) === norm(want.deadline), want.deadline, it.deadline?.text ?? null);
    if (want.executors !== undefined) {
      const got = it.executors.map((e) => e.text);
      const same = got.length === want.executors.length && want.executors.every((e) => got.some((g) => norm(g) === norm(e)));
      add(`${label} executors`, 'body', same, want.executors, got);
    }
    for (const [title, value] of Object.entries(want.fields ?? {})) {
      const column = draft?.columns?.find((c) => norm(c.title) === norm(title));
      const got = column ? (it.fields[column.key] ?? null) : null;
      add(`${label} field «${title}»`, 'body', norm(got) === norm(value), value, got);
    }
    if (want.legalBasis !== undefined) {
      const keys = (draft?.columns ?? []).filter((c) => c.role === 'legal_basis').map((c) => c.key);
      const got = keys.map((key) => it.fields[key]).filter((v): v is string => !!v);
      const bare = (t: string): string => norm(t).replace(/^\(+|\)+$/g, '');
      add(
        `${label} legal basis`,
        'body',
        got.some((g) => bare(g).includes(bare(want.legalBasis!))),
        want.legalBasis,
        got,
      );
    }
    if (want.section !== undefined) {
      const parent = [...found.parents].reverse().find((p) => p.kind === 'section');
      add(`${label} section`, 'body', !!parent && norm(parent.title).startsWith(norm(want.section)), want.section, parent?.title ?? null);
    }
  });
  if (facts.itemCount !== undefined && facts.itemCount !== null) {
    add('itemCount', 'body', items.length === facts.itemCount, facts.itemCount, items.length);
  }
  return results;
}

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export interface ScoreLine {
  id: string;
  passed: number;
  total: number;
  failed: FactResult[];
  error?: string;
}

export function formatScores(lines: readonly ScoreLine[]): string {
  const out: string[] = [];
  let passed = 0;
  let total = 0;
  for (const l of lines) {
    passed += l.passed;
    total += l.total;
    out.push(`${l.id.padEnd(60)} ${String(l.passed).padStart(3)}/${String(l.total).padEnd(3)}${l.error ? `  ОШИБКА: ${l.error}` : ''}`);
    for (const f of l.failed)
      out.push(`    ✗ [${f.domain}] ${f.name}: ожидалось ${JSON.stringify(f.expected)}, получено ${JSON.stringify(f.got)}`.slice(0, 400));
  }
  const pct = total ? ((passed / total) * 100).toFixed(1) : '0';
  out.push(`ИТОГО: ${passed}/${total} фактов (${pct} %) в ${lines.length} документах`);
  return out.join('\n');
}
