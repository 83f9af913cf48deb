import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { tallyColumns, type ExecutionReportModel } from './execution-report.js';
import type { ReportLabels } from './execution-report-texts.js';
import { DOCX_PAGE, DOCX_USABLE_WIDTH } from './page-layout.js';
import { cellLines, xmlSafe } from './xml-text.js';

const { shortSide: A4_SHORT, longSide: A4_LONG, margin: MARGIN, font: FONT } = DOCX_PAGE;
const USABLE = DOCX_USABLE_WIDTH;
const SIZE = 12;

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function paragraphs(text: string, opts: { bold?: boolean; italics?: boolean; align?: Align } = {}): Paragraph[] {
  const lines = cellLines(text);
  if (!lines.length) return [new Paragraph({ children: [] })];
  return lines.map(
    (l) =>
      new Paragraph({
        alignment: opts.align ?? AlignmentType.LEFT,
        children: [new TextRun({ text: xmlSafe(l), bold: opts.bold ?? false, italics: opts.italics ?? false })],
      }),
  );
}

function cell(
  children: Paragraph[],
  width: number,
  extra: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {},
) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlign.TOP,
    ...extra,
  });
}

/** Widths by weight, filling the usable width exactly. */
function widths(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((USABLE * w) / sum));
  out[out.length - 1]! += USABLE - out.reduce((a, b) => a + b, 0);
  return out;
}

function headerRow(titles: string[], w: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((t, i) => cell(paragraphs(t, { bold: true, align: AlignmentType.CENTER }), w[i]!)),
  });
}

function mainTable(model: ExecutionReportModel): Table {
  const w = widths([0.8, 4.2, 2, 2.2, 1.6, 5]);
  const rows = [
    headerRow([...model.labels.columns], w),
    new TableRow({ tableHeader: true, cantSplit: true, children: w.map((x, i) => cell(paragraphs(String(i + 1), { align: AlignmentType.CENTER }), x)) }),
  ];
  for (const section of model.sections) {
    rows.push(
      new TableRow({ cantSplit: true, children: [cell(paragraphs(section.label, { bold: true, align: AlignmentType.CENTER }), USABLE, { columnSpan: 6 })] }),
    );
    for (const item of section.items) {
      item.rows.forEach((r, i) => {
        const first = i === 0;
        const merge = item.rows.length > 1 ? { verticalMerge: first ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {};
        rows.push(
          new TableRow({
            children: [
              cell(first ? paragraphs(item.number, { align: AlignmentType.CENTER }) : [new Paragraph({ children: [] })], w[0]!, merge),
              cell(first ? paragraphs(item.title) : [new Paragraph({ children: [] })], w[1]!, merge),
              cell(paragraphs(r.deadline, { align: AlignmentType.CENTER }), w[2]!),
              cell(paragraphs(r.executorLabel), w[3]!),
              cell(paragraphs(r.outcomeName, { bold: r.outcome === 'overdue' || r.outcome === 'not_done', align: AlignmentType.CENTER }), w[4]!),
              cell(paragraphs(r.information), w[5]!),
            ],
          }),
        );
      });
    }
  }
  return new Table({ rows, width: { size: USABLE, type: WidthType.DXA }, columnWidths: w, layout: TableLayoutType.FIXED });
}

function tallyTable(first: string, groups: ExecutionReportModel['bySection'], totals: ExecutionReportModel['totals'], labels: ReportLabels): Table {
  const w = widths([5, ...tallyColumns.map(() => 1)]);
  const rows = [headerRow([first, ...tallyColumns.map((c) => labels.tally[c.key] ?? c.title)], w)];
  for (const g of groups)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(paragraphs(g.label), w[0]!),
          ...tallyColumns.map((c, i) => cell(paragraphs(String(g.tally[c.key]), { align: AlignmentType.CENTER }), w[i + 1]!)),
        ],
      }),
    );
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [
        cell(paragraphs(labels.total, { bold: true }), w[0]!),
        ...tallyColumns.map((c, i) => cell(paragraphs(String(totals[c.key]), { bold: true, align: AlignmentType.CENTER }), w[i + 1]!)),
      ],
    }),
  );
  return new Table({ rows, width: { size: USABLE, type: WidthType.DXA }, columnWidths: w, layout: TableLayoutType.FIXED });
}

const heading = (text: string) =>
  new Paragraph({ spacing: { before: 360, after: 120 }, keepNext: true, children: [new TextRun({ text: xmlSafe(text), bold: true })] });
const plain = (text: string, opts: { indent?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 709 } : undefined,
    spacing: { after: 60 },
    children: [new TextRun({ text: xmlSafe(text) })],
  });

/** The execution report as a Word document: A4 landscape, Times New Roman, the usual table, totals and the narrative. */
export async function executionReportToDocx(model: ExecutionReportModel): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [];
  if (model.organizationName)
    body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(model.organizationName.toUpperCase()), bold: true })] }));
  body.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new TextRun({ text: xmlSafe(model.labels.fullTitle(model.title, model.periodLabel)), bold: true, size: (SIZE + 2) * 2 })],
    }),
  );
  body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: xmlSafe(model.subtitle), bold: true })] }));
  if (model.approval) body.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(model.approval), italics: true })] }));
  body.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: model.generatedLine, italics: true, size: (SIZE - 2) * 2 })],
    }),
  );

  if (model.empty) body.push(plain(model.labels.empty));
  else body.push(mainTable(model));

  body.push(heading(model.labels.bySection));
  body.push(tallyTable(model.labels.section, model.bySection, model.totals, model.labels));
  body.push(heading(model.labels.byExecutor));
  body.push(tallyTable(model.labels.executor, model.byExecutor, model.totals, model.labels));
  if (model.figures.length) {
    body.push(heading(model.labels.figures));
    for (const f of model.figures) body.push(plain(`${f.title}: ${f.total}`));
  }
  if (model.overdue.length) {
    body.push(heading(model.labels.overdue));
    for (const o of model.overdue) body.push(plain(model.labels.overdueLine(o.number, o.title, o.executorLabel, o.dueDate.split('-').reverse().join('.'))));
  }
  body.push(heading(model.labels.narrative));
  for (const p of model.narrative) body.push(plain(p, { indent: true }));
  body.push(heading(model.labels.resolution));
  for (const p of model.resolution) body.push(plain(p, { indent: true }));

  const doc = new Document({
    creator: 'Planik',
    title: xmlSafe(model.labels.fullTitle(model.title, model.periodLabel)).slice(0, 250),
    description: 'Отчет об исполнении плана, сформированный системой Planik',
    styles: { default: { document: { run: { font: FONT, size: SIZE * 2 }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { ...MARGIN, header: DOCX_PAGE.header, footer: DOCX_PAGE.footer },
          },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
