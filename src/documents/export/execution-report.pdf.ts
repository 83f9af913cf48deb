import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { tallyColumns, type ExecutionReportModel } from './execution-report.js';
import type { ReportLabels } from './execution-report-texts.js';
import { PDF_MARGINS as MARGINS, PDF_USABLE_WIDTH as USABLE } from './page-layout.js';
import { pdfmake } from './pdfmake-instance.js';
import { cellLines, xmlSafe } from './xml-text.js';

/* The same report laid out by pdfmake. */
const SIZE = 10;

const lines = (t: string) => cellLines(t).join('\n');
const layout = { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 };

function widths(weights: number[]): number[] {
  const room = USABLE - weights.length * 8.5;
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (room * w) / sum);
}

function mainTable(model: ExecutionReportModel): Content {
  const body: TableCell[][] = [
    [...model.labels.columns].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
    [1, 2, 3, 4, 5, 6].map((n) => ({ text: String(n), alignment: 'center' as const })),
  ];
  for (const section of model.sections) {
    body.push([{ text: lines(section.label), bold: true, alignment: 'center', colSpan: 6 }, '', '', '', '', '']);
    for (const item of section.items) {
      item.rows.forEach((r, i) => {
        const span = item.rows.length;
        body.push([
          i === 0 ? { text: item.number, alignment: 'center', rowSpan: span } : '',
          i === 0 ? { text: lines(item.title), rowSpan: span } : '',
          { text: lines(r.deadline), alignment: 'center' },
          { text: lines(r.executorLabel) },
          { text: r.outcomeName, alignment: 'center', bold: r.outcome === 'overdue' || r.outcome === 'not_done' },
          { text: lines(r.information) },
        ]);
      });
    }
  }
  return { table: { headerRows: 2, widths: widths([0.8, 4.2, 2, 2.2, 1.6, 5]), body }, layout };
}

function tallyTable(first: string, groups: ExecutionReportModel['bySection'], totals: ExecutionReportModel['totals'], labels: ReportLabels): Content {
  const body: TableCell[][] = [
    [first, ...tallyColumns.map((c) => labels.tally[c.key] ?? c.title)].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
  ];
  for (const g of groups) body.push([{ text: lines(g.label) }, ...tallyColumns.map((c) => ({ text: String(g.tally[c.key]), alignment: 'center' as const }))]);
  body.push([{ text: labels.total, bold: true }, ...tallyColumns.map((c) => ({ text: String(totals[c.key]), alignment: 'center' as const, bold: true }))]);
  return { table: { headerRows: 1, widths: widths([5, ...tallyColumns.map(() => 1)]), body }, layout };
}

export function executionReportToPdf(model: ExecutionReportModel): Promise<Buffer> {
  const heading = (text: string): Content => ({ text, bold: true, margin: [0, 14, 0, 6] });
  const content: Content[] = [];
  if (model.organizationName) content.push({ text: xmlSafe(model.organizationName.toUpperCase()), bold: true, alignment: 'center' });
  content.push({
    text: xmlSafe(model.labels.fullTitle(model.title, model.periodLabel)),
    bold: true,
    fontSize: SIZE + 2,
    alignment: 'center',
    margin: [0, 6, 0, 0],
  });
  content.push({ text: xmlSafe(model.subtitle), bold: true, alignment: 'center', margin: [0, 0, 0, 4] });
  if (model.approval) content.push({ text: xmlSafe(model.approval), italics: true, alignment: 'center' });
  content.push({ text: model.generatedLine, italics: true, alignment: 'center', fontSize: SIZE - 1, margin: [0, 0, 0, 10] });
  content.push(model.empty ? { text: model.labels.empty } : mainTable(model));
  content.push(heading(model.labels.bySection), tallyTable(model.labels.section, model.bySection, model.totals, model.labels));
  content.push(heading(model.labels.byExecutor), tallyTable(model.labels.executor, model.byExecutor, model.totals, model.labels));
  if (model.figures.length) content.push(heading(model.labels.figures), { ul: model.figures.map((f) => `${f.title}: ${f.total}`) });
  if (model.overdue.length) {
    content.push(heading(model.labels.overdue), {
      ul: model.overdue.map((o) => xmlSafe(model.labels.overdueLine(o.number, o.title, o.executorLabel, o.dueDate.split('-').reverse().join('.')))),
    });
  }
  content.push(heading(model.labels.narrative));
  for (const p of model.narrative) content.push({ text: xmlSafe(p), alignment: 'justify', margin: [0, 0, 0, 4] });
  content.push(heading(model.labels.resolution));
  for (const p of model.resolution) content.push({ text: xmlSafe(p), alignment: 'justify', margin: [0, 0, 0, 4] });

  const doc: TDocumentDefinitions = {
    info: { title: xmlSafe(model.labels.fullTitle(model.title, model.periodLabel)), creator: 'Planik', producer: 'Planik' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    defaultStyle: { font: 'Roboto', fontSize: SIZE, lineHeight: 1.1 },
    footer: (page: number) => ({ text: String(page), alignment: 'center', fontSize: SIZE, margin: [0, 14, 0, 0] }),
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}
