import { PassThrough, type Readable } from 'node:stream';
import { planToCsv } from './csv.writer.js';
import { planToDocx } from './docx.writer.js';
import type { DocumentOptions, ExportPlan } from './export-plan.js';
import { plansToIcs } from './ics.writer.js';
import { planToJson } from './json.writer.js';
import { planToPdf } from './pdf.writer.js';
import { selectSubset } from './plan-rows.js';
import { writeXlsx } from './xlsx.writer.js';
import type { ExportFormat } from '../../shared/export-api.js';

export type { ExportFormat };

export const contentTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface RenderedExport {
  /** A stream for the spreadsheet (written row by row), bytes or text otherwise. */
  body: Buffer | string | Readable;
  contentType: string;
  fileName: string;
}

export interface RenderOptions extends DocumentOptions {
  /** For ICS: where the web app lives, so events link back to their items. */
  linkBase?: string;
}

const FILE_NAME_MAX = 120;

/**
 * «План работы … на 2024 год» → «План работы … на 2024 год.docx», safe as a file name
 * on every system. A long title is cut at a word boundary, and trailing dots and dashes
 * go so that «… 2022 г.» does not end as «2022 г..docx».
 */
export function exportFileName(title: string, format: ExportFormat): string {
  let base = title
    .replace(/[\\/:*?"<>|\u0000-\u001F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (base.length > FILE_NAME_MAX) {
    const cut = base.slice(0, FILE_NAME_MAX + 1);
    const space = cut.lastIndexOf(' ');
    base = space > FILE_NAME_MAX / 2 ? cut.slice(0, space) : cut.slice(0, FILE_NAME_MAX);
  }
  base = base.replace(/[\s.,;–—-]+$/u, '');
  return `${base || 'План'}.${format}`;
}

export async function renderExport(plan: ExportPlan, format: ExportFormat, options: RenderOptions = {}): Promise<RenderedExport> {
  const contentType = contentTypes[format];
  const fileName = exportFileName(plan.title, format);
  switch (format) {
    case 'docx':
      return { body: await planToDocx(plan, options), contentType, fileName };
    case 'pdf':
      return { body: await planToPdf(plan, options), contentType, fileName };
    case 'xlsx': {
      const stream = new PassThrough();
      // Errors after the first bytes can only cut the download short; they are passed to the stream.
      writeXlsx(plan, options, stream).catch((error: unknown) => stream.destroy(error as Error));
      return { body: stream, contentType, fileName };
    }
    case 'csv':
      return { body: planToCsv(plan, options), contentType, fileName };
    case 'json':
      return { body: planToJson(plan, options), contentType, fileName };
    case 'ics':
      return {
        body: plansToIcs([selectSubset(plan, options)], {
          name: plan.title,
          linkBase: options.linkBase ?? '',
          timeZone: plan.organization?.timeZone ?? 'Europe/Moscow',
        }),
        contentType,
        fileName,
      };
  }
}
