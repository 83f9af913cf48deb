/**
 * `planik import FILE [--json] [--org ID]` — reads a plan (TXT, HTML, DOCX or interchange JSON)
 * and prints the draft as JSON, a short summary, or saves it as a draft plan of an organisation.
 * The work is done by the pure `runImportCommand`; saving is a hook the caller supplies, because
 * it needs the database (main.ts wires it), while printing needs nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isImportError } from '../documents/import/import-error.js';
import { importPlan, type ImportDirectory } from '../documents/import/import-plan.js';
import type { DraftItem, PlanDraft } from '../shared/plan-format.js';

export interface ImportCommandOptions {
  json?: boolean;
  org?: string;
  as?: string;
  maxBytes?: string;
}

export interface ImportCommandDeps {
  /** Saves the draft as a draft plan of the organisation; returns the new plan's id. */
  saveDraft?: (draft: PlanDraft, organizationId: string, actorLogin?: string) => Promise<string>;
  /** Organisations and people to match executors against (usually from the database); read only with --org. */
  loadDirectory?: (organizationId: string | null) => Promise<ImportDirectory | undefined>;
  readFile?: (path: string) => Promise<Uint8Array>;
}

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const KIND_NAMES: Record<PlanDraft['kind'], string> = {
  programme: 'программа',
  work_plan: 'план работы',
  consolidated: 'сводный план',
  calendar: 'календарный план',
  strategic: 'стратегический план',
  other: 'план мероприятий',
};

function countItems(items: readonly DraftItem[]): { sections: number; items: number } {
  let sections = 0;
  let all = 0;
  const visit = (list: readonly DraftItem[]): void => {
    for (const item of list) {
      all++;
      if (item.kind === 'section') sections++;
      visit(item.children);
    }
  };
  visit(items);
  return { sections, items: all - sections };
}

function summary(draft: PlanDraft, file: string): string {
  const { sections, items } = countItems(draft.items);
  const lines = [
    `Файл: ${file}`,
    `Название: ${draft.title}`,
    `Вид: ${KIND_NAMES[draft.kind]} (${draft.kind})`,
    `Период: ${draft.period ? `${draft.period.start} – ${draft.period.end}` : 'не найден'}`,
  ];
  if (draft.approval) {
    const a = draft.approval;
    lines.push(`Утверждён: ${[a.authority, a.date && `от ${a.date}`, a.number && `№ ${a.number}`].filter(Boolean).join(' ')}`);
  }
  lines.push(`Разделов: ${sections}, пунктов: ${items}, сокращений: ${draft.abbreviations.length}`);
  if (draft.warnings.length > 0) {
    lines.push(`Предупреждения (${draft.warnings.length}):`);
    for (const w of draft.warnings) lines.push(`  ${w.line !== null ? `стр. ${w.line}: ` : ''}${w.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runImportCommand(file: string, opts: ImportCommandOptions = {}, deps: ImportCommandDeps = {}): Promise<CommandOutput> {
  let maxBytes: number | undefined;
  if (opts.maxBytes !== undefined) {
    maxBytes = Number(opts.maxBytes);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0)
      return { stdout: '', stderr: `Ошибка: --max-bytes: ожидается целое число байт, получено «${opts.maxBytes}»\n`, exitCode: 2 };
  }
  if (opts.org !== undefined && !deps.saveDraft) {
    return { stdout: '', stderr: 'Ошибка: сохранение черновика (--org) недоступно в этой сборке; используйте --json\n', exitCode: 2 };
  }
  let bytes: Uint8Array;
  try {
    bytes = await (deps.readFile ?? ((path: string) => readFile(path).then((b) => new Uint8Array(b))))(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'файл не найден' : 'файл не читается';
    return { stdout: '', stderr: `Ошибка: ${reason}: ${file}\n`, exitCode: 2 };
  }
  let draft: PlanDraft;
  try {
    // Only saving needs the directory: printing a draft must not open the database (and take
    // the data-directory lock, which a running server holds).
    const directory = opts.org !== undefined && deps.loadDirectory ? await deps.loadDirectory(opts.org) : undefined;
    draft = await importPlan(bytes, { fileName: basename(file), ...(maxBytes !== undefined ? { maxBytes } : {}), ...(directory ? { directory } : {}) });
  } catch (error) {
    if (isImportError(error)) return { stdout: '', stderr: `Ошибка импорта (${error.code}): ${error.message}\n`, exitCode: 1 };
    throw error;
  }
  if (opts.org !== undefined) {
    const planId = await deps.saveDraft!(draft, opts.org, opts.as);
    const { items } = countItems(draft.items);
    const out = opts.json
      ? `${JSON.stringify({ planId, draft }, null, 2)}\n`
      : `Черновик плана сохранён: ${planId} (пунктов: ${items}, предупреждений: ${draft.warnings.length})\n`;
    return { stdout: out, stderr: '', exitCode: 0 };
  }
  return { stdout: opts.json ? `${JSON.stringify(draft, null, 2)}\n` : summary(draft, file), stderr: '', exitCode: 0 };
}

export function registerImportCommand(program: Command, deps: ImportCommandDeps = {}): void {
  program
    .command('import')
    .description('Импортировать план из TXT, HTML, DOCX или JSON')
    .argument('<file>', 'файл плана')
    .option('--json', 'вывести черновик плана в формате обмена (JSON)')
    .option('--org <id>', 'сохранить как черновик плана организации (идентификатор или краткое наименование)')
    .option('--as <login>', 'от имени пользователя (по умолчанию — системный администратор)')
    .option('--max-bytes <n>', 'предельный размер файла в байтах (по умолчанию 20 МБ)')
    .action(async (file: string, opts: ImportCommandOptions) => {
      const out = await runImportCommand(file, opts, deps);
      if (out.stdout !== '') process.stdout.write(out.stdout);
      if (out.stderr !== '') process.stderr.write(out.stderr);
      process.exitCode = out.exitCode;
    });
}
