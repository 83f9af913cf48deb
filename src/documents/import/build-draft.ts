import type { DraftItem, ImportOverrides, PlanDraft } from '../../shared/plan-format.js';
import { accountForRows, type SourceRowText } from './records/account.js';
import type { ExecutorVocabulary } from './records/cell-classify.js';
import { applyOverrides } from './records/overrides.js';
import {
  findInitialisms,
  findInlineDefinitions,
  GLOSSARY_HINT,
  INITIALISM_HINT,
  INLINE_HINT,
  mergeAbbreviations,
  opensGlossary,
  parseAbbreviationList,
} from './abbreviations.parse.js';
import { toNominative } from './authority.parse.js';
import type { Column } from './records/column-roles.js';
import { toDraftDeadline, type DraftDeadline } from './records/deadline-adapter.js';
import { textsMatching, toDocLines } from './doc-lines.js';
import { markToldSections } from './told-sections.js';
import { createExecutorMatcher, type ExecutorMatcher, type ImportDirectory } from './records/executors.parse.js';
import { parseHeader } from './header.parse.js';
import { ImportError, type DocumentHeader } from './import-error.js';
import { emptyRecord, type ImportWarning, type PlanRecord, type Warn } from './records/plan-record.js';
import { buildTree, type TreeNode } from './records/rows-to-items.js';
import type { SourceDocument } from './readers/source-model.js';
import { findHeaderOnlyTable } from './layouts/header-only.js';
import { recognise } from './layouts/layout.js';
import { tableToRecords } from './records/table-to-records.js';
/**
 * The recognition pipeline on the neutral document model: glossary first (executors are read
 * with it), then the plan body (a table with a header, or a numbered free layout), then the
 * parts around it (approval, title, period, elections, narrative), then the tree.
 */
export interface BuildOptions {
  fileName?: string;
  directory?: ImportDirectory;
  /** Corrections from the import wizard (column roles, headings, merged/split/deleted rows). */
  overrides?: ImportOverrides;
}

export function buildDraft(doc: SourceDocument, options: BuildOptions = {}): PlanDraft {
  const warnings: ImportWarning[] = [];
  const seen = new Set<string>();
  const warn = (message: string, line: number | null): void => {
    const key = `${line}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push({ message, line });
  };
  const blocks = doc.blocks;

  const list = parseAbbreviationList(glossaryLines(blocks));
  const inline = findInlineDefinitions(textsMatching(blocks, INLINE_HINT));
  const initialisms = initialismsOf(blocks);
  const glossary = mergeAbbreviations(list.entries, inline, initialisms);
  const matcher = createExecutorMatcher(glossary, options.directory, warn);

  const body = readBody(blocks, matcher.vocab, warn, options.overrides) ?? headerOnlyBody(blocks, warn);
  const bodyStart = body?.start ?? blocks.length;
  const bodyEnd = body?.end ?? blocks.length;

  const header = parseHeader(
    blocks.slice(0, bodyStart),
    blocks.slice(bodyEnd),
    { fileName: options.fileName, glossaryLines: list.lines, columnTitles: body?.sourceColumns.map((c) => c.title) ?? [] },
    warn,
  );
  const { title, kind, period, approval, elections, description } = header;
  if (!body) {
    // No rows at all: refused, but what the header says is kept so the user sees what was read — a news text without
    // the plan's name may still tell the voting day.
    throw notAPlan(header.titleFound || elections.length > 0 ? { title, approval, period, elections, abbreviations: glossary } : undefined);
  }
  const { records, columns } = body;
  markToldSections(records, blocks.slice(0, bodyStart), blocks.slice(bodyEnd), warn);

  const tree = buildTree(records, warn);
  const context = { period, elections };
  // Big plans repeat the same few deadline phrases thousands of times.
  const deadlines = new Map<string, DraftDeadline>();
  const deadlineOf = (text: string): DraftDeadline => {
    let d = deadlines.get(text);
    if (!d) deadlines.set(text, (d = toDraftDeadline(text, context)));
    return { text: d.text, kind: d.kind, windows: d.windows.map((w) => ({ ...w })) };
  };
  const executorColumns = columns.filter((c) => c.role === 'executors' || c.role === 'co_executors');
  const severalExecutorColumns = executorColumns.length > 1;
  if (severalExecutorColumns) {
    const names = executorColumns.map((c) => `«${c.title}»`).join(', ');
    const line = records[0]?.line ?? null;
    warn(
      `${line !== null ? `строка ${line}: ` : ''}${executorColumns.length} колонки исполнителей (${names}) — все сохранены, каждый исполнитель помнит свою колонку`,
      line,
    );
  }
  const firstOf = (role: string): Column | undefined => columns.find((c) => c.role === role);
  const executorsOf = (r: PlanRecord): { executors: DraftItem['executors']; fields: Record<string, string> } => {
    const fields = { ...r.fields };
    const out: DraftItem['executors'] = [];
    for (const column of executorColumns) {
      const role = column.role === 'co_executors' ? 'co_executor' : 'responsible';
      let text: string;
      if (column === firstOf(column.role)) text = column.role === 'executors' ? r.executors : r.coExecutors;
      else {
        text = fields[column.key] ?? '';
        delete fields[column.key];
      }
      for (const e of matcher.parse(text, r.line, role)) out.push(severalExecutorColumns ? { ...e, column: column.key } : e);
    }
    if (executorColumns.length === 0) out.push(...matcher.parse(r.executors, r.line), ...matcher.parse(r.coExecutors, r.line, 'co_executor'));
    return { executors: out, fields };
  };
  const toItem = (node: TreeNode): DraftItem => {
    const r = node.record;
    if (!r.title) warn(`У пункта ${node.number ?? ''} нет наименования`, r.line);
    const { executors, fields } = executorsOf(r);
    const item: DraftItem = {
      number: node.number,
      title: r.title,
      deadline: r.deadline ? deadlineOf(r.deadline) : null,
      executors,
      fields,
      children: node.children.map(toItem),
      kind: node.kind,
      line: r.line,
    };
    return item;
  };
  const items = tree.map(toItem);

  const draft: PlanDraft = {
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
  // The account of every source cell: what no part of the draft took is named at its row.
  warnings.push(...accountForRows(body.sourceRows, draft));
  draft.source = {
    layout: body.layout,
    columns: body.sourceColumns.map((c, index) => ({ index, title: c.title, role: c.role })),
    rows: body.sourceRows.map((r) => ({ line: r.line, cells: [...r.cells] })),
  };
  return draft;
}

interface Body {
  layout: string;
  records: PlanRecord[];
  columns: Column[];
  start: number;
  end: number;
  /** The rows as read, before the user's corrections: what the wizard shows. */
  sourceRows: SourceRowText[];
  sourceColumns: Column[];
}

/**
 * The plan body by the layout recogniser that fits best (layouts/layout.ts). Every recogniser
 * gives rows; the user's overrides apply to those rows before they become records.
 */
function readBody(blocks: SourceDocument['blocks'], vocab: ExecutorVocabulary, warn: Warn, overrides: ImportOverrides | undefined): Body | null {
  const found = recognise(blocks, vocab, warn);
  if (!found) return null;
  const layout = found.recogniser.name;
  const { region, records: freeRecords } = found.reading;
  const sourceRows = region.rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.text) }));
  const sourceColumns = region.columns.map((c) => ({ ...c }));
  if (freeRecords && !overrides) {
    return usable({ layout, records: freeRecords, columns: region.columns, start: region.headerStart, end: region.end, sourceRows, sourceColumns });
  }
  if (layout === 'headerless') {
    const first = region.rows[0]!.line;
    warn(
      `строка ${first}: у таблицы нет строки заголовков — колонки определены по содержимому (${region.columns.map((c) => c.title).join(', ')}); проверьте их`,
      first,
    );
  }
  if (region.positional) {
    const first = region.rows[0]!.line;
    warn(`строка ${first}: строки таблицы без номеров — ячейки сгруппированы по ${region.columns.length} в строку по порядку; проверьте строки`, first);
  }
  if (region.runOn && region.columns.length > 3) {
    const first = region.rows[0]!.line;
    const titleAt = region.columns.findIndex((c) => c.role === 'title');
    const runTogether = region.columns.slice(titleAt + 1, region.runOnUntil).map((c) => `«${c.title}»`);
    // One column left between the title and the organisers holds just its own cell.
    if (runTogether.length > 1)
      warn(
        `строка ${first}: ячейки строк разделены одиночными пробелами — после наименования колонки ${runTogether.join(', ')} записаны вместе в колонку ${runTogether[0]}; разделите их`,
        first,
      );
  }
  if (region.runOnByWords) {
    const first = region.rows[0]!.line;
    warn(
      `строка ${first}: ячейки строк разделены одиночными пробелами, строки с номерами колонок нет — срок найден по словам, которыми он начинается («в течение», «до», «не позднее» …), или по последней дате строки, исполнители — с первого слова с заглавной буквы после срока; проверьте строки`,
      first,
    );
  }
  for (const row of region.trailing ?? [])
    warn(`строка ${row.line}: таблица после плана (подписи, согласования) не принята за его пункты — «${row.text}»`, row.line);
  for (const note of region.notes ?? []) warn(`строка ${note.line}: примечание правовой базы внутри таблицы не входит в план — «${note.text}»`, note.line);
  const used = overrides ? applyOverrides(region, overrides, warn) : region;
  const records = tableToRecords(used, vocab, warn);
  markCutRow(records, region.cutInsideRow, warn);
  return usable({ layout, records, columns: used.columns, start: region.headerStart, end: region.end, sourceRows, sourceColumns });
}

/** The row the page ended inside keeps its kind of a measure; its missing term and executors are said, not guessed. */
function markCutRow(records: PlanRecord[], line: number | undefined, warn: Warn): void {
  if (line === undefined) return;
  const cut = records.find((r) => r.line === line);
  if (!cut) return;
  cut.cutByPage = true;
  warn(`строка ${line}: файл обрывается внутри этой строки таблицы — её срок и исполнители не попали в файл; проверьте пункт по документу`, line);
}

/** A table whose header arrived without rows: kept with its columns, never refused (layouts/header-only.ts). */
function headerOnlyBody(blocks: SourceDocument['blocks'], warn: Warn): Body | null {
  const found = findHeaderOnlyTable(blocks);
  if (!found) return null;
  const titles = found.columns.map((c) => `«${c.title}»`).join(', ');
  warn(
    `строка ${found.line}: найдена только шапка таблицы (${titles}), строк плана после нее нет — вероятно, файл обрезан; добавьте пункты вручную или загрузите полный файл`,
    found.line,
  );
  // A section row under the header is kept: the user sees where the cut plan was going.
  const records = found.sections.map(({ line, title }) => ({ ...emptyRecord(line), kind: 'section' as const, title, sectionHint: true }));
  return {
    layout: 'header-only',
    records,
    columns: found.columns,
    start: found.start,
    end: found.end,
    sourceRows: found.sections.map(({ line, title }) => ({ line, cells: found.columns.map((_, k) => (k === titleColumn(found.columns) ? title : '')) })),
    sourceColumns: found.columns.map((c) => ({ ...c })),
  };
}

const titleColumn = (columns: readonly Column[]): number =>
  Math.max(
    0,
    columns.findIndex((c) => c.role === 'title'),
  );

const usable = (body: Body): Body | null => (body.records.some((r) => r.title || r.number) ? body : null);

/**
 * «ЦИК Республики Карелия» spelled out elsewhere in the text. Only documents that use such an
 * abbreviation pay for reading their text (the head of the document, where acts name bodies).
 */
function initialismsOf(blocks: SourceDocument['blocks']) {
  const head = blocks.slice(0, 400);
  if (textsMatching(head, INITIALISM_HINT).length === 0) return [];
  return findInitialisms(textsMatching(head, /избирательн|комисси/i).concat(textsMatching(head, INITIALISM_HINT)), toNominative);
}

/** Only the blocks after a «сокращения» heading can hold the glossary; the rest need not be read twice. */
function glossaryLines(blocks: SourceDocument['blocks']) {
  const lines = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.kind === 'para' ? b.text : b.cells.map((c) => c.text).join(' ');
    if ((text.length < 80 && GLOSSARY_HINT.test(text)) || opensGlossary(text)) {
      lines.push(...toDocLines(blocks.slice(i, i + 300)));
      i += 299;
    }
  }
  return lines;
}

function notAPlan(header?: DocumentHeader): ImportError {
  const found = header ? ' Найден только текст вокруг плана (заголовок, гриф), а строк плана в файле нет.' : '';
  return new ImportError(
    'import_not_a_plan',
    `В файле не найден план: нет ни таблицы с заголовками колонок (наименование, срок, исполнители), ни нумерованных пунктов.${found}`,
    header ? { header } : undefined,
  );
}

export type { ExecutorMatcher };
