import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { findInlineDefinitions, mergeAbbreviations, parseAbbreviationList } from './abbreviations.parse.js';
import { parseApproval, parseResolutionHeader } from './approval.parse.js';
import { defaultColumns, type Column } from './column-roles.js';
import { toDraftDeadline, type DraftDeadline } from './deadline-adapter.js';
import { parseDescription } from './description.parse.js';
import { textsMatching, toDocLines } from './doc-lines.js';
import { parseElections } from './elections.parse.js';
import { createExecutorMatcher, type ExecutorMatcher, type ImportDirectory } from './executors.parse.js';
import { freeLayoutToRecords } from './free-layout.js';
import { ImportError } from './import-error.js';
import type { ImportWarning, PlanRecord } from './plan-record.js';
import { buildTree, type TreeNode } from './rows-to-items.js';
import type { SourceDocument } from './source-model.js';
import { findTableRegion } from './table-region.js';
import { readLineCells } from './layouts/line-cells.js';
import { readHeaderlessTable } from './layouts/headerless-table.js';
import { tableToRecords } from './table-to-records.js';
import { findPeriod, findTitle, guessKind } from './title.parse.js';

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
  const inline = findInlineDefinitions(textsMatching(blocks, /далее/i));
  const glossary = mergeAbbreviations(list.entries, inline);
  const matcher = createExecutorMatcher(glossary, options.directory, warn);

  let records: PlanRecord[];
  let columns: Column[];
  let bodyStart: number;
  let bodyEnd: number;
  const region = findTableRegion(blocks) ?? readLineCells(blocks);
  if (region) {
    records = tableToRecords(region, matcher.vocab, warn);
    columns = region.columns;
    bodyStart = region.headerStart;
    bodyEnd = region.end;
  } else {
    const free = freeLayoutToRecords(blocks, matcher.vocab, warn);
    const headerless = free ? null : readHeaderlessTable(blocks, matcher.vocab);
    if (free) {
      records = free.records;
      columns = defaultColumns();
      bodyStart = free.start;
      bodyEnd = free.end;
    } else if (headerless) {
      const first = headerless.rows[0]!.line;
      warn(
        `строка ${first}: у таблицы нет строки заголовков — колонки определены по содержимому (${headerless.columns.map((c) => c.title).join(', ')}); проверьте их`,
        first,
      );
      records = tableToRecords(headerless, matcher.vocab, warn);
      columns = headerless.columns;
      bodyStart = headerless.headerStart;
      bodyEnd = headerless.end;
    } else throw notAPlan();
  }
  if (!records.some((r) => r.title || r.number)) throw notAPlan();

  const preamble = toDocLines(blocks.slice(0, bodyStart));
  const around = [...preamble, ...toDocLines(blocks.slice(bodyEnd))];
  const approval = parseApproval(preamble) ?? parseApproval(around) ?? parseResolutionHeader(preamble);
  const elections = parseElections(around);
  const used = new Set<number>([...(approval?.lines ?? []), ...list.lines, ...elections.map((e) => e.line)]);
  const titleFound = findTitle(preamble, used);
  let title = titleFound?.title ?? '';
  if (!title) {
    title = options.fileName ? options.fileName.replace(/\.[^.]+$/, '') : 'План без названия';
    warn(`Название плана не найдено; использовано «${title}»`, null);
  }
  for (const l of titleFound?.lines ?? []) used.add(l);

  let period = findPeriod(title);
  if (!period) {
    period = findPeriod(preamble.filter((l) => !approval?.lines.has(l.line)).map((l) => l.text).join('\n'));
    if (period) warn('Период плана взят из текста перед таблицей, а не из названия', null);
    else warn('Период плана не найден: сроки без года останутся неразрешёнными', null);
  }
  const description = parseDescription(preamble, used);
  const kind = guessKind(title, { description: description !== null, elections: elections.length > 0 });
  if (!approval) warn('Гриф утверждения (кем, когда, номер) не найден', null);

  const tree = buildTree(records, warn);
  const context = { period, elections: elections.map(({ name, votingDay }) => ({ name, votingDay })) };
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
    warn(`${line !== null ? `строка ${line}: ` : ''}${executorColumns.length} колонки исполнителей (${names}) — все сохранены, каждый исполнитель помнит свою колонку`, line);
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

  return {
    title,
    kind,
    period,
    approval: approval ? { authority: approval.authority, date: approval.date, number: approval.number, ...(approval.appendix ? { appendix: approval.appendix } : {}) } : null,
    abbreviations: glossary,
    description,
    items,
    warnings,
    columns: columns.map(({ key, title: columnTitle, role }) => ({ key, title: columnTitle, role })),
    elections: elections.map(({ name, votingDay }) => ({ name, votingDay })),
  };
}

/** Only the blocks after a «сокращения» heading can hold the glossary; the rest need not be read twice. */
function glossaryLines(blocks: SourceDocument['blocks']) {
  const lines = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.kind === 'para' ? b.text : b.cells.map((c) => c.text).join(' ');
    if (text.length < 80 && /сокращени|обозначени/i.test(text)) {
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
