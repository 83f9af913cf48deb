import type { ExecutorVocabulary } from '../records/cell-classify.js';
import { defaultColumns } from '../records/column-roles.js';
import type { PlanRecord, Warn } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';
import { readAlignedColumns } from './aligned-columns.js';
import { readDashTermRows } from './dash-term-rows.js';
import { readFreeText } from './free-text.js';
import { readGluedCells } from './glued-cells.js';
import { readHeaderlessTable } from './headerless-table.js';
import { readListedItems } from './listed-items.js';
import { readRunOnRows } from './run-on-rows.js';
import { readToldItems } from './told-items.js';
import { readLineCells } from './line-cells.js';
import { findTableRegion, type TableRegion } from './table.js';

/**
 * A layout recogniser: how well a document fits its layout (0 — not at all, 1 — surely), and the
 * rows it reads. Every recogniser gives the same rows-of-cells shape, so one path takes them to
 * records, the tree and the draft. A new layout is a new recogniser here plus its fixtures.
 */
export interface LayoutReading {
  region: TableRegion;
  /** Free text is read straight into records; its rows are what the wizard shows. */
  records?: PlanRecord[];
}

export interface LayoutRecogniser {
  name: 'table' | 'aligned' | 'line-cells' | 'run-on' | 'free-text' | 'listed' | 'headerless' | 'told';
  fit(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn): number;
  read(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn): LayoutReading | null;
}

/** One reading per document and recogniser: `fit` and `read` share it. */
function cached(
  name: LayoutRecogniser['name'],
  confidence: number,
  readOnce: (blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn) => LayoutReading | null,
): LayoutRecogniser {
  const memo = new WeakMap<readonly SourceBlock[], LayoutReading | null>();
  const read = (blocks: readonly SourceBlock[], vocab: ExecutorVocabulary, warn: Warn): LayoutReading | null => {
    if (!memo.has(blocks)) memo.set(blocks, readOnce(blocks, vocab, warn));
    return memo.get(blocks) ?? null;
  };
  return { name, read, fit: (blocks, vocab, warn) => (read(blocks, vocab, warn) ? confidence : 0) };
}

/** In order of confidence: a header row names the columns; without one the reading is a guess. */
export const RECOGNISERS: readonly LayoutRecogniser[] = [
  cached('table', 1, (blocks) => wrap(findTableRegion(blocks))),
  // Columns of spaces (PDF converted to text, monospace legal copies): the left edges many lines share, a numbered first column.
  cached('aligned', 0.97, (blocks) => wrap(readAlignedColumns(blocks))),
  // Headings on one line over a column-number row that counts them: a signature no other reading shares.
  cached('run-on', 0.95, (blocks, vocab) => wrap(readRunOnRows(blocks, vocab))),
  cached('line-cells', 0.9, (blocks) => wrap(readLineCells(blocks))),
  // Cells glued into one line per row (a site lost the separators): a variant of cells flattened onto lines.
  cached('line-cells', 0.85, (blocks) => wrap(readGluedCells(blocks))),
  // A table the file itself parts into cells (Word, HTML, tabs) whose rows carry numbers and terms or
  // executors is a plan's table that lost its header row: its cells are surer than a line-by-line guess.
  cached('headerless', 0.65, (blocks, vocab) => wrap(plainHeaderlessTable(readHeaderlessTable(blocks, vocab)))),
  // Rows of a measure line, an executor line and term lines opening with a dash (a news site's copy of a calendar plan).
  cached('listed', 0.62, (blocks, vocab) => recordsReading(readDashTermRows(blocks, vocab))),
  cached('free-text', 0.6, (blocks, vocab, warn) => recordsReading(readFreeText(blocks, vocab, warn))),
  cached('listed', 0.5, (blocks, vocab, warn) => recordsReading(readListedItems(blocks, vocab, warn))),
  cached('headerless', 0.3, (blocks, vocab) => wrap(readHeaderlessTable(blocks, vocab))),
  // Never a dead end: two numbered measures are still a plan when nothing else reads the file.
  cached('free-text', 0.2, (blocks, vocab, warn) => recordsReading(readFreeText(blocks, vocab, warn, 2))),
  cached('free-text', 0.1, (blocks, vocab, warn) => recordsReading(readFreeText(blocks, vocab, warn, 1))),
  // Last of all: measures told in the sentences of a news text, when nothing has the shape of a plan.
  cached('told', 0.05, (blocks, _vocab, warn) => recordsReading(readToldItems(blocks, warn))),
];

/** A headerless reading is trusted over free text only with numbered rows and a term or executor column. */
function plainHeaderlessTable(region: TableRegion | null): TableRegion | null {
  if (!region || region.rows.length < 3) return null;
  const roles = new Set(region.columns.map((c) => c.headerRole));
  return roles.has('number') && roles.has('title') && (roles.has('deadline') || roles.has('executors')) ? region : null;
}

const wrap = (region: TableRegion | null): LayoutReading | null => (region ? { region } : null);

/** Layouts read straight into records show the wizard one row per record, in the default columns. */
function recordsReading(free: { records: PlanRecord[]; start: number; end: number } | null): LayoutReading | null {
  if (!free) return null;
  const columns = defaultColumns();
  if (free.records.some((r) => r.fields.legal_basis))
    columns.push({ key: 'legal_basis', title: 'Правовое основание', role: 'legal_basis', headerRole: 'legal_basis' });
  const region: TableRegion = {
    columns,
    headerStart: free.start,
    end: free.end,
    header: [],
    rows: free.records.map((r) => ({
      line: r.line,
      cells: [r.number ?? '', r.title, r.deadline, r.executors, ...(columns.length > 4 ? [r.fields.legal_basis ?? ''] : [])].map((text, k) => ({
        text,
        bold: k === 1 && (r.sectionHint || r.kind === 'section'),
      })),
    })),
  };
  return { region, records: free.records };
}

/** The recogniser that fits best (the first of equals), with its reading. */
export function recognise(
  blocks: readonly SourceBlock[],
  vocab: ExecutorVocabulary,
  warn: Warn,
): { recogniser: LayoutRecogniser; reading: LayoutReading } | null {
  let empty: { recogniser: LayoutRecogniser; reading: LayoutReading } | null = null;
  for (const recogniser of RECOGNISERS) {
    // Confidences are fixed per recogniser and ordered: the first that fits is the best.
    const confidence = recogniser.fit(blocks, vocab, warn);
    if (confidence <= 0) continue;
    // A header row with no rows under it («№ | Мероприятие | Срок |» typed on one line above
    // cells closed one per line) yields to another table reading that finds the rows; only
    // guesses without a header (free text, headerless) never overrule a found header.
    if (empty && confidence < TABLE_LIKE) break;
    const reading = recogniser.read(blocks, vocab, warn)!;
    if (reading.region.rows.length > 0 || reading.records?.length) return { recogniser, reading };
    empty ??= { recogniser, reading };
  }
  return empty;
}

const TABLE_LIKE = 0.9;
