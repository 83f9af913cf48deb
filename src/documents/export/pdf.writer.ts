import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { approvalLines } from './approval-block.js';
import { DEFAULT_FONT_SIZE, isDraft, type DocumentOptions, type ExportColumn, type ExportItem, type ExportPlan } from './export-plan.js';
import { glossaryLines } from './glossary.js';
import { documentTexts } from './document-texts.js';
import { planRows, selectSubset, subsetLabel } from './plan-rows.js';
import { cellText, columnWidths, numberColumnChars, tableColumns } from './table-columns.js';
import { PDF_MARGINS as MARGINS, PDF_USABLE_WIDTH as USABLE_WIDTH } from './page-layout.js';
import { pdfmake } from './pdfmake-instance.js';
import { cellLines, xmlSafe } from './xml-text.js';

/*
 * pdfmake rather than a DOCX → PDF conversion: it is pure JavaScript (no LibreOffice
 * on the server, no child process per request), repeats table headers and breaks
 * long rows across pages by itself, and its bundled Roboto covers Cyrillic. Roboto
 * is wider than Times New Roman, so the body is set one point smaller than in Word
 * to keep the same lines per cell.
 */
const NUMBER_WIDTH = 45;

function lines(text: string): string {
  return cellLines(text).join('\n');
}

function headerRows(columns: ExportColumn[]): TableCell[][] {
  return [
    columns.map((c) => ({ text: lines(c.title), bold: true, alignment: 'center' as const })),
    columns.map((_, i) => ({ text: String(i + 1), alignment: 'center' as const })),
  ];
}

function itemRow(item: ExportItem, level: number, columns: ExportColumn[]): TableCell[] {
  if (item.kind === 'section') {
    const spanned: TableCell[] = columns.slice(2).map(() => ({ text: '' }));
    return [
      { text: item.number, bold: true, alignment: 'center' },
      { text: lines(item.title), bold: true, colSpan: columns.length - 1, alignment: level === 1 ? 'center' : 'left' },
      ...spanned,
    ];
  }
  return columns.map((c) => ({
    text: lines(cellText(item, c, columns)),
    alignment: c.role === 'number' || c.role === 'deadline' ? ('center' as const) : ('left' as const),
  }));
}

/** The same document as the DOCX, laid out by pdfmake. */
export function planToPdf(source: ExportPlan, options: DocumentOptions = {}): Promise<Buffer> {
  const plan = selectSubset(source, options);
  const size = (options.fontSize ?? DEFAULT_FONT_SIZE) - 1;
  const texts = documentTexts(options.lang);
  const columns = tableColumns(plan, options.lang);
  const draft = options.draftMark ?? isDraft(plan);
  const body: TableCell[][] = headerRows(columns);
  for (const { item, level } of planRows(plan.items)) body.push(itemRow(item, level, columns));

  const content: Content[] = [];
  const approval = approvalLines(plan, options.lang);
  if (approval.length) content.push({ text: approval.map(xmlSafe).join('\n'), margin: [USABLE_WIDTH * 0.62, 0, 0, 12] });
  content.push({ text: xmlSafe(plan.title), bold: true, fontSize: size + 2, alignment: 'center', margin: [0, 6, 0, 6] });
  const label = subsetLabel(source, options);
  if (label) content.push({ text: xmlSafe(label), italics: true, alignment: 'center', margin: [0, 0, 0, 6] });
  content.push({
    table: {
      headerRows: 2,
      widths: columnWidths(
        columns,
        USABLE_WIDTH - columns.length * 8.5,
        Math.max(NUMBER_WIDTH, Math.ceil(numberColumnChars(columns, plan.items) * size * 0.62)),
      ),
      body,
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
  });
  if (body.length === 2) content.push({ text: texts.emptySubset, italics: true, margin: [0, 6, 0, 0] });
  const glossary = glossaryLines(plan);
  if (glossary.length) {
    content.push({ text: texts.glossaryHeading, bold: true, margin: [0, 18, 0, 6] });
    content.push({ text: glossary.join('\n') });
  }

  const doc: TDocumentDefinitions = {
    info: { title: xmlSafe(plan.title).slice(0, 250), creator: 'Planik', producer: 'Planik' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    defaultStyle: { font: 'Roboto', fontSize: size, lineHeight: 1.1 },
    header: draft ? () => ({ text: texts.draft, bold: true, fontSize: size + 2, alignment: 'right', margin: [MARGINS[0], 22, MARGINS[2], 0] }) : undefined,
    footer: (currentPage: number) => ({ text: String(currentPage), alignment: 'center', fontSize: size, margin: [0, 14, 0, 0] }),
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}
