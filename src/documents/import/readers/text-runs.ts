import type { SourceCell } from './source-model.js';

/** A piece of text with one formatting, as the DOCX and HTML readers collect them. */
export interface TextRun {
  text: string;
  bold: boolean;
  /** An automatic list number (DOCX): text, but no evidence about bold. */
  label?: boolean;
}

/** Bold when every visible run is bold (list numbers and blanks say nothing either way). */
export function runsBold(runs: readonly TextRun[]): boolean {
  const visible = runs.filter((r) => !r.label && r.text.trim() !== '');
  return visible.length > 0 && visible.every((r) => r.bold);
}

/** A table cell from its lines of runs: spaces folded, blank lines dropped, bold as its runs say. */
export function cellOfLines(lines: readonly (readonly TextRun[])[]): SourceCell {
  const text = lines
    .map((runs) =>
      runs
        .map((r) => r.text)
        .join('')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '');
  return { text: text.join('\n'), bold: runsBold(lines.flat()) };
}
