import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { findInlineDefinitions, GLOSSARY_HINT, INLINE_HINT, mergeAbbreviations, parseAbbreviationList } from './abbreviations.parse.js';
import { defaultColumns, type Column } from './column-roles.js';
import { toDraftDeadline, type DraftDeadline } from './deadline-adapter.js';
import { textsMatching, toDocLines } from './doc-lines.js';
import { createExecutorMatcher, type ExecutorMatcher, type ImportDirectory } from './executors.parse.js';
import { freeLayoutToRecords } from './free-layout.js';
import { parseHeader } from './header.parse.js';
import { ImportError } from './import-error.js';
import type { ImportWarning, PlanRecord } from './plan-record.js';
import { buildTree, type TreeNode } from './rows-to-items.js';
import type { SourceDocument } from './source-model.js';
import { findTableRegion } from './table-region.js';
import { tableToRecords } from './table-to-records.js';

/**
 * The recognition pipeline on the neutral document model: glossary first (executors are read
 * with it), then the plan body (a table with a header, or a numbered free layout), then the
 * parts around it (approval, title, period, elections, narrative), then the tree.
 */
export interface BuildOptions {
  fileName?: string;
  directory?: ImportDirectory;
}

export function buildDraft(doc: SourceDocument, options: BuildOptions = {}): PlanDraft {
  const warnings: ImportWarning[] = [];
  const warn = (message: string, line: number | null): void => {
    if (!warnings.some((w) => w.message === message && w.line === line)) warnings.push({ message, line });
  };
  const blocks = doc.blocks;

  const list = parseAbbreviationList(glossaryLines(blocks));
  const inline = findInlineDefinitions(textsMatching(blocks, INLINE_HINT));
  const glossary = mergeAbbreviations(list.entries, inline);
  const matcher = createExecutorMatcher(glossary, options.directory, warn);

  let records: PlanRecord[];
  let columns: Column[];
  let bodyStart: number;
  let bodyEnd: number;
  const region = findTableRegion(blocks);
  if (region) {
    records = tableToRecords(region, matcher.vocab, warn);
    columns = region.columns;
    bodyStart = region.headerStart;
    bodyEnd = region.end;
  } else {
    const free = freeLayoutToRecords(blocks, matcher.vocab, warn);
    if (!free) throw notAPlan();
    records = free.records;
    columns = defaultColumns();
    bodyStart = free.start;
    bodyEnd = free.end;
  }
  if (!records.some((r) => r.title || r.number)) throw notAPlan();

  const { title, kind, period, approval, elections, description } = parseHeader(blocks.slice(0, bodyStart), blocks.slice(bodyEnd), { fileName: options.fileName, glossaryLines: list.lines }, warn);

  const tree = buildTree(records, warn);
  const context = { period, elections };
  // Big plans repeat the same few deadline phrases thousands of times.
  const deadlines = new Map<string, DraftDeadline>();
  const deadlineOf = (text: string): DraftDeadline => {
    let d = deadlines.get(text);
    if (!d) deadlines.set(text, (d = toDraftDeadline(text, context)));
    return { text: d.text, kind: d.kind, windows: d.windows.map((w) => ({ ...w })) };
  };
  const toItem = (node: TreeNode): DraftItem => {
    const r = node.record;
    if (!r.title) warn(`У пункта ${node.number ?? ''} нет наименования`, r.line);
    const item: DraftItem = {
      number: node.number,
      title: r.title,
      deadline: r.deadline ? deadlineOf(r.deadline) : null,
      executors: [...matcher.parse(r.executors, r.line), ...matcher.parse(r.coExecutors, r.line, 'co_executor')],
      fields: { ...r.fields },
      children: node.children.map(toItem),
      kind: node.kind,
      line: r.line,
    };
    return item;
  };
  const items = tree.map(toItem);

  return {
    title,
    kind,
    period,
    approval,
    abbreviations: glossary,
    description,
    items,
    warnings,
    columns: columns.map(({ key, title: columnTitle, role }) => ({ key, title: columnTitle, role })),
    elections,
  };
}

/** Only the blocks after a «сокращения» heading can hold the glossary; the rest need not be read twice. */
function glossaryLines(blocks: SourceDocument['blocks']) {
  const lines = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.kind === 'para' ? b.text : b.cells.map((c) => c.text).join(' ');
    if (text.length < 80 && GLOSSARY_HINT.test(text)) {
      lines.push(...toDocLines(blocks.slice(i, i + 300)));
      i += 299;
    }
  }
  return lines;
}

function notAPlan(): ImportError {
  return new ImportError(
    'import_not_a_plan',
    'В файле не найден план: нет ни таблицы с заголовками колонок (наименование, срок, исполнители), ни нумерованных пунктов.',
  );
}

export type { ExecutorMatcher };
