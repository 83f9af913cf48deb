import { cleanInline } from '../cell-text.js';
import { isDeadlineLike } from '../records/cell-classify.js';
import { emptyRecord, type PlanRecord, type Warn } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';

/**
 * A calendar plan retold as a list, as news sites and commissions' posts print it when the plan
 * itself is a scan: «Работа со списками избирателей:» over «- публикация предварительных списков —
 * до 14 октября;», «▪️13 января - день тишины», or Kyrgyz lines that put the term first
 * («2023-жылдын 25-июлуна чейин шайлоочулардын алдын ала тизмесин илүү;»). Each list line is an
 * item; a short line ending with a colon right above the list is the heading of its items.
 * A list only counts when its lines mostly name dates: a list of offices or of names is not a plan.
 */
export interface BulletLayout {
  records: PlanRecord[];
  start: number;
  end: number;
}

const BULLET = /^\s*(?:[-–—•●▪◦·*]|\p{Extended_Pictographic})\uFE0F?\s*(.+)$/u;
/** «2023-жылдын 25-июлуна чейин …», «2023-жылдын 25-июлунан 30-августун кошуп алганда …»: the term, then the action. */
const KYRGYZ_TERM_FIRST =
  /^(\d{4}-жылдын\s+\d{1,2}-[а-яөүң]+\s+(?:чейин|баштап|тартып)|\d{4}-жылдын\s+\d{1,2}-[а-яөүң]+\s+\d{1,2}-[а-яөүң]+\s+(?:кошуп\s+алганда|чейин))\s+(.{6,})$/i;
const MONTH = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const NAMES_DATE = new RegExp(`\\d{1,2}\\s*-?\\s*${MONTH}|\\d{1,2}[.:]\\d{2}|\\d{4}-жыл|\\d{1,2}-[а-яөүң]+\\s+чейин`, 'i');
/** « — », « – », « - » between the action and its term. */
const SEPARATOR = /\s+[—–-]\s+/;
const HEADING = /^([^:]{3,80}):$/;

interface ListLine {
  title: string;
  deadline: string;
  datesNamed: boolean;
  line: number;
  block: number;
}

function splitItem(text: string): { title: string; deadline: string } {
  const body = text.replace(/[;.]+$/, '').trim();
  const parts = body.split(SEPARATOR);
  if (parts.length < 2) return { title: body, deadline: '' };
  const left = parts[0]!.trim();
  const right = parts.slice(1).join(' - ').trim();
  // «13 января - день тишины»: the term first.
  if (isDeadlineLike(left) && !isDeadlineLike(right)) return { title: right, deadline: left };
  return { title: left, deadline: right };
}

function listLine(text: string, line: number, block: number): ListLine | null {
  const kyrgyz = KYRGYZ_TERM_FIRST.exec(text);
  if (kyrgyz) return { title: kyrgyz[2]!.replace(/[;.]+$/, '').trim(), deadline: kyrgyz[1]!, datesNamed: true, line, block };
  const bullet = BULLET.exec(text);
  if (!bullet) return null;
  const { title, deadline } = splitItem(bullet[1]!);
  if (!title) return null;
  return { title, deadline, datesNamed: NAMES_DATE.test(bullet[1]!), line, block };
}

export function readBulletList(blocks: readonly SourceBlock[], warn: Warn): BulletLayout | null {
  const lines: { text: string; line: number; block: number }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'para') lines.push({ text: cleanInline(b.text), line: b.line, block: i });
  });
  // Runs of list lines, blank lines between them allowed; a heading may stand right above a run.
  const runs: { heading: { text: string; line: number; block: number } | null; items: ListLine[] }[] = [];
  let run: (typeof runs)[number] | null = null;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.text) continue;
    const item = listLine(l.text, l.line, l.block);
    if (item) {
      run ??= { heading: null, items: [] };
      run.items.push(item);
      continue;
    }
    if (run) runs.push(run);
    run = null;
    const heading = HEADING.exec(l.text);
    const next = lines.slice(k + 1).find((n) => n.text);
    if (heading && next && listLine(next.text, next.line, next.block)) run = { heading: { text: heading[1]!.trim(), line: l.line, block: l.block }, items: [] };
  }
  if (run) runs.push(run);
  // A run with no date at all is some other list; the runs with dates must, together, date most of their lines.
  const dated = (r: (typeof runs)[number]): number => r.items.filter((i) => i.datesNamed).length;
  const plans = runs.filter((r) => dated(r) > 0);
  if (plans.reduce((n, r) => n + dated(r), 0) * 2 < plans.reduce((n, r) => n + r.items.length, 0)) return null;
  const items = plans.reduce((n, r) => n + r.items.length, 0);
  if (items < 2) return null;
  const records: PlanRecord[] = [];
  for (const r of plans) {
    if (r.heading) {
      const section = emptyRecord(r.heading.line);
      section.kind = 'section';
      section.sectionHint = true;
      section.title = r.heading.text;
      records.push(section);
    }
    for (const i of r.items) {
      const record = emptyRecord(i.line);
      record.title = i.title;
      record.deadline = i.deadline;
      records.push(record);
    }
  }
  const first = plans[0]!;
  const last = plans[plans.length - 1]!;
  const start = first.heading?.block ?? first.items[0]!.block;
  const end = last.items[last.items.length - 1]!.block + 1;
  // Text between the runs that is neither an item nor a heading stays in view, at its line.
  const taken = new Set(plans.flatMap((r) => [...(r.heading ? [r.heading.block] : []), ...r.items.map((i) => i.block)]));
  for (const l of lines)
    if (l.text && l.block > start && l.block < end && !taken.has(l.block))
      warn(`строка ${l.line}: текст между пунктами списка не входит в план — «${l.text}»`, l.line);
  warn('План записан списком, без таблицы: наименования и сроки определены по тексту строк; проверьте их', lines.find((l) => l.block === start)?.line ?? null);
  return { records, start, end };
}
