import type { SourceBlock } from './readers/source-model.js';
import { toDocLines } from './doc-lines.js';
import type { PlanRecord, Warn } from './records/plan-record.js';

/**
 * A news text retelling a plan may list its sections and no measure: «деятельность Комиссии … будет осуществляться по
 * следующим направлениям: 1. Избирательные участки. 2. Списки избирателей. …», then «В общей сложности семь разделов
 * плана включают в себя 143 мероприятия». A numbered list of bare titles (no term, no executor, no sub-number) that
 * the text around calls the plan's sections or directions is a list of sections, each a heading without its full stop.
 * The sentence after the list, run into its last title when that title has no full stop, is cut off and shown as a
 * warning at its line, not lost.
 */
const INTRO = /(?:по\s+следующим|на\s+следующие|следующи[ем]|такие)\s+(?:направлени|раздел)[а-яё]*\s*:\s*$/i;
const NAMED = /(?:раздел(?:ов|ы|а)|направлени(?:й|я))\s+(?:календарного\s+)?плана/i;
// «… результатов выборов В общей сложности семь разделов плана …»: a capital after a lower-case word starts a sentence.
const RUN_ON = /^(.*?[а-яё»)])\s+([А-ЯЁ][а-яё]*\s[^]*)$/u;

export function markToldSections(records: PlanRecord[], before: readonly SourceBlock[], after: readonly SourceBlock[], warn: Warn): void {
  if (records.length < 2) return;
  const bare = records.every(
    (r) =>
      r.kind === 'item' &&
      r.number !== null &&
      /^\d{1,2}$/.test(r.number) &&
      r.title !== '' &&
      !r.deadline &&
      !r.executors &&
      !r.coExecutors &&
      Object.values(r.fields).every((v) => !v),
  );
  if (!bare) return;
  const intro = toDocLines(before)
    .map((l) => l.text.trim())
    .filter(Boolean)
    .at(-1);
  const last = records[records.length - 1]!;
  const runOn = RUN_ON.exec(last.title);
  const tail = runOn && NAMED.test(runOn[2]!) ? runOn[2]! : null;
  const following = toDocLines(after)
    .map((l) => l.text)
    .slice(0, 3)
    .join(' ');
  if (!(intro !== undefined && INTRO.test(intro)) && tail === null && !NAMED.test(following)) return;
  if (tail !== null) {
    last.title = runOn![1]!;
    warn(`строка ${last.line}: текст после списка разделов вынесен из названия раздела: «${tail}»`, last.line);
  }
  for (const r of records) {
    r.kind = 'section';
    r.sectionHint = true;
    r.title = r.title.replace(/\s*\.$/, '');
  }
}
