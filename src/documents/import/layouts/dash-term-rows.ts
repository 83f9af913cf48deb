import { cleanInline } from '../cell-text.js';
import { executorScore, isDeadlineLike, type ExecutorVocabulary } from '../records/cell-classify.js';
import { emptyRecord, type PlanRecord } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';

/**
 * A calendar plan copied by a news site with no table, no headings and no numbers: each row is the measure on a
 * line, who carries it out on the next (or nobody), then its term on one or more lines that open with a dash —
 *   «Опубликование сообщения о границах участков …» / «Акиматы» / «- Не позднее чем через десять дней после
 *   назначения референдума.» / «- Не позднее 21 февраля 2026 года.»
 * (the rule and the day it gives). The dash lines are the term, not items of a list. Taken only where every dash line
 * reads as a term, every row has one and a row's lines before its term are the measure and at most one executor;
 * lines above the first row are the text around the plan (its headline, the date line), left to the header.
 */
export interface DashTermLayout {
  records: PlanRecord[];
  start: number;
  end: number;
}

interface Line {
  text: string;
  line: number;
  block: number;
}

const DASH = /^[-–—]\s+(\S.*)$/u;
const MIN_ROWS = 3;

export function readDashTermRows(blocks: readonly SourceBlock[], vocab: ExecutorVocabulary): DashTermLayout | null {
  const lines: Line[] = [];
  blocks.forEach((b, block) => {
    if (b.kind !== 'para') return;
    const text = cleanInline(b.text);
    if (text) lines.push({ text, line: b.line, block });
  });
  const isTerm = (l: Line): string | null => {
    const m = DASH.exec(l.text);
    return m && isDeadlineLike(m[1]!) ? m[1]! : null;
  };
  const records: PlanRecord[] = [];
  let head: Line[] = [];
  let terms: string[] = [];
  let start = -1;
  let end = -1;
  const close = (): boolean => {
    if (terms.length === 0) return true;
    const executorLine = head.length >= 2 && executorScore(head[head.length - 1]!.text, vocab) >= 0.6 ? head[head.length - 1]! : null;
    const titleLine = head[head.length - (executorLine ? 2 : 1)];
    // Lines above the measure are the text before the plan on the first row only; later, the rows lost their shape.
    if (!titleLine || isTerm(titleLine) !== null || (records.length > 0 && head.length > (executorLine ? 2 : 1))) return false;
    if (records.length === 0) start = titleLine.block;
    const record = emptyRecord(titleLine.line);
    record.title = titleLine.text;
    record.executors = executorLine?.text ?? '';
    record.deadline = terms.join('\n');
    records.push(record);
    head = [];
    terms = [];
    return true;
  };
  for (const l of lines) {
    const term = isTerm(l);
    if (term !== null) {
      if (head.length === 0 && terms.length === 0) return null;
      terms.push(term);
      end = l.block + 1;
      continue;
    }
    // A dash line that reads as no term: a list, not a plan's terms.
    if (DASH.test(l.text)) return null;
    if (!close()) return null;
    head.push(l);
  }
  if (!close() || records.length < MIN_ROWS) return null;
  return { records, start, end };
}
