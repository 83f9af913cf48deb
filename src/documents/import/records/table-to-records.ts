import { alignCells } from './align-cells.js';
import { TextJoiner, cleanCell, endsDangling, joinLines, startsLowercase } from '../cell-text.js';
import { isColumnNumberRow, isDeadlineLike, isMonthHeading, isSeparatorRow, type ExecutorVocabulary } from './cell-classify.js';
import { assignKeys, splitDeadlineEnd, type Column } from './column-roles.js';
import { isLawReference, leadingExecutorThenLaw, trailingLawReference } from './law-reference.js';
import { articleLineAfterTerm } from './term-paragraphs.js';
import { isHeaderRow } from './column-roles.js';
import { isHeadingLine } from '../layouts/line-cells.js';
import { FOOTNOTE_MARK, numberDepth, parentNumber, parseLeadingNumber, parseNumberCell, type LeadingNumber } from './numbering.js';
import { emptyRecord, hasDetails, type PlanRecord, type Warn } from './plan-record.js';
import type { TableRegion } from '../layouts/table.js';

/**
 * Table rows → plan records. Handles what page breaks and converters do to a Word table:
 * repeated headers and «1 2 3 4» rows, rows continued on the next page, month headings,
 * merged cells, section rows, and cells that slid into the wrong column.
 */
export function tableToRecords(region: TableRegion, vocab: ExecutorVocabulary, warn: Warn): PlanRecord[] {
  const { columns } = region;
  // Cells are placed under the columns the source has: a legal-basis column the reading adds
  // after the first law reference (takeLegalBasis) must not draw the next rows' cells into it.
  const sourceColumns = columns.slice();
  const headerSignature = signature(region.header);
  const headerWords = new Set(headerSignature.split('|'));
  const records: PlanRecord[] = [];
  let lastItem: PlanRecord | null = null;
  let month: string | null = null;
  // A month or quarter heading whose rows all carry their own deadline gives none of them its text:
  // it is named in a warning instead of vanishing.
  let monthHeading: { text: string; line: number; used: boolean } | null = null;
  const closeHeading = (): void => {
    if (monthHeading && !monthHeading.used)
      warn(`строка ${monthHeading.line}: заголовок «${monthHeading.text}» — у пунктов под ним свои сроки, в план он не вошёл`, monthHeading.line);
    monthHeading = null;
  };
  let pageBreak = false;
  const byRole = (role: string) => columns.findIndex((c) => c.role === role);
  const goalIndex = byRole('goal');
  const merger = new Merger();
  const numberIndex = byRole('number');
  const deadlineEnd = splitDeadlineEnd(columns);
  // In a plan whose rows are numbered, a lone unnumbered line across the table is a heading.
  const numberedRows = numberIndex < 0 ? 0 : region.rows.filter((r) => !!parseNumberCell(cleanCell(r.cells[numberIndex]?.text ?? ''))).length;
  const numberedPlan = numberedRows >= 2 && numberedRows * 2 >= region.rows.length;

  for (const row of region.rows) {
    const raw = row.cells.map((c) => cleanCell(c.text));
    if (raw.every((t) => t === '') && !row.cells.some((c) => c.mergedFrom)) continue;
    if (isSeparatorRow(raw) || isColumnNumberRow(raw)) {
      pageBreak = true;
      continue;
    }
    if (signature(raw) === headerSignature || (overlap(raw, headerWords) >= 0.6 && isHeaderRow(raw))) {
      pageBreak = true;
      continue;
    }
    const filled = raw.filter((t) => t !== '');
    if (filled.length === 1 && isMonthHeading(filled[0]!)) {
      month = filled[0]!.replace(/\.$/, '');
      closeHeading();
      monthHeading = { text: month, line: row.line, used: false };
      pageBreak = false;
      continue;
    }

    // A lone bold or capitalised line across the table is a heading, whatever its words read like.
    const titleIndex = byRole('title');
    const lone = row.cells.filter((c) => c.text.trim() !== '');
    const loneText = lone.length === 1 ? cleanCell(lone[0]!.text) : '';
    const loneAt = lone.length === 1 ? row.cells.indexOf(lone[0]!) : -1;
    const heading =
      lone.length === 1 &&
      titleIndex >= 0 &&
      (lone[0]!.bold ||
        isHeadingLine(loneText) ||
        // One cell drawn across a table of several columns (a box-drawing table prints it between
        // borders that close every column), not a short row: the plan's own section line.
        ((numberedPlan || ((row.cells.length === 1 || spansToEdge(lone[0]!, loneAt, row.cells.length)) && columns.length >= 3)) &&
          (loneAt === 0 || loneAt === titleIndex) &&
          /^[«"А-ЯЁA-Z]/.test(loneText) &&
          loneText.length < 250 &&
          !parseNumberCell(loneText) &&
          !parseLeadingNumber(loneText, { requireText: true }) &&
          !isDeadlineLike(loneText)));
    // «I | Биринчи квартал | | |», «II | II квартал | | |»: a numbered row whose only text names a part of
    // the year is the plan's section for it, not a row with that text as its deadline and no title.
    const partText =
      filled.length === 2 && numberIndex >= 0 && titleIndex >= 0 && parseNumberCell(raw[numberIndex] ?? '')
        ? row.cells.find((c, k) => k !== numberIndex && c.text.trim() !== '')
        : undefined;
    const partOfYear = !heading && !!partText && isMonthHeading(cleanCell(partText.text).replace(/\.$/, ''));
    const aligned = heading
      ? columns.map((_, k) => (k === titleIndex ? [lone[0]!] : []))
      : partOfYear
        ? columns.map((_, k) => (k === titleIndex ? [partText!] : k === numberIndex ? [row.cells[numberIndex]!] : []))
        : region.pinned
          ? columns.map((_, k) => (row.cells[k] ? [row.cells[k]] : []))
          : alignCells(row.cells, sourceColumns, vocab);
    const cleaned = new Map(row.cells.map((c, i) => [c, raw[i]!] as const));
    const cellText = (index: number, mode: 'prose' | 'list' = 'prose'): string =>
      index < 0
        ? ''
        : joinLines(
            (aligned[index] ?? []).map((c) => (mode === 'prose' ? (cleaned.get(c) ?? cleanCell(c.text)) : cleanCell(c.text, mode))),
            mode,
          );
    // A merged executors cell is a list on every row it covers, as on its first: its lines stay apart.
    const merged = (index: number, mode: 'prose' | 'list' = 'prose'): string => {
      if (index < 0) return '';
      const cells = aligned[index] ?? [];
      return cells.every((c) => !c.text.trim()) ? cleanCell(cells.find((c) => c.mergedFrom)?.mergedFrom ?? '', mode) : '';
    };

    // A goal column (strategic plans) opens a section that spans the rows below it.
    if (goalIndex >= 0) {
      const goal = cellText(goalIndex);
      if (goal) {
        if (startsLowercase(goal) && lastItem) {
          const key = columns[goalIndex]!.key;
          merger.addField(lastItem, key, goal);
          warn(`Фрагмент «${short(goal)}» в колонке «${columns[goalIndex]!.title}» отнесён к предыдущему пункту`, row.line);
        } else {
          const n = parseLeadingNumber(goal, { requireText: true });
          const section = emptyRecord(row.line);
          section.kind = 'section';
          section.sectionHint = true;
          section.number = n?.number ?? null;
          section.alias = n?.alias ?? null;
          section.marker = n?.sectionMarker ?? false;
          section.title = n ? n.rest : goal;
          records.push(section);
          month = null;
          closeHeading();
        }
      }
    }

    const record = emptyRecord(row.line);
    const bold = row.cells.filter((c) => c.text.trim() !== '').every((c) => c.bold);
    let number: LeadingNumber | null = null;
    let title = cellText(byRole('title'));
    const numberText = cellText(byRole('number'));
    if (numberText) {
      const n = parseNumberCell(numberText);
      if (n) {
        number = n;
        // A footnote mark printed under the number («1.1» / «<*>») refers to the row, not to the
        // start of its title: it goes after the title, where a reader looks for such marks.
        if (n.rest && FOOTNOTE_MARK.test(n.rest) && title) title = `${title} ${n.rest}`;
        else if (n.rest) title = title ? joinLines([n.rest, title]) : n.rest;
      } else {
        title = title ? joinLines([numberText, title]) : numberText;
      }
    }
    if (!number && title) {
      const n = parseLeadingNumber(title, { requireText: true });
      if (n) {
        number = n;
        title = n.rest;
      }
    }
    record.number = number?.number ?? null;
    record.alias = number?.alias ?? null;
    record.marker = number?.sectionMarker ?? false;
    record.title = title;
    record.deadline = cellText(byRole('deadline')) || merged(byRole('deadline'));
    if (deadlineEnd !== null) record.deadline = joinSplitTerm(record.deadline, cellText(deadlineEnd) || merged(deadlineEnd));
    record.executors = cellText(byRole('executors'), 'list') || merged(byRole('executors'), 'list');
    record.coExecutors = cellText(byRole('co_executors'), 'list') || merged(byRole('co_executors'), 'list');
    columns.forEach((col, index) => {
      if (['number', 'title', 'deadline', 'goal'].includes(col.role)) return;
      // The first executors column fills `executors`; further ones («Ответственные от аппарата»)
      // travel as fields under their own key and become executors that remember their column.
      if ((col.role === 'executors' || col.role === 'co_executors') && byRole(col.role) === index) return;
      const value = cellText(index);
      if (value) record.fields[col.key] = value;
    });
    takeLegalBasis(record, columns, row.line, warn);
    record.sectionHint = (heading && !hasDetails(record)) || (bold && !hasDetails(record)) || !!number?.sectionMarker || /^раздел\s/i.test(title);

    const target = lastItem ?? records[records.length - 1] ?? null;
    if (!record.title && !record.number) {
      if (hasDetails(record) && target) {
        merger.merge(target, record);
        warnContinuation(target, row.line, warn);
        pageBreak = false;
        continue;
      }
      if (!hasDetails(record)) {
        pageBreak = false;
        continue;
      }
      // Nothing above to continue: the row is kept as an item of its own rather than dropped.
      warn(`строка ${row.line}: у строки нет наименования, её колонки сохранены как отдельный пункт`, row.line);
    }
    if (!record.number && target && isContinuation(record, merger.titleTail(target), pageBreak)) {
      merger.merge(target, record);
      warnContinuation(target, row.line, warn);
      pageBreak = false;
      continue;
    }
    pageBreak = false;
    if (record.sectionHint && !hasDetails(record)) {
      month = null;
      closeHeading();
    }
    record.monthGroup = month;
    if (monthHeading && month && !record.deadline) monthHeading.used = true;
    for (const r of splitNumberedTitle(record, warn)) {
      records.push(r);
      lastItem = r;
    }
  }
  merger.finish();
  closeHeading();
  deadlinesFromYearColumns(records, columns, warn);
  return records;
}

type MergedField = 'title' | 'deadline' | 'executors' | 'coExecutors';

/**
 * Continuation rows are appended to the row they continue. Texts grow in joiners and are written
 * back once at the end, so a row continued a thousand times costs a thousand appends, not more.
 */
class Merger {
  private joiners = new Map<PlanRecord, Map<string, TextJoiner>>();

  merge(target: PlanRecord, part: PlanRecord): void {
    this.add(target, 'title', target.title, part.title, 'prose');
    this.add(target, 'deadline', target.deadline, part.deadline, 'prose');
    this.add(target, 'executors', target.executors, part.executors, 'list');
    this.add(target, 'coExecutors', target.coExecutors, part.coExecutors, 'list');
    for (const [key, value] of Object.entries(part.fields)) this.addField(target, key, value);
  }

  addField(target: PlanRecord, key: string, value: string): void {
    this.add(target, `field:${key}`, target.fields[key] ?? '', value, 'prose');
  }

  titleTail(record: PlanRecord): string {
    return this.joiners.get(record)?.get('title')?.tail ?? record.title;
  }

  finish(): void {
    for (const [target, joiners] of this.joiners) {
      for (const [key, joiner] of joiners) {
        if (key.startsWith('field:')) target.fields[key.slice(6)] = joiner.toString();
        else target[key as MergedField] = joiner.toString();
      }
    }
    this.joiners.clear();
  }

  private add(target: PlanRecord, key: string, current: string, value: string, mode: 'prose' | 'list'): void {
    if (!value) return;
    let joiners = this.joiners.get(target);
    if (!joiners) this.joiners.set(target, (joiners = new Map()));
    let joiner = joiners.get(key);
    if (!joiner) joiners.set(key, (joiner = TextJoiner.of(current, mode)));
    joiner.add(value);
  }
}

/**
 * Strategic plans mark work per year («I Год / II Год / III Год») instead of a deadline column;
 * the filled year columns are the item's deadline, in words the deadline engine reads.
 */
function deadlinesFromYearColumns(records: PlanRecord[], columns: TableRegion['columns'], warn: Warn): void {
  const years = columns.filter((c) => c.role === 'year_mark');
  if (years.length === 0 || columns.some((c) => c.role === 'deadline')) return;
  const label = (title: string): string => title.split(' — ').pop()!.trim();
  let first: PlanRecord | null = null;
  let count = 0;
  for (const record of records) {
    if (record.deadline || record.kind === 'section') continue;
    const filled = years.filter((c) => (record.fields[c.key] ?? '').trim() !== '');
    if (filled.length === 0) continue;
    record.deadline = filled.map((c) => label(c.title)).join(', ');
    first ??= record;
    count++;
  }
  if (first) {
    warn(`Срок ${count} пунктов составлен из заполненных колонок по годам (например, «${first.deadline}»)`, first.line);
  }
}

/**
 * «Территориальные комиссии (ч.5 ст.10 Закона)»: a law reference closing an executors cell is
 * the item's legal basis, not part of an executor's name. It moves to the legal-basis column
 * (added when the plan has none), so the executor is matched by its name alone.
 */
function takeLegalBasis(record: PlanRecord, columns: Column[], line: number, warn: Warn): void {
  const legalColumn = (): Column => {
    let column = columns.find((c) => c.role === 'legal_basis');
    if (!column) {
      column = { key: '', title: 'Правовое основание', role: 'legal_basis', headerRole: 'legal_basis' };
      columns.push(column);
      assignKeys(columns);
    }
    return column;
  };
  const add = (column: Column, reference: string): void => {
    const current = record.fields[column.key];
    if (current?.includes(reference)) return;
    record.fields[column.key] = current ? `${current}\n${reference}` : reference;
  };
  const law = columns.find((c) => c.role === 'legal_basis');
  const lawText = law ? record.fields[law.key] : undefined;
  // The whole cell went to the legal basis, though it names who acts first («ЦИК, ч. 5 ст. 18 Закона»).
  const leading = !record.executors && law && lawText ? leadingExecutorThenLaw(lawText) : null;
  if (law && leading) {
    record.executors = leading.before;
    record.fields[law.key] = leading.reference;
    warn(`строка ${line}: «${short(leading.before)}» перед ссылкой на закон прочитано как исполнитель`, line);
  }
  const fromExecutors = record.executors
    ? (lawOnOwnLine(record.executors) ?? leadingExecutorThenLaw(record.executors) ?? trailingLawReference(record.executors))
    : null;
  if (fromExecutors) {
    const column = legalColumn();
    record.executors = fromExecutors.before;
    add(column, fromExecutors.reference);
    warn(`строка ${line}: ссылка на закон «${short(fromExecutors.reference)}» из колонки исполнителей перенесена в «${column.title}»`, line);
  }
  const article = record.deadline ? articleLineAfterTerm(record.deadline) : null;
  if (article) {
    record.deadline = article.before;
    add(legalColumn(), article.reference);
  }
  // In a title or a deadline the reference stays where it was printed and is copied as the basis.
  for (const text of [record.title, record.deadline]) {
    const ref = text ? trailingLawReference(text) : null;
    if (!ref) continue;
    const column = legalColumn();
    if (!record.fields[column.key]) add(column, ref.reference);
  }
}

/**
 * «Аймактык шайлоо комиссиялары» / «(«…» КР Мыйзамы) - (мындан ары – Мыйзам) 10-берене, 4-бөлүк»: a line
 * of the executors cell that opens with a bracket and cites a law starts the legal basis, whatever follows it.
 */
function lawOnOwnLine(text: string): { before: string; reference: string } | null {
  const lines = text.split('\n');
  const k = lines.findIndex((l, i) => i > 0 && /^\(/.test(l.trim()) && isLawReference(l));
  if (k < 0) return null;
  return { before: lines.slice(0, k).join('\n').trim(), reference: lines.slice(k).join(' ').trim() };
}

function isContinuation(record: PlanRecord, prevTitleTail: string, pageBreak: boolean): boolean {
  if (startsLowercase(record.title)) return true;
  if (endsDangling(prevTitleTail) && (pageBreak || !hasDetails(record))) return true;
  return false;
}

function warnContinuation(target: PlanRecord, line: number, warn: Warn): void {
  const what = target.number ? `пункта ${target.number}` : `«${short(target.title)}»`;
  warn(`Строка без номера принята за продолжение ${what} (перенос на новую страницу или объединённая ячейка)`, line);
}

/** «7.2. …\n7.3. …» in one cell: two items that lost the border between them. */
function splitNumberedTitle(record: PlanRecord, warn: Warn): PlanRecord[] {
  if (!record.alias || numberDepth(record.alias) < 2 || !record.title.includes('\n')) return [record];
  const lines = record.title.split('\n');
  const parent = parentNumber(record.alias);
  const starts: { index: number; n: LeadingNumber }[] = [];
  lines.forEach((line, index) => {
    if (index === 0) return;
    const n = parseLeadingNumber(line, { requireText: true });
    if (n && parentNumber(n.alias) === parent && numberDepth(n.alias) === numberDepth(record.alias!)) starts.push({ index, n });
  });
  if (starts.length === 0) return [record];
  const out: PlanRecord[] = [record];
  record.title = lines.slice(0, starts[0]!.index).join('\n');
  starts.forEach((s, k) => {
    const next = starts[k + 1]?.index ?? lines.length;
    const r = emptyRecord(record.line);
    r.number = s.n.number;
    r.alias = s.n.alias;
    r.title = [s.n.rest, ...lines.slice(s.index + 1, next)].join('\n');
    r.monthGroup = record.monthGroup;
    out.push(r);
    warn(`В одной ячейке два пункта: ${record.number} и ${s.n.number}; остальные колонки строки отнесены к пункту ${record.number}`, record.line);
  });
  return out;
}

function signature(cells: readonly string[]): string {
  return cells
    .map((c) =>
      c
        .toLowerCase()
        .replace(/ё/g, 'е')
        .replace(/[^a-zа-я0-9№]+/g, ''),
    )
    .filter((c) => c)
    .join('|');
}

function overlap(a: readonly string[], header: ReadonlySet<string>): number {
  const sa = signature(a).split('|');
  return sa.filter((x) => header.has(x)).length / Math.max(1, sa.length);
}

export const short = (text: string, max = 60): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/**
 * «Срок» printed as «начало | окончание»: one term, «февраль – апрель», or the day itself when both name it. The end
 * column stays a field too, as printed, so the table can be exported in its own columns.
 */
function joinSplitTerm(start: string, end: string): string {
  if (!end || end === start) return start;
  return start ? `${start} – ${end}` : end;
}

/** A Word or HTML cell merged across the rest of the row, two columns or more: drawn as the plan's own section line. */
function spansToEdge(cell: { span?: number }, at: number, width: number): boolean {
  return (cell.span ?? 1) >= 2 && at + (cell.span ?? 1) >= width;
}
