import type { PlanKind, Period } from '../../shared/plan-format.js';
import { joinLines, singleLine } from './cell-text.js';
import type { DocLine } from './doc-lines.js';

/**
 * Title, period and kind of the plan. The title is the heading right above the table or the
 * numbered body («ПЛАН / работы … / на 2024 год»); the period is read from it, outside quoted
 * names first, because a programme's name in «…» may carry another year.
 */
const TITLE_START =
  /^(?:план|программа|сводный план|календарный план|стратегический план|комплексный план|основные мероприятия|мероприятия|перечень|график|дорожная карта|примерный план|тематический план|рабочий план)(?![а-яё])/i;

export interface TitleResult {
  title: string;
  lines: Set<number>;
}

export function findTitle(lines: readonly DocLine[], exclude: ReadonlySet<number>): TitleResult | null {
  const usable = lines.filter((l) => l.text && !exclude.has(l.line));
  for (let i = usable.length - 1; i >= 0; i--) {
    const text = usable[i]!.text.replace(/\*/g, '').trim();
    if (!TITLE_START.test(text) || text.length > 400) continue;
    const part = usable.slice(i, i + 6).filter((l) => l.text.length <= 400);
    if (part.reduce((n, l) => n + l.text.length, 0) > 900) continue;
    return { title: normalizeTitle(part.map((l) => l.text)), lines: new Set(part.map((l) => l.line)) };
  }
  // No plan word: the last short group of lines before the body.
  const group: DocLine[] = [];
  for (let i = lines.length - 1; i >= 0 && group.length < 5; i--) {
    const l = lines[i]!;
    if (exclude.has(l.line)) {
      if (group.length) break;
      continue;
    }
    if (!l.text) {
      if (group.length) break;
      continue;
    }
    if (l.text.length > 250) break;
    group.unshift(l);
  }
  if (group.length === 0) return null;
  return { title: normalizeTitle(group.map((l) => l.text)), lines: new Set(group.map((l) => l.line)) };
}

export function normalizeTitle(parts: readonly string[]): string {
  let title = singleLine(joinLines(parts.map((p) => p.replace(/\*+/g, '').trim()))).replace(/\s+/g, ' ').trim();
  title = title.replace(/\s+([,.;:])/g, '$1');
  // «ПЛАН работы …», «КАЛЕНДАРНЫЙ ПЛАН мероприятий …»: the shouted opening words, not abbreviations.
  const caps = /^(?:[А-ЯЁ]{4,}(?:\s+|$))+/.exec(title);
  if (caps && /[а-яё]/.test(title.slice(caps[0].length))) {
    const lowered = caps[0].toLowerCase();
    title = lowered.charAt(0).toUpperCase() + lowered.slice(1) + title.slice(caps[0].length);
  }
  return title;
}

const yearPeriod = (from: number, to: number): Period | null =>
  from >= 1990 && to <= 2100 && from <= to ? { start: `${from}-01-01`, end: `${to}-12-31` } : null;

const withoutQuotes = (text: string): string => {
  let out = text;
  for (let k = 0; k < 3; k++) out = out.replace(/«[^«»]*»/g, ' ');
  return out.replace(/"[^"]*"/g, ' ');
};

export function findPeriod(text: string): Period | null {
  return periodIn(withoutQuotes(text)) ?? periodIn(text);
}

function periodIn(text: string): Period | null {
  const t = text.replace(/\s+/g, ' ');
  const range = /(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг?\.?|годы|годов|годах|год)?/i.exec(t);
  if (range && /(?:на|в|период)\s*$/i.test(t.slice(Math.max(0, range.index - 10), range.index)) ) {
    const p = yearPeriod(+range[1]!, +range[2]!);
    if (p) return p;
  }
  const half = /(?:на\s+)?(перв|втор|1|2|I|II)[а-я-]*\s+полугоди[ея]\s+(\d{4})/i.exec(t);
  if (half) {
    const second = /^(втор|2|II)$/i.test(half[1]!);
    const y = +half[2]!;
    return second ? { start: `${y}-07-01`, end: `${y}-12-31` } : { start: `${y}-01-01`, end: `${y}-06-30` };
  }
  const quarter = /(?:на\s+)?(I{1,3}|IV|[1-4])(?:-?й)?\s+квартал[а-я]*\s+(\d{4})/i.exec(t);
  if (quarter) {
    const q = { I: 1, II: 2, III: 3, IV: 4 }[quarter[1]!.toUpperCase() as 'I'] ?? +quarter[1]!;
    const y = +quarter[2]!;
    const startMonth = (q - 1) * 3 + 1;
    const endDay = new Date(Date.UTC(y, startMonth + 2, 0)).getUTCDate();
    return { start: `${y}-${String(startMonth).padStart(2, '0')}-01`, end: `${y}-${String(startMonth + 2).padStart(2, '0')}-${endDay}` };
  }
  if (range) {
    const p = yearPeriod(+range[1]!, +range[2]!);
    if (p && /гг|год/i.test(range[0])) return p;
  }
  const single = /(?:на|в)\s+(\d{4})\s*(?:г\.?|год[уа]?)(?![а-яё])/i.exec(t) ?? /(\d{4})\s*(?:г\.|год[уа]?)(?![а-яё])/i.exec(t);
  if (single) return yearPeriod(+single[1]!, +single[1]!);
  return null;
}

export function guessKind(title: string, signs: { description: boolean; elections: boolean }): PlanKind {
  const t = title.toLowerCase();
  if (/календарн/.test(t)) return 'calendar';
  if (/стратегическ|стратеги/.test(t)) return 'strategic';
  if (/сводн/.test(t)) return 'consolidated';
  if (/^программ/.test(t)) return 'programme';
  if (signs.description && /программ/.test(t)) return 'programme';
  if (/план[а-я]*\s+работы|план[а-я]*\s+деятельности|рабочий план/.test(t)) return 'work_plan';
  if (signs.elections) return 'calendar';
  return 'other';
}
