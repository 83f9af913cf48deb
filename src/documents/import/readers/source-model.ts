/**
 * The neutral shape every input format is reduced to before the plan is recognised:
 * paragraphs and table rows in document order. Keeping TXT, HTML and DOCX on one model is
 * what lets the text and the Word version of a plan give the same tree.
 */
export interface SourceCell {
  text: string;
  /** Every visible character of the cell was bold (section headings are often only that). */
  bold: boolean;
  /** The cell is covered by a vertically merged cell above; `text` is empty, this is the merged text. */
  mergedFrom?: string;
  /** Grid columns the cell covers when more than one (Word gridSpan, HTML colspan); empty cells follow it. */
  span?: number;
}

export interface SourceRow {
  kind: 'row';
  cells: SourceCell[];
  /** 1-based source line (text, HTML) or block ordinal (DOCX). */
  line: number;
  /** Rows with the same id came from one physical table. */
  table: number;
}

export interface SourcePara {
  kind: 'para';
  /** Text with inner runs of spaces kept: free layouts use them as column gaps. */
  text: string;
  bold: boolean;
  line: number;
  /** The line began with a tab: in flattened tables that starts a new cell. */
  cellStart: boolean;
  /** A line of spaces only: sites that print one cell per line print an empty cell so. */
  spaces?: boolean;
  /** Spaces before the text of a plain-text line (set when two or more). */
  indent?: number;
}

export type SourceBlock = SourceRow | SourcePara;

export interface SourceDocument {
  format: 'text' | 'html' | 'docx';
  blocks: SourceBlock[];
}
