import { cleanInline } from '../cell-text.js';
import { isExecutorLike, type ExecutorVocabulary } from '../records/cell-classify.js';
import { buildColumns, headerRole } from '../records/column-roles.js';
import type { SourceBlock, SourceCell } from '../readers/source-model.js';
import { isStopLine, type TableRegion } from './table.js';

/**
 * A site table flattened by its CMS with a single space between cells: the headings on ONE line
 * («№ п/п Наименование мероприятия Время и место проведения …»), the column-number row on the
 * next («1 2 3 4 5 6»), every row run on in a line or a few. The column-number row is what makes
 * the reading safe: the headings split before each capitalised word must give exactly as many
 * columns as it counts. A row starts at its number («1.») or at an indent (sites drop the list
 * number and keep its indent). Where the title ends shows (a date, a time, a wide gap), and so do
 * the organisers when their column closes the row («… 25 чел. МБУК «Сапожковский музей»»); the
 * cells between cannot be told apart, so they stay together in the date's column and a warning
 * asks the user to split them.
 */
/** «1.», «1.1.», «1.1» before the row's text. */
const NUMBER_START = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.\s+(?=\S)|^(\d{1,3}(?:\.\d{1,3}){1,3})\s+(?=\S)/;
/** A heading row in capitals («1. РАБОТА С ИЗБИРАТЕЛЬНЫМИ КОМИССИЯМИ»): no term, no executors. */
const isCapitalsHeading = (text: string): boolean => /[А-ЯЁ]{3}/.test(text) && text === text.toUpperCase() && text.length <= 200;
/** The first date or time in a row ends its title. */
const WHEN =
  /\s(?=\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}[.:]\d{2}(?!\d)|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![а-яё]))|\s{3,}/;

/** «№ п/п Наименование мероприятия Время и место …» → one heading per capitalised word run. */
export function splitRunOnHeader(text: string): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const prev = out.length ? out[out.length - 1]! : null;
    const opens = /^[А-ЯЁA-Z№]/.test(w) && prev !== '№' && prev !== 'N';
    if (opens || prev === null) out.push(w);
    else out[out.length - 1] = `${prev} ${w}`;
  }
  return out;
}

const columnCount = (text: string): number => {
  const nums = text.trim().split(/\s+/);
  return nums.every((n, k) => n === String(k + 1)) ? nums.length : 0;
};

export function readRunOnRows(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary): TableRegion | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'para') continue;
    const header = splitRunOnHeader(cleanInline(b.text));
    if (header.length < 3 || header.filter((h) => headerRole(h) !== null).length < 2) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'para' && !cleanInline((blocks[j] as { text: string }).text)) j++;
    const numbers = blocks[j];
    if (!numbers || numbers.kind !== 'para') continue;
    if (columnCount(cleanInline(numbers.text)) === header.length) return readRows(blocks, i, j + 1, header, vocab);
    // A column-number row that counts other columns than the headings split into: not this reading.
    if (columnCount(cleanInline(numbers.text)) > 0) continue;
    // No column-number row: only the plainest header («N п/п Мероприятие Срок исполнения Исполнитель»)
    // over a row numbered «1.» is trusted, and the term is found by the words that open a term.
    // A section line may stand between the header and row 1.
    const roles = header.map(headerRole).join(' ');
    const next = blocks[j + 1];
    const firstRow = /^1\.\s/.test(cleanInline(numbers.text)) || (next?.kind === 'para' && /^1\.\s/.test(cleanInline(next.text)));
    // «NN п/п Мероприятие Ответственный за реализацию Срок исполнения»: the executors before the term.
    if ((roles === 'number title deadline executors' || roles === 'number title executors deadline') && firstRow) {
      const region = readRows(blocks, i, j, header, vocab, true);
      const items = region?.rows.filter((r) => r.cells[0]!.text && !r.cells.some((c) => c.bold)) ?? [];
      if (items.length > 0 && items.every((r) => r.cells[2]!.text && r.cells[3]!.text)) return region;
    }
  }
  return null;
}

/** Words that open a term cell: the last of them in a run-on row starts its term. */
const TERM_OPENER =
  /\s(?=(?:с\s+\d|в\s+течение|в\s+период|в\s+ходе|до\s+\d|не\s+позднее|не\s+ранее|постоянно|ежедневно|еженедельно|ежемесячно|ежеквартально|весь\s+период|по\s+мере|по\s+отдельному|по\s+графику|после\s+)(?![а-яё]))/gi;

/** A bare date («15 июня 2018 года», «20.06.2018»): a calendar plan's term is often just the day. */
const BARE_DATE =
  /\s(?=\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![а-яё]))/g;

function lastTermCut(text: string): { index: number } | null {
  let found: { index: number } | null = null;
  for (const m of text.matchAll(TERM_OPENER)) found = { index: m.index };
  if (found) return found;
  // No word opens a term: the last bare date does, when executors (a capitalised word) follow it
  // («Назначение выборов 15 июня 2018 года Представительный орган …»); a date inside a title has
  // the term after it, so the last one is taken.
  for (const m of text.matchAll(BARE_DATE)) {
    if (/^[^А-ЯЁA-Z]*\s[А-ЯЁ]/.test(text.slice(m.index + 1))) found = { index: m.index };
  }
  return found;
}

function readRows(
  blocks: readonly SourceBlock[],
  headerAt: number,
  from: number,
  header: string[],
  vocab: ExecutorVocabulary,
  byTermWords = false,
): TableRegion | null {
  const rows: { line: number; text: string }[] = [];
  let end = from;
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'para') break;
    const text = cleanInline(b.text);
    if (!text) continue;
    if (isStopLine(text)) break;
    if (NUMBER_START.test(text) || (b.indent ?? 0) >= 2 || rows.length === 0) rows.push({ line: b.line, text: b.text.trim() });
    // Without a number row only rows that are each ONE line are trusted: lines that go on below a
    // row are cells printed one per line, which the one-cell-per-line reader reads.
    else if (byTermWords) return null;
    else rows[rows.length - 1]!.text += `\n${b.text.trim()}`;
    end = k + 1;
  }
  if (rows.length === 0) return null;
  const width = header.length;
  const hasNumber = headerRole(header[0]!) === 'number';
  const roles = header.map(headerRole);
  const titleAt = Math.max(roles.indexOf('title'), hasNumber ? 1 : 0);
  const deadlineAt = roles.indexOf('deadline');
  const restAt = deadlineAt > titleAt ? deadlineAt : Math.min(titleAt + 1, width - 1);
  const executorsAt = roles.lastIndexOf('executors');
  const cellRows = rows.map((r) => {
    const numbered = NUMBER_START.exec(r.text);
    // Without a number row the reading is trusted only on numbered rows: a line without a number is a heading.
    if (byTermWords && !numbered) {
      const cells: SourceCell[] = Array.from({ length: width }, () => ({ text: '', bold: false }));
      cells[titleAt] = { text: r.text.replace(/\s+/g, ' ').trim(), bold: true };
      return { line: r.line, cells, apart: true };
    }
    const body = numbered ? r.text.slice(numbered[0].length) : r.text;
    if (byTermWords && numbered && isCapitalsHeading(body.replace(/\s+/g, ' ').trim())) {
      const cells: SourceCell[] = Array.from({ length: width }, () => ({ text: '', bold: false }));
      // The whole row is the heading, its number too (a row reads as a heading when all its cells are bold).
      if (hasNumber) cells[0] = { text: numbered[1] ?? numbered[2]!, bold: true };
      cells[titleAt] = { text: body.replace(/\s+/g, ' ').trim(), bold: true };
      return { line: r.line, cells, apart: true };
    }
    const cut = byTermWords ? lastTermCut(body.replace(/\n/g, ' ')) : WHEN.exec(body.replace(/\n/g, ' '));
    const flat = body.replace(/\n/g, ' ');
    const title = cut ? flat.slice(0, cut.index).trim() : flat.trim();
    const rest = cut ? body.slice(cut.index).trim() : '';
    const cells: SourceCell[] = Array.from({ length: width }, () => ({ text: '', bold: false }));
    if (hasNumber) cells[0]!.text = numbered?.[1] ?? numbered?.[2] ?? '';
    cells[titleAt]!.text = title;
    // What follows the title starts with its date: the run-together cells go to the date's column,
    // but for the organisers that close the row.
    if (byTermWords && executorsAt >= 0 && executorsAt < deadlineAt) {
      // The executors stand between the title and the term: they open at the first capital from
      // which the rest of the text before the term reads as executors («… в Тюменской области
      // Члены ИКТО, сотрудники аппарата ИКТО»).
      const lead = leadingExecutors(title, vocab);
      if (lead) {
        cells[titleAt]!.text = lead.before;
        cells[executorsAt]!.text = lead.executors;
      }
      cells[deadlineAt]!.text = rest;
      return { line: r.line, cells, apart: !!lead && !!rest };
    }
    const split = executorsAt === width - 1 && executorsAt > restAt ? (byTermWords ? executorsAfterTerm(rest) : trailingExecutors(rest, vocab)) : null;
    cells[restAt]!.text = split ? split.before : rest;
    if (split) cells[executorsAt]!.text = split.executors;
    return { line: r.line, cells, apart: !rest || !!split };
  });
  // The warning names only the columns still run together: the organisers' when some row kept them.
  const apart = cellRows.every((r) => r.apart) && cellRows.some((r) => r.cells[executorsAt]?.text) ? { runOnUntil: executorsAt } : {};
  const regionRows = cellRows.map(({ line, cells }) => ({ line, cells }));
  return {
    columns: buildColumns(header),
    headerStart: headerAt,
    end,
    rows: regionRows,
    header,
    runOn: true,
    ...apart,
    ...(byTermWords ? { runOnByWords: true } : {}),
    pinned: true,
  };
}

/**
 * «… при подготовке и проведении муниципальных выборов в Тюменской области Члены ИКТО, сотрудники
 * аппарата ИКТО»: the earliest capitalised word after a comma-free stretch of the title from which
 * the whole tail reads as executors. Null when no tail does, or nothing would be left for the title.
 */
function leadingExecutors(text: string, vocab: ExecutorVocabulary): { before: string; executors: string } | null {
  for (const m of text.matchAll(/\s(?=[А-ЯЁ])/g)) {
    const before = text.slice(0, m.index).trim();
    const tail = text.slice(m.index).trim();
    if (before.length < 10 || tail.length > 150) continue;
    if (tail.split(/\s*,\s*/).every((part) => isExecutorLike(part, vocab, false))) return { before, executors: tail };
  }
  return null;
}

/**
 * «в течение избирательной кампании Управы административных округов …»: a term is written in
 * lowercase words, dates and numbers, so the first capitalised word after it opens the executors.
 */
function executorsAfterTerm(rest: string): { before: string; executors: string } | null {
  const m = /\s(?=[А-ЯЁA-Z])/.exec(rest);
  return m ? { before: rest.slice(0, m.index).trim(), executors: rest.slice(m.index).trim() } : null;
}

/**
 * «20.05.2021 10.00 МБУК «Сапожковский музей» учащиеся 25 чел. МБУК «Сапожковский музей»»: the
 * organisers' cell is the last name (a capitalised word outside quotes) from which the rest of the
 * row reads as executors, with the names listed before it («ТИК, МБУК «ЦБС»»). Null when the row
 * does not end with executors, or when nothing would be left before them.
 */
export function trailingExecutors(rest: string, vocab: ExecutorVocabulary): { before: string; executors: string } | null {
  const starts: number[] = [];
  let quotes = 0;
  for (let k = 0; k < rest.length; k++) {
    const ch = rest[k]!;
    if (ch === '«' || ch === '„' || ch === '“') quotes++;
    else if ((ch === '»' || ch === '”') && quotes > 0) quotes--;
    else if (quotes === 0 && k > 0 && /\s/.test(rest[k - 1]!) && /[А-ЯЁA-Z]/.test(ch)) starts.push(k);
  }
  const reads = (k: number): boolean => isExecutorLike(rest.slice(k).replace(/\s+/g, ' ').trim(), vocab);
  let at = -1;
  for (let s = starts.length - 1; s >= 0; s--) {
    const k = starts[s]!;
    if (at < 0) {
      if (reads(k)) at = k;
      continue;
    }
    // A name listed before the one found: only across a list separator.
    if (/[,;]\s*$|\sи\s*$/.test(rest.slice(k, at)) && reads(k)) at = k;
    else break;
  }
  if (at < 0) return null;
  const before = rest.slice(0, at).trim();
  return before ? { before, executors: rest.slice(at).trim() } : null;
}
