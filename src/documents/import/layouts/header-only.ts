import { buildColumns, headerRole, isHeaderRow, type Column } from '../records/column-roles.js';
import type { SourceBlock } from '../readers/source-model.js';

export interface HeaderOnlyTable {
  columns: Column[];
  /** Index of the block where the header starts. */
  start: number;
  /** Index after the header's last block. */
  end: number;
  line: number;
  /** Section rows printed right under the header before the page was cut («Организационно-… Плана | ||||»). */
  sections: { line: number; title: string }[];
}

/** The plan's own title names measures too («План мероприятий на 2024 год»), but no column says «План …» or «на 2024 год». */
const PLAN_TITLE =
  /^(?:(?:календарный|сводный|примерный|тематический)\s+)?(?:план|перечень|программа|комплекс)(?=\s|$)|(?:^|\s)на\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:год|гг|г\.)/iu;

/** «Наименование мероприятия |», «| Срок исполнения», «Исполнители\t»: one header cell of a flattened table. */
const cellText = (text: string): string => text.replace(/^\s*\|\s*|\s*\|\s*$/g, '').trim();

/**
 * The column headings of a table whose rows never arrived: a published excerpt cut right
 * after the header, or a plan whose table was left empty. A file with a table is not
 * refused (issue #13), so its columns are kept and the draft says that no row was found.
 * Looks for a table row that reads as a header, or a run of short lines that each read
 * as a column heading (one cell per line, with or without bars), at least two of them
 * naming different things.
 */
/**
 * Most cells name a column and at least two name different things. Unlike a header row
 * inside a table, a long heading is allowed: bars, not widths, delimit these cells.
 */
function headsColumns(cells: readonly string[]): boolean {
  const roles = cells.map(headerRole).filter((r) => r !== null);
  return roles.length * 2 >= cells.length && new Set(roles).size >= 2;
}

/** «Дата опубликования: | 18 мая 2000г. |»: a catalogue card's label and value, not a heading. */
const KEY_VALUE = /^[^|:]{2,60}:\s*\|\s*\S/;

export function findHeaderOnlyTable(blocks: readonly SourceBlock[]): HeaderOnlyTable | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'row') {
      const cells = b.cells.map((c) => c.text);
      if (isHeaderRow(cells)) return withSections(blocks, { columns: buildColumns(cells), start: i, end: i + 1, line: b.line });
      continue;
    }
    if (KEY_VALUE.test(b.text.trim())) continue;
    const inline = b.text.includes('|')
      ? b.text
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
      : b.text
          .split('\t')
          .map((c) => c.trim())
          .filter(Boolean);
    if (inline.length >= 2 && isHeaderRow(inline)) return withSections(blocks, { columns: buildColumns(inline), start: i, end: i + 1, line: b.line });
    const run: string[] = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const p = blocks[j]!;
      if (p.kind !== 'para') break;
      const text = cellText(p.text);
      if (!text) {
        if (run.length) continue;
        break;
      }
      // A bar closes a cell: a heading the role patterns do not know is still a heading there.
      const barred = run.length > 0 && /\|\s*$/.test(p.text);
      if (text.length > 200 || PLAN_TITLE.test(text) || KEY_VALUE.test(p.text.trim()) || (headerRole(text) === null && !barred)) break;
      run.push(text);
    }
    if (run.length >= 2 && headsColumns(run)) return withSections(blocks, { columns: buildColumns(run), start: i, end: j, line: b.line });
  }
  return null;
}

/**
 * «Организационно-методическое обеспечение реализации Плана | ||||»: one text, then the bars of the
 * empty cells its row spans — a section row of a flattened table, the only row before the cut.
 */
const SPANNING_ROW = /^([^|]{3,300}?)\s*\|(?:\s*\|){2,}\s*$/;

function withSections(blocks: readonly SourceBlock[], table: Omit<HeaderOnlyTable, 'sections'>): HeaderOnlyTable {
  const sections: HeaderOnlyTable['sections'] = [];
  let end = table.end;
  for (let k = table.end; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'para') break;
    if (!b.text.trim()) continue;
    const m = SPANNING_ROW.exec(b.text.trim());
    if (!m) break;
    sections.push({ line: b.line, title: m[1]!.trim() });
    end = k + 1;
  }
  return { ...table, end, sections };
}
