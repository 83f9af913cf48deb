import type { DraftItem, PlanColumn, PlanDraft } from '../shared/plan-format.js';
import { TEXT_LIMITS as L } from '../shared/text-limits.js';
import { ImportError } from './import/import-error.js';

/** How many continuation fields one over-long value may spill into before the import is refused. */
export const MAX_CONTINUATIONS = 10;

/**
 * Brings an imported draft within the text limits (docs/plan-format.md, «Limits»)
 * without losing a character: an over-long item title, column value, deadline or
 * executor keeps its beginning (cut at a word boundary) and the rest moves into
 * continuation fields shown as their own columns («Наименование (продолжение)»),
 * with a warning at the row. A value too long even for that, or an over-long text
 * that has nowhere to go (glossary, approval block), refuses the import with the
 * place named — a careful secretary would rather be told than find a cut text.
 */
export function limitDraftText(draft: PlanDraft): PlanDraft {
  const warnings = [...draft.warnings];
  const columns = draft.columns ? [...draft.columns] : undefined;
  const addedColumns = new Map<string, PlanColumn>();

  const columnTitle = (key: string) => {
    if (key === 'title') return 'Наименование';
    if (key === 'deadline') return 'Срок';
    if (key === 'executors') return 'Исполнители';
    return columns?.find((c) => c.key === key)?.title || key;
  };

  const place = (item: DraftItem) => (item.line != null ? `Строка ${item.line}` : `Пункт ${item.number ?? 'без номера'}`);

  /** Splits `value` into a head of at most `headMax` characters and continuation pieces. */
  const spill = (item: DraftItem, key: string, value: string, headMax: number, fields: Record<string, string>): string => {
    const [head, ...rest] = splitText(value, headMax, L.fieldValue);
    if (rest.length > MAX_CONTINUATIONS) {
      throw new ImportError(
        'import_too_large',
        `${place(item)}: текст в графе «${columnTitle(key)}» слишком длинный (${count(value.length)} символов; допускается до ${count(headMax + MAX_CONTINUATIONS * L.fieldValue)}). Проверьте, не слились ли в одну ячейку несколько строк или весь документ.`,
      );
    }
    const keys: string[] = [];
    rest.forEach((piece, i) => {
      const contKey = continuationKey(key, i, fields);
      fields[contKey] = piece;
      keys.push(contKey);
      if (!addedColumns.has(contKey)) {
        addedColumns.set(contKey, { key: contKey, title: `${columnTitle(key)} (продолжение${i ? ` ${i + 1}` : ''})`, role: 'field' });
      }
    });
    warnings.push({
      message: `Текст в графе «${columnTitle(key)}» длиннее ${count(headMax)} символов (${count(value.length)}): начало оставлено на месте, продолжение перенесено в ${keys.length === 1 ? 'графу' : 'графы'} ${keys.map((k) => `«${addedColumns.get(k)!.title}»`).join(', ')}.`,
      line: item.line ?? null,
    });
    return head ?? '';
  };

  const limitItem = (item: DraftItem): DraftItem => {
    if (item.executors.length > L.executorsPerItem) {
      throw new ImportError(
        'import_too_large',
        `${place(item)}: у пункта ${count(item.executors.length)} исполнителей (допускается до ${L.executorsPerItem}). Проверьте, не слились ли в одну ячейку несколько строк таблицы.`,
      );
    }
    const fields = { ...item.fields };
    // Column values first, so that continuation keys never collide with the row's own columns.
    for (const [key, value] of Object.entries(item.fields)) {
      if (value.length > L.fieldValue) fields[key] = spill(item, key, value, L.fieldValue, fields);
    }
    const title = item.title.length > L.itemTitle ? spill(item, 'title', item.title, L.itemTitle, fields) : item.title;
    let deadline = item.deadline;
    if (deadline && deadline.text.length > L.deadlineText) {
      deadline = { ...deadline, text: spill(item, 'deadline', deadline.text, L.deadlineText, fields) };
    }
    const executors = item.executors.map((e) =>
      e.text.length > L.executorText ? { ...e, text: spill(item, 'executors', e.text, L.executorText, fields) } : e,
    );
    if (Object.keys(fields).length > L.fieldCount) {
      throw new ImportError('import_too_large', `${place(item)}: у пункта больше ${L.fieldCount} граф; проверьте таблицу документа.`);
    }
    return { ...item, title, deadline, executors, fields, children: item.children.map(limitItem) };
  };

  let title = draft.title;
  let description = draft.description;
  if (title.length > L.planTitle) {
    const [head, ...rest] = splitText(title, L.planTitle, L.planDescription);
    title = head ?? '';
    description = [rest.join(''), description].filter(Boolean).join('\n');
    warnings.push({ message: `Название плана длиннее ${count(L.planTitle)} символов: продолжение перенесено в начало описания плана.`, line: null });
  }
  const items = draft.items.map(limitItem);
  const limited: PlanDraft = {
    ...draft,
    title,
    description,
    items,
    warnings,
    ...(columns || addedColumns.size ? { columns: [...(columns ?? []), ...addedColumns.values()] } : {}),
  };
  assertRestWithinLimits(limited);
  return limited;
}

/** Texts of the draft that cannot be split: over the limit, the import is refused with the place named. */
function assertRestWithinLimits(draft: PlanDraft) {
  const refuse = (what: string, max: number) => {
    throw new ImportError('import_too_large', `${what} длиннее ${count(max)} символов; сократите его в документе.`);
  };
  if ((draft.description?.length ?? 0) > L.planDescription) refuse('Описание плана', L.planDescription);
  for (const a of draft.abbreviations) {
    if (a.short.length > L.abbreviationShort) refuse(`Сокращение «${a.short.slice(0, 40)}…»`, L.abbreviationShort);
    if (a.full.length > L.abbreviationFull) refuse(`Расшифровка сокращения «${a.short.slice(0, 40)}»`, L.abbreviationFull);
  }
  if (draft.approval) {
    if ((draft.approval.authority?.length ?? 0) > L.approvalAuthority) refuse('Наименование утвердившего органа', L.approvalAuthority);
    if ((draft.approval.number?.length ?? 0) > L.approvalNumber) refuse('Номер постановления', L.approvalNumber);
  }
  for (const c of draft.columns ?? []) if (c.title.length > L.columnTitle) refuse(`Заголовок графы «${c.title.slice(0, 40)}…»`, L.columnTitle);
  if ((draft.columns?.length ?? 0) > L.fieldCount)
    throw new ImportError('import_too_large', `В таблице плана больше ${L.fieldCount} граф; проверьте документ.`);
}

function continuationKey(key: string, index: number, taken: Record<string, string>): string {
  let candidate = `${key}_continued${index ? `_${index + 1}` : ''}`;
  for (let n = 2; candidate in taken; n++) candidate = `${key}_continued${index ? `_${index + 1}` : ''}_${n}`;
  return candidate;
}

/**
 * Cuts `text` into a head of at most `headMax` characters and pieces of at most
 * `pieceMax`, preferring a break at whitespace in the last fifth of each piece;
 * the pieces joined give back the text exactly.
 */
export function splitText(text: string, headMax: number, pieceMax: number): string[] {
  const parts: string[] = [];
  let rest = text;
  let max = headMax;
  while (rest.length > max) {
    let cut = max;
    const space = rest.lastIndexOf(' ', max);
    const newline = rest.lastIndexOf('\n', max);
    const at = Math.max(space, newline);
    if (at >= Math.floor(max * 0.8)) cut = at;
    // Never split a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    max = pieceMax;
  }
  parts.push(rest);
  return parts;
}

const count = (n: number) => n.toLocaleString('ru-RU');
