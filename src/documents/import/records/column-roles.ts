import { cleanCell, singleLine } from '../cell-text.js';
import { latinHeadingRole } from '../languages/latin-headings.js';
import { turkicHeadingRole } from '../languages/turkic-headings.js';
import { withoutLawClause } from './heading-law.js';

/**
 * Column roles from header words. Plans name the same column a dozen ways («Срок исполнения»,
 * «Период реализации», «Сроки исполнения по годам»); a column nobody recognises is kept as a
 * named field, never dropped.
 */
export type ColumnRole =
  | 'number'
  | 'title'
  | 'deadline'
  | 'executors'
  | 'co_executors'
  | 'legal_basis'
  | 'result'
  | 'financing'
  | 'reporting_document'
  | 'year_mark'
  | 'format'
  | 'content'
  | 'goal'
  | 'measure'
  | 'tasks'
  | 'action'
  | 'note'
  | 'field';

export interface Column {
  key: string;
  title: string;
  role: ColumnRole;
  /** What the header said before the title role was given to this column. */
  headerRole: ColumnRole;
}

const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  [
    'number',
    /^(?:nn|№№|пп)$|^(?:№|n|nn|no)\s*п\s*[./]?\s*п\.?$|^(?:№|n|no\.?|номер|п\/п|№\s*п\s*\/\s*п|№\s*п\.\s*п\.?|номер строки|номер пункта|№ пункта|код)\.?$|^№/,
  ],
  // Uzbek (Cyrillic): муддат — term, ижрочи — executor, т/р — item number.
  ['number', /^№\s*т\s*\/\s*р$/],
  ['deadline', /муддат/],
  ['executors', /ижрочи/],
  ['co_executors', /соисполнител|участвующ|привлекаем|во взаимодействии|совместно с/],
  ['executors', /исполнител|ответственн|кто (?:проводит|исполняет)|исполнение возложено|организатор/],
  ['year_mark', /^(?:i{1,3}|iv|v|vi|[1-6])\s*(?:-?й)?\s*год$|^\d{4}\s*(?:г\.?|год)?$/],
  ['deadline', /^срок|сроки|период (?:реализации|исполнения|проведения)|^дата|время (?:и место )?проведения|^когда|^период$/],
  ['format', /формат|форма проведения|вид мероприяти/],
  ['goal', /цель|цели/],
  ['measure', /(?:^|\s)мер[аы](?:$|\s)/],
  ['tasks', /задач/],
  ['action', /действи/],
  ['financing', /финансир|источник/],
  ['legal_basis', /основани|нормативн|правов(?:ая|ое) основ|ссылка на|^(?:стать[яи]|ст\.|норм[аы]|пункт|п\.)\s+(?:федерального\s+)?закона?$/],
  ['result', /результат|показател|индикатор/],
  ['reporting_document', /отч[её]тн|форма отч[её]т|итоговый документ|документ,? подтвержда/],
  ['note', /примечани|отметка|информация о (?:выполнении|исполнении)|^исполнение$/],
  ['title', /наименование|мероприяти|вопрос|название|^тема|направлени|перечень|содержание (?:мероприяти|работ)/],
  ['content', /содержание|описание/],
];

const norm = (text: string): string =>
  singleLine(cleanCell(text))
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[:.]+$/, '')
    .trim();

/**
 * A heading may carry a long explanation in brackets («Исполнители (органы, организации и
 * объединения, реализующие мероприятия … в соответствии с законодательством)»): the words outside
 * the brackets name the column, so the length limits that keep data cells out measure only them.
 */
const withoutExplanation = (text: string): string => withoutLawClause(text.replace(/\s*\([^()]{20,}\)\s*/g, ' ').trim());

export function headerRole(text: string): ColumnRole | null {
  const full = norm(text);
  const t = full.length > 90 ? withoutExplanation(full) : full;
  if (!t || t.length > 90) return null;
  if (/^\d+(?:\.\d+)*\.?\s+\S/.test(t) && !/^\d{4}/.test(t)) return null;
  // Kazakh and Kyrgyz headings (languages/turkic-headings.ts) come first: their words never occur in Russian ones.
  const turkic = turkicHeadingRole(t);
  if (turkic) return turkic;
  // Azerbaijani and Romanian (languages/latin-headings.ts): Latin letters, never in a Russian heading.
  const latin = latinHeadingRole(t);
  if (latin) return latin;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(t)) return role;
  return null;
}

/** How many cells of a row read as column headers. */
export function headerScore(cells: readonly string[]): number {
  return cells.filter((c) => headerRole(c) !== null).length;
}

export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 2) return false;
  if (filled.some((c) => withoutExplanation(c).length > 120)) return false;
  const score = headerScore(cells);
  const roles = new Set(cells.map(headerRole).filter((r) => r !== null));
  // A header names what an item is and at least one more thing about it.
  return score >= 2 && score * 2 >= filled.length && roles.size >= 2;
}

/**
 * A second header line under merged header cells («I Год | II Год | III Год»), by its words — or, given the header
 * row, by its shape: a Word or HTML header cell spanning several columns («Срок» over «начало | окончание», «Объем
 * | план | факт») leaves empty cells beside it, and the line under it fills only those columns, with short words
 * and no item number. A row of the plan always has its title, which no spanning heading covers.
 */
export function isSubHeaderRow(cells: readonly string[], header: readonly string[] = []): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length === 0 || filled.length === cells.length) return false;
  // One filled cell naming what the items are («I. Организационные мероприятия», «Мероприятия по обучению») is the
  // plan's first section under the header; one naming a number, a term or who acts («п/п», «(дата)») ends a heading.
  const single = filled.length === 1 && SECTION_ROLES.has(headerRole(filled[0]!) ?? 'field');
  if (!single && filled.every((c) => c.length <= 40 && headerRole(c) !== null && !/^\d+(?:\.\d+)+/.test(c.trim()) && !SECTION_LEAD.test(c.trim()))) return true;
  const spanned = spannedColumns(header);
  if (filled.length < 2 || spanned.size === 0) return false;
  return cells.every((c, j) => c.trim() === '' || (spanned.has(j) && c.trim().length <= 30 && !/^\d+(?:\.\d+)*\.?$/.test(c.trim())));
}

/** Columns under a header cell that spans several: the cell itself and the empty cells after it. */
function spannedColumns(header: readonly string[]): Set<number> {
  const out = new Set<number>();
  const blank = (j: number) => (header[j] ?? '').trim() === '';
  for (let j = 1; j < header.length; j++) {
    if (!blank(j) || blank(j - 1)) continue;
    out.add(j - 1);
    for (let k = j; k < header.length && blank(k); k++) out.add(k);
  }
  return out;
}

const SECTION_ROLES = new Set<ColumnRole>(['title', 'measure', 'action', 'content', 'tasks', 'format', 'goal', 'field']);
const SECTION_LEAD = /^(?:[IVXLC]{1,6}\.|\d{1,2}\.\s|раздел\s|глава\s)/i;

const SPLIT_START = /^(?:начал[оа]|дата начала|начало срока|с|от)$/i;
const SPLIT_END = /^(?:окончани[ея]|конец|дата окончания|окончание срока|завершени[ея]|по|до)$/i;

/**
 * A term printed in two columns under one heading («Срок» over «начало | окончание»): the index of the end column
 * beside the deadline column, so that a row reads «февраль – апрель» instead of losing its end to a field.
 */
export function splitDeadlineEnd(columns: readonly Column[]): number | null {
  const d = columns.findIndex((c) => c.role === 'deadline');
  const end = columns[d + 1];
  if (d < 0 || end === undefined || end.role !== 'field') return null;
  const [parent, start] = columns[d]!.title.split(' — ');
  const [endParent, endSub] = end.title.split(' — ');
  if (parent === undefined || start === undefined || endSub === undefined || parent !== endParent) return null;
  return SPLIT_START.test(start.trim()) && SPLIT_END.test(endSub.trim()) ? d + 1 : null;
}

const slug = (title: string): string =>
  title
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

const TITLE_PRIORITY: ColumnRole[] = ['measure', 'action', 'format', 'content', 'tasks', 'field'];

export function buildColumns(header: readonly string[], subHeader: readonly string[] | null = null): Column[] {
  const width = Math.max(header.length, subHeader?.length ?? 0);
  const columns: Column[] = [];
  let groupTitle = '';
  for (let i = 0; i < width; i++) {
    const top = singleLine(cleanCell(header[i] ?? ''));
    const sub = singleLine(cleanCell(subHeader?.[i] ?? ''));
    if (top) groupTitle = top;
    const parent = top || (sub ? groupTitle : '');
    const title = sub ? (parent ? `${parent} — ${sub}` : sub) : top;
    const role = (sub ? headerRole(sub) : null) ?? headerRole(top) ?? 'field';
    columns.push({ key: '', title: title || `Колонка ${i + 1}`, role, headerRole: role });
  }
  // «Сроки, предусмотренные законодательством» beside «Срок исполнения»: the plan's deadline is
  // the one the commission set; the rule the law sets stays a named field (kept and exported).
  const deadlines = columns.filter((c) => c.role === 'deadline');
  if (deadlines.length > 1) {
    const own = deadlines.find((c) => !/закон|норматив|предусмотрен/i.test(c.title)) ?? deadlines[0]!;
    for (const c of deadlines) if (c !== own) c.role = 'field';
  }
  if (!columns.some((c) => c.role === 'title')) {
    for (const role of TITLE_PRIORITY) {
      const candidate = columns.find((c) => c.role === role);
      if (candidate) {
        candidate.role = 'title';
        break;
      }
    }
  }
  assignKeys(columns);
  return columns;
}

/** Keys are stable names for `fields`: the role when unique, numbered year marks, a slug otherwise. */
export function assignKeys(columns: Column[]): void {
  const used = new Set<string>();
  let year = 0;
  for (const column of columns) {
    let base: string;
    if (column.role === 'year_mark') base = `year_${++year}`;
    else if (column.role === 'field') base = slug(column.title) || 'column';
    else base = column.role;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
    used.add(key);
    column.key = key;
  }
}

/** Columns for a layout without a header (free text): what such plans always have. */
export function defaultColumns(): Column[] {
  const columns: Column[] = [
    { key: '', title: '№ п/п', role: 'number', headerRole: 'number' },
    { key: '', title: 'Наименование мероприятия', role: 'title', headerRole: 'title' },
    { key: '', title: 'Срок исполнения', role: 'deadline', headerRole: 'deadline' },
    { key: '', title: 'Исполнители', role: 'executors', headerRole: 'executors' },
  ];
  assignKeys(columns);
  return columns;
}
