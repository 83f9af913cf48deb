import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { tallyColumns, type ExecutionReportModel } from './execution-report.js';
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
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель', 'Отметка об исполнении', 'Информация об исполнении'].map((t) => ({ text: t, bold: true, alignment: 'center' as const })),
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

function tallyTable(first: string, groups: ExecutionReportModel['bySection'], totals: ExecutionReportModel['totals']): Content {
  const body: TableCell[][] = [[first, ...tallyColumns.map((c) => c.title)].map((t) => ({ text: t, bold: true, alignment: 'center' as const }))];
  for (const g of groups) body.push([{ text: lines(g.label) }, ...tallyColumns.map((c) => ({ text: String(g.tally[c.key]), alignment: 'center' as const }))]);
  body.push([{ text: 'Итого', bold: true }, ...tallyColumns.map((c) => ({ text: String(totals[c.key]), alignment: 'center' as const, bold: true }))]);
  return { table: { headerRows: 1, widths: widths([5, ...tallyColumns.map(() => 1)]), body }, layout };
}

export function executionReportToPdf(model: ExecutionReportModel): Promise<Buffer> {
  const heading = (text: string): Content => ({ text, bold: true, margin: [0, 14, 0, 6] });
  const content: Content[] = [];
  if (model.organizationName) content.push({ text: xmlSafe(model.organizationName.toUpperCase()), bold: true, alignment: 'center' });
  content.push({ text: `${model.title} за ${model.periodLabel}`, bold: true, fontSize: SIZE + 2, alignment: 'center', margin: [0, 6, 0, 0] });
  content.push({ text: xmlSafe(model.subtitle), bold: true, alignment: 'center', margin: [0, 0, 0, 4] });
  if (model.approval) content.push({ text: xmlSafe(model.approval), italics: true, alignment: 'center' });
  content.push({ text: model.generatedLine, italics: true, alignment: 'center', fontSize: SIZE - 1, margin: [0, 0, 0, 10] });
  content.push(model.empty ? { text: 'Мероприятий со сроком исполнения в отчетном периоде нет.' } : mainTable(model));
  content.push(heading('Итоги исполнения по разделам плана'), tallyTable('Раздел', model.bySection, model.totals));
  content.push(heading('Итоги исполнения по исполнителям'), tallyTable('Исполнитель', model.byExecutor, model.totals));
  if (model.figures.length) content.push(heading('Показатели'), { ul: model.figures.map((f) => `${f.title}: ${f.total}`) });
  if (model.overdue.length) {
    content.push(heading('Мероприятия, не исполненные в срок'), { ul: model.overdue.map((o) => xmlSafe(`${o.number}. ${o.title} — ${o.executorLabel}, срок ${o.dueDate.split('-').reverse().join('.')}`)) });
  }
  content.push(heading('Аналитическая справка (текст для постановления)'));
  for (const p of model.narrative) content.push({ text: xmlSafe(p), alignment: 'justify', margin: [0, 0, 0, 4] });
  content.push(heading('Проект решения'));
  for (const p of model.resolution) content.push({ text: xmlSafe(p), alignment: 'justify', margin: [0, 0, 0, 4] });

  const doc: TDocumentDefinitions = {
    info: { title: `${model.title} за ${model.periodLabel}`, creator: 'Planik', producer: 'Planik' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    defaultStyle: { font: 'Roboto', fontSize: SIZE, lineHeight: 1.1 },
    footer: (page: number) => ({ text: String(page), alignment: 'center', fontSize: SIZE, margin: [0, 14, 0, 0] }),
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}
