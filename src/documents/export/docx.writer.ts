import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { approvalLines } from './approval-block.js';
import { DEFAULT_FONT_SIZE, isDraft, type DocumentOptions, type ExportColumn, type ExportItem, type ExportPlan } from './export-plan.js';
import { glossaryLines } from './glossary.js';
import { documentTexts } from './document-texts.js';
import { planRows, selectSubset, subsetLabel } from './plan-rows.js';
import { cellText, columnWidths, numberColumnChars, tableColumns } from './table-columns.js';
import { DOCX_PAGE, DOCX_USABLE_WIDTH } from './page-layout.js';
import { cellLines, xmlSafe } from './xml-text.js';

const { shortSide: A4_SHORT, longSide: A4_LONG, margin: MARGIN, font: FONT } = DOCX_PAGE;
const USABLE_WIDTH = DOCX_USABLE_WIDTH;
// Wide enough for «1.12.10» at 14 pt whatever the number of columns.
const NUMBER_WIDTH = 900;

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function runs(text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return [
    new TextRun({
      text: xmlSafe(text),
      ...(opts.bold ? { bold: true } : {}),
      ...(opts.italics ? { italics: true } : {}),
      ...(opts.size ? { size: opts.size } : {}),
    }),
  ];
}

/** One paragraph per line of the cell, so that executors and multi-line fields keep their breaks. */
function cellParagraphs(text: string, opts: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph[] {
  const lines = cellLines(text);
  if (!lines.length) return [new Paragraph({ children: [] })];
  // One paragraph per cell with line breaks: a paragraph per line costs the library far more objects.
  const children = lines.map((line, i) => new TextRun({ text: xmlSafe(line), ...(opts.bold ? { bold: true } : {}), ...(i ? { break: 1 } : {}) }));
  return [new Paragraph({ ...(opts.alignment ? { alignment: opts.alignment } : {}), children })];
}

// Borders and cell margins are set once on the table: per-cell properties would
// multiply the XML (and the library's objects) by the number of cells.
function cell(children: Paragraph[], width: number, extra: { columnSpan?: number } = {}) {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...extra });
}

function headerRows(columns: ExportColumn[], widths: number[]): TableRow[] {
  const titles = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(cellParagraphs(c.title, { bold: true, alignment: AlignmentType.CENTER }), widths[i]!)),
  });
  // The column-number row («1 2 3 4») repeats with the header, as in printed plans.
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((_, i) => cell(cellParagraphs(String(i + 1), { alignment: AlignmentType.CENTER }), widths[i]!)),
  });
  return [titles, numbers];
}

function itemRow(item: ExportItem, level: number, columns: ExportColumn[], widths: number[]): TableRow {
  if (item.kind === 'section') {
    const rest = widths.slice(1).reduce((a, b) => a + b, 0);
    return new TableRow({
      cantSplit: true,
      children: [
        cell(cellParagraphs(item.number, { bold: true, alignment: AlignmentType.CENTER }), widths[0]!),
        cell(cellParagraphs(item.title, { bold: true, alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT }), rest, {
          columnSpan: columns.length - 1,
        }),
      ],
    });
  }
  return new TableRow({
    children: columns.map((c, i) =>
      cell(cellParagraphs(cellText(item, c, columns), c.role === 'number' || c.role === 'deadline' ? { alignment: AlignmentType.CENTER } : {}), widths[i]!),
    ),
  });
}

/**
 * Word widths in twips that fill the usable page width in the role proportions; the number
 * column widens to its longest word (a bold Times character averages about 0.55 em; the
 * table's cell margins take 108 twips on each side).
 */
function twipWidths(columns: ExportColumn[], items: ExportItem[], size: number): number[] {
  const needed = Math.ceil(numberColumnChars(columns, items) * size * 20 * 0.55) + 216;
  return columnWidths(columns, USABLE_WIDTH, Math.max(NUMBER_WIDTH, needed));
}

/**
 * The plan as the Word document a commission signs: A4 landscape, Times New
 * Roman, the approval block top right, the title centred in bold, the plan's own
 * columns with the column-number row repeated on every page, section rows spanning
 * the table, the glossary after it, page numbers, «ПРОЕКТ» on every page of a
 * plan that is not approved.
 */
export async function planToDocx(source: ExportPlan, options: DocumentOptions = {}): Promise<Buffer> {
  const plan = selectSubset(source, options);
  const size = options.fontSize ?? DEFAULT_FONT_SIZE;
  const texts = documentTexts(options.lang);
  const columns = tableColumns(plan, options.lang);
  const widths = twipWidths(columns, plan.items, size);
  const draft = options.draftMark ?? isDraft(plan);

  const rows = [...headerRows(columns, widths)];
  for (const { item, level } of planRows(plan.items)) rows.push(itemRow(item, level, columns, widths));

  const body: (Paragraph | Table)[] = [];
  const approval = approvalLines(plan, options.lang);
  approval.forEach((line, i) =>
    body.push(
      new Paragraph({
        indent: { left: Math.round(USABLE_WIDTH * 0.62) },
        spacing: { after: i === approval.length - 1 ? 240 : 0 },
        children: runs(line),
      }),
    ),
  );
  body.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: runs(plan.title, { bold: true, size: (size + 2) * 2 }) }),
  );
  const label = subsetLabel(source, options);
  if (label) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: runs(label, { italics: true }) }));
  body.push(
    new Table({
      rows,
      width: { size: USABLE_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    }),
  );
  if (rows.length === 2) body.push(new Paragraph({ spacing: { before: 120 }, children: runs(texts.emptySubset, { italics: true }) }));
  const glossary = glossaryLines(plan);
  if (glossary.length) {
    body.push(new Paragraph({ spacing: { before: 360, after: 120 }, children: runs(texts.glossaryHeading, { bold: true }) }));
    for (const line of glossary) body.push(new Paragraph({ children: runs(line) }));
  }

  const doc = new Document({
    creator: 'Planik',
    title: xmlSafe(plan.title).slice(0, 250),
    description: 'План, выгруженный из системы Planik',
    styles: { default: { document: { run: { font: FONT, size: size * 2 }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { ...MARGIN, header: DOCX_PAGE.header, footer: DOCX_PAGE.footer },
          },
        },
        headers: {
          default: new Header({
            children: draft ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(texts.draft, { bold: true, size: (size + 2) * 2 }) })] : [],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
