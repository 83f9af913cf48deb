import { isoDate, monthFromWord } from './approval.parse.js';
import type { DocLine } from './doc-lines.js';

/**
 * Election anchors («День голосования - 2 марта 2008 года»): calendar plans count their
 * deadlines from voting day, so the date must reach the deadline engine.
 */
export interface ElectionAnchor {
  name: string | null;
  votingDay: string;
  /** Source line, so the title search can leave it out. */
  line: number;
}

const VOTING_DAY =
  /(?:(?:единый\s+)?день|дата)\s+(?:голосования|выборов)\s*[-–—:]?\s*(?:[-–—]\s*)?(\d{1,2})\s*(?:\.\s*(\d{1,2})\s*\.\s*(\d{4})|\s+([а-яё]+)\s+(\d{4}))/i;

export function parseElections(lines: readonly DocLine[]): ElectionAnchor[] {
  const out: ElectionAnchor[] = [];
  lines.forEach((l, i) => {
    const m = VOTING_DAY.exec(l.text);
    if (!m) return;
    const month = m[2] ? monthFromWord(m[2]) : monthFromWord(m[4] ?? '');
    const year = parseInt(m[3] ?? m[5] ?? '', 10);
    const iso = month ? isoDate(parseInt(m[1]!, 10), month, year) : null;
    if (!iso || out.some((e) => e.votingDay === iso)) return;
    out.push({ name: electionName(l.text.slice(0, m.index), lines, i), votingDay: iso, line: l.line });
  });
  return out;
}

/** «… по подготовке и проведению выборов депутатов Городской Думы» → «выборов депутатов Городской Думы». */
function electionName(before: string, lines: readonly DocLine[], index: number): string | null {
  const pick = (text: string): string | null => {
    const m = /(?:(?:досрочн|дополнительн|повторн)[а-яё]*\s+)?(?:выбор|референдум)[\s\S]*$/i.exec(text);
    return m ? m[0].trim().replace(/[.,;:–—-]+$/, '').trim() : null;
  };
  const same = pick(before);
  if (same) return same;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const text = lines[k]!.text.replace(/\*/g, '').trim();
    if (!text) continue;
    return text.length <= 250 ? pick(text) : null;
  }
  return null;
}
