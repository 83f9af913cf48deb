import { cleanCell, cleanInline } from './cell-text.js';
import type { SourceBlock } from './readers/source-model.js';

/** Blocks outside the plan table, read as lines of text: where titles, approvals and glossaries live. */
export interface DocLine {
  text: string;
  line: number;
  bold: boolean;
  /** Set when the line came from a table row (a glossary may be a two-column table). */
  cells?: string[];
}

export function toDocLines(blocks: readonly SourceBlock[]): DocLine[] {
  const out: DocLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      out.push({ text: cleanInline(b.text), line: b.line, bold: b.bold });
    } else {
      const cells = b.cells.map((c) => cleanCell(c.text));
      const filled = cells.filter((c) => c !== '');
      out.push({ text: filled.join(' '), line: b.line, bold: b.cells.every((c) => c.bold || !c.text.trim()), cells: filled });
    }
  }
  return out;
}

/** Texts of the document (paragraphs and cells) that pass a cheap test on the raw text. */
export function textsMatching(blocks: readonly SourceBlock[], test: RegExp): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      if (test.test(b.text)) out.push({ text: cleanInline(b.text), line: b.line });
    } else for (const c of b.cells) if (test.test(c.text)) out.push({ text: cleanCell(c.text), line: b.line });
  }
  return out;
}
