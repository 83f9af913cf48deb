import { planDraftSchema, type ImportOverrides, type PlanDraft } from '../../shared/plan-format.js';
import { limitDraftText } from '../draft-text-limits.js';
import { buildDraft } from './build-draft.js';
import { classifyCfb, guardDocx } from './readers/docx-guard.js';
import { docxToDocument } from './readers/docx-to-rows.js';
import { detectFormat } from './readers/detect-format.js';
import type { ImportDirectory } from './records/executors.parse.js';
import { htmlToBlocks } from './readers/html-to-rows.js';
import { ImportError } from './import-error.js';
import { parseJsonDraft } from './readers/json-input.js';
import type { SourceDocument } from './readers/source-model.js';
import { textToBlocks } from './readers/text-to-rows.js';

export type { ImportDirectory };

export interface ImportOptions {
  fileName?: string;
  /** Upload limit in bytes; default 20 MiB. */
  maxBytes?: number;
  /** Known organisations and people to match executors against. */
  directory?: ImportDirectory;
  /** The user's corrections of the reading (import wizard); see `ImportOverrides`. */
  overrides?: ImportOverrides;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The message of an error the importer did not foresee (a bug); the user still gets a clean answer. */
export const UNEXPECTED_FAILURE = 'Не удалось разобрать файл: его структура не похожа на план.';

/**
 * Bytes of a TXT, HTML, DOCX or interchange-JSON plan → a draft plan with warnings.
 * Pure apart from CPU: nothing is stored. Every failure is an ImportError with a Russian message.
 */
export async function importPlan(bytes: Uint8Array, options: ImportOptions = {}): Promise<PlanDraft> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ImportError('import_too_large', `Файл слишком большой (${mib(bytes.length)}); допускается не более ${mib(maxBytes)}.`);
  }
  try {
    const detected = detectFormat(bytes);
    switch (detected.format) {
      case 'empty':
        throw new ImportError('import_empty', 'Файл пуст.');
      case 'cfb':
        throw classifyCfb(bytes);
      case 'pdf':
        throw new ImportError('import_unreadable', 'PDF не поддерживается: загрузите план в формате DOCX, HTML или TXT.');
      case 'rtf':
        throw new ImportError('import_unreadable', 'RTF не поддерживается: сохраните план в Word как DOCX.');
      case 'binary':
        throw new ImportError('import_unreadable', 'Файл не является текстом, HTML или документом Word.');
      case 'json':
        return parseJsonDraft(detected.text!);
      case 'zip': {
        guardDocx(bytes);
        return finish(buildDraft(await docxToDocument(bytes), options));
      }
      case 'html':
        return finish(buildDraft(htmlDocument(detected.text!), options));
      case 'text':
        return finish(buildDraft({ format: 'text', blocks: textToBlocks(detected.text!) }, options));
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('import_unreadable', UNEXPECTED_FAILURE, { cause: error });
  }
}

/**
 * Blocks are known by their line: the header parsers set aside the approval's lines, the wizard shows «строка N».
 * A page minified to one line (most CMS output) gave every block line 1, so setting the approval aside took the
 * title with it; such a page is numbered by block, as Word files are.
 */
function htmlDocument(html: string): SourceDocument {
  const blocks = htmlToBlocks(html);
  const distinct = blocks.every((b, i) => i === 0 || b.line > blocks[i - 1]!.line);
  return { format: 'html', blocks: distinct ? blocks : blocks.map((b, i) => ({ ...b, line: i + 1 })) };
}

/**
 * The draft is brought within the text limits (over-long texts move to continuation
 * fields with a warning) and checked against the interchange contract before anyone
 * else sees it.
 */
function finish(draft: PlanDraft): PlanDraft {
  const checked = planDraftSchema.safeParse(limitDraftText(draft));
  if (!checked.success) {
    throw new ImportError('import_unreadable', 'Не удалось разобрать файл: результат не прошёл проверку формата.', {
      cause: checked.error,
    });
  }
  return checked.data;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
