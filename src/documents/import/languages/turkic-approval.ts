import type { ActKind, ApprovalBlock } from '../approval.parse.js';
import type { DocLine } from '../doc-lines.js';
import { findDates } from '../header-dates.js';
import { endsWithTurkicPlanWord, TURKIC_RUNS_ON } from './turkic-header.js';
import { foldTurkic, LETTER, LOWER } from './turkic-letters.js';

/**
 * The approval block of Kyrgyz and Kazakh plans. Both languages put the approving body first, in
 * the genitive, then the date, the number and the act, and the verb last:
 *   Kyrgyz «… комиссиясынын 2024-жылдын 5-мартындагы № 12 токтому менен бекитилген», «… токтомуна тиркеме»;
 *   Kazakh «… комиссиясының 2022 жылғы 21 қыркүйектегі № 12/34 қаулысымен бекітілген», «… қаулысына қосымша».
 * A block may also open with the verb alone («БЕКІТІЛГЕН», «Бекітілді», «БЕКИТИЛГЕН») and name the
 * act below it. Texts are matched folded (foldTurkic), so Kazakh «бекітілген» and Kyrgyz
 * «бекитилген» are one word here.
 */

// Act kinds: Kyrgyz токтом / чечим / буйрук / тескеме, Kazakh қаулы / шешім / бұйрық / өкім («буйругу», «бұйрығы»: к voiced to г before a vowel).
const ACT_KINDS: [RegExp, ActKind][] = [
  [/^(?:токтом|каулы)/, 'постановление'],
  [/^(?:чечим|шешим)/, 'решение'],
  [/^буйр[уы][кг]/, 'приказ'],
  [/^(?:тескеме|оким)/, 'распоряжение'],
];
const ACT = /(?:^|[^а-яё])((?:токтом|каулы|чечим|шешим|буйр[уы][кг]|тескеме|оким)[а-яё]*)/g;
const APPROVED = /(?:бекитилген|бекитилди|бекитемин|жактырылган|макулданган|макулданды)/;
// «… қаулысына қосымша», «… токтомуна 2-тиркеме»: the plan is an appendix of the act.
const APPENDIX = /(?:токтом|каулы|чечим|шешим|буйр[уы][кг]|тескеме|оким)[а-яё]*\s+(?:(\d{1,2})\s*-\s*)?(?:косымша|тиркеме)/;
/** The verb alone on a line, above the rest of the block. */
const APPROVED_FIRST = /^(?:бекитилген|бекитилди|бекитемин|макулданган|макулданды)[.:]?(?:\s|$)/;
const NUMBER = new RegExp(`(?:№|(?<![A-Za-z${LETTER}])N(?=\\s*\\d))\\s*([0-9A-Za-z${LETTER}][0-9A-Za-z${LETTER}/\\-–.]*)`);

/** Kyrgyz токтом → постановление, Kazakh шешім → решение, as the interchange format names acts. */
export function turkicActKind(word: string): ActKind | null {
  const w = foldTurkic(word);
  return ACT_KINDS.find(([re]) => re.test(w))?.[1] ?? null;
}

/**
 * The body is printed in the genitive: Kazakh -ның/-нің/-дың/-дің/-тың/-тің, Kyrgyz -нын/-нин/-нун/-нүн/-дын/….
 * «Орталық сайлау комиссиясының» → «Орталық сайлау комиссиясы»; «БШКнын» → «БШК». */
export function turkicNominative(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const m = /^(.{2,}?)[ндт](?:ың|ің|ын|ин|ун|үн)$/i.exec(last);
  if (m) words[words.length - 1] = m[1]!;
  const out = words.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

interface Found {
  lines: DocLine[];
  text: string;
}

/** Down from the verb printed first («БЕКІТІЛГЕН» / «Орталық сайлау комиссиясының» / «… № 12 қаулысымен»). */
function blockBelow(lines: readonly DocLine[], at: number): Found {
  const parts: DocLine[] = [lines[at]!];
  let blanks = 0;
  for (let k = at + 1; k < lines.length && parts.length < 8; k++) {
    const t = lines[k]!.text.trim();
    if (!t) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    if (t.length > 250) break;
    parts.push(lines[k]!);
    if (hasAct(t) && findDates(join(parts)).length) break;
  }
  return { lines: parts, text: join(parts) };
}

/** Up from the closing formula («… токтому менен» / «бекитилген»). */
function blockAbove(lines: readonly DocLine[], at: number): Found {
  const parts: DocLine[] = [lines[at]!];
  let blanks = 0;
  for (let k = at - 1; k >= 0 && parts.length < 8; k--) {
    const t = lines[k]!.text.trim();
    if (!t) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    const f = foldTurkic(t);
    // The title, an anchor line or a site's dash-list above the block are not part of it.
    if (t.length > 200 || /план|жоспар|^[-–—]|шайлоо\s+кун|сайлау\s+куни|дауыс\s+беру/.test(f)) break;
    // «Хабарландыру» (the page's heading), «211 Views» above «Арал аудандық сайлау комиссиясының …»:
    // once a line opens with the body's name, only a genitive above it («Кыргыз Республикасынын») goes on with it.
    if (nameOpens(parts[0]!.text.trim()) && !GENITIVE_END.test(f) && !COUNTRY.test(f)) break;
    parts.unshift(lines[k]!);
    if (/^(?:кыргыз\s+республикасынын|казакстан\s+республикасы)/.test(f) || APPROVED_FIRST.test(f)) break;
  }
  return { lines: parts, text: join(parts) };
}

/** A line that opens with a capitalised name and holds a body in the genitive («… сайлау комиссиясының»). */
const nameOpens = (text: string): boolean => /^[А-ЯЁӘҒҚҢӨҰҮҺІ]/.test(text) && /комиссия(?:сы)?[ндт](?:ын|ин|ун)(?![а-яё])/.test(foldTurkic(text));
/** «Қазақстан Республикасы» / «Орталық сайлау комиссиясының»: the country's name printed above its body. */
const COUNTRY = /^(?:кыргыз\s+республикасы|казакстан\s+республикасы)[а-я]*$/;
/** A line ending with a word in the genitive (folded): the name goes on below it. */
const GENITIVE_END = /[ндт](?:ын|ин|ун)$/;

/**
 * «Салам-Алик айылдык кеңешинин 2025-жылдын 20-январындагы № 5 токтому менен бекитилген» on one line:
 * the body, the date and the act are all there, so the line above (a signature «Төрага …», the act's
 * last words) is not part of the block — unless it breaks off on a word that runs into this one
 * («… шайлоо жана референдум өткөрүү боюнча» / «борбордук комиссиясынын 2016-жылдын …»).
 */
function wholeOnOneLine(lines: readonly DocLine[], at: number): Found | null {
  const line = lines[at]!;
  const own = readBlock(line.text.trim().replace(/\s+/g, ' '));
  if (!own.authority || !own.date || own.authority.split(' ').length < 2) return null;
  const above = lines
    .slice(0, at)
    .reverse()
    .find((l) => l.text.trim());
  if (above && TURKIC_RUNS_ON.test(above.text.trim())) return null;
  return { lines: [line], text: join([line]) };
}

const hasAct = (text: string): boolean => [...foldTurkic(text).matchAll(ACT)].length > 0;

/**
 * The verb alone on a line opens the block when the act is named below it and closes it when the act
 * is named above it (Kyrgyz sites break «… № 50 токтому менен» / «бекитилген» over two paragraphs).
 */
function blockAt(lines: readonly DocLine[], at: number): Found {
  if (!APPROVED_FIRST.test(foldTurkic(lines[at]!.text.trim()))) return blockAbove(lines, at);
  const above = blockAbove(lines, at);
  return above.lines.length > 1 && hasAct(above.text) && findDates(above.text).length ? above : blockBelow(lines, at);
}

const join = (lines: readonly DocLine[]): string =>
  lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');

/** The approval block of a Kyrgyz or Kazakh plan, or null when the text has none with a date or number. */
export function parseTurkicApproval(lines: readonly DocLine[]): ApprovalBlock | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length >= 400) continue;
    const folded = foldTurkic(text);
    if (!APPROVED.test(folded) && !APPENDIX.test(folded)) continue;
    const found = wholeOnOneLine(lines, i) ?? blockAt(lines, i);
    const parsed = readBlock(found.text);
    if (!parsed.date && !parsed.number) continue;
    return { ...parsed, lines: new Set(found.lines.map((l) => l.line)) };
  }
  return null;
}

const bodyIn = (text: string): string =>
  text
    .replace(/^\s*(?:бекітілген|бекітілді|бекитилген|бекитилди|бекітемін|бекитемин|мақұлданған|мақұлданды)[.:]?\s*/i, '')
    .replace(/^(?:календардык\s+план|план)\s*/i, '')
    .replace(/[\s,;:–-]+$/, '')
    .trim();

function readBlock(text: string): Omit<ApprovalBlock, 'lines'> {
  const folded = foldTurkic(text);
  const approved = APPROVED.exec(folded);
  const appendix = APPENDIX.exec(folded);
  // What stands after the formula that ends the block is not the act's («… бекитилген 2024-жылдын …» is rare, but a title may follow).
  const openedByVerb = APPROVED_FIRST.test(folded);
  const ends = [appendix ? appendix.index + appendix[0].length : null, approved && !openedByVerb ? approved.index : null].filter(
    (n): n is number => n !== null,
  );
  const cut = ends.length ? Math.min(...ends) : text.length;
  const head = text.slice(0, cut);
  const headFolded = folded.slice(0, cut);
  const acts = [...headFolded.matchAll(ACT)];
  ACT.lastIndex = 0;
  const act = acts[acts.length - 1] ?? null;
  const dates = findDates(head);
  const date = dates[dates.length - 1] ?? null;
  const numberMatch = NUMBER.exec(head.slice(date ? date.index : 0));
  const number = numberMatch ? numberMatch[1]!.replace(/[.,;:–-]+$/, '') : null;
  const numberAt = numberMatch ? (date ? date.index : 0) + numberMatch.index : null;
  const actAt = act ? act.index + (act[0].length - act[1]!.length) : null;
  const stops = [date?.index, numberAt, actAt].filter((n): n is number => n !== null && n !== undefined);
  const end = stops.length ? Math.min(...stops) : head.length;
  let who = bodyIn(head.slice(0, end));
  // «2017 жылғы 28 тамыздағы Алматы облыстық сайлау комиссиясының № 19 қаулысына қосымша»: the date may come first.
  if (who.length < 3 && date && date.index === end) {
    const after = [numberAt, actAt].filter((n): n is number => n !== null && n > date.end);
    who = bodyIn(head.slice(date.end, after.length ? Math.min(...after) : head.length));
  }
  return {
    authority: who.length >= 3 ? turkicNominative(who) : null,
    date: date?.iso ?? null,
    number,
    appendix: appendix?.[1] ?? null,
    actKind: act ? turkicActKind(act[1]!) : 'постановление',
  };
}

// «… комиссиясы 2024-жылдын 30-апрелинде … планын бекитти», Kazakh «… комиссиясы 2024 жылғы 15 наурызда … жоспарын бекітті».
const TOLD = new RegExp(
  `^([^.]{2,200}?(?:комиссиясы|бшк(?:сы)?|оск))\\s+(\\d{4}\\s*-?\\s*ж(?:ыл[${LOWER}]*|\\.)\\s*\\d{1,2}\\s*-?\\s*[${LOWER}]{3,})\\s[^.]*?(?:план|программа|жоспар|багдарлама)[${LOWER}]*\\s+бекитти`,
);

/**
 * «КРнын БШКсы», «КР БШК»: the CEC of Kyrgyzstan by its short name with the country's; the approval names the body
 * by its full name, as the CEC's own pages print it.
 */
const KG_CEC_SHORT = /^(?:КР(?:нын|дин|дын)?|Кыргыз\s+Республикасынын)\s+БШК(?:сы|нын)?$/;
const KG_CEC = 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы';

/**
 * The approval told in a Kyrgyz or Kazakh sentence of a news text: the body (nominative), the day, the
 * plan, «бекитти» / «бекітті» (approved). No number is told.
 */
export function parseTurkicToldApproval(text: string, line: number): ApprovalBlock | null {
  // Folding keeps every character in place, so the match's bounds hold for the printed text.
  const m = TOLD.exec(foldTurkic(text));
  if (!m || !/^[А-ЯЁӘҒҚҢӨҰҮҺІ]/.test(text)) return null;
  const printed = text.slice(0, m[1]!.length).trim();
  const authority = KG_CEC_SHORT.test(printed) ? KG_CEC : printed;
  const date = findDates(text.slice(m.index + m[0].indexOf(m[2]!, m[1]!.length)))[0];
  if (!date) return null;
  return { authority, date: date.iso, number: null, actKind: null, lines: new Set([line]) };
}

// «25.10.20 №265 2021-жылдын 10-январы … календардык планы жөнүндө»: the CEC KG legal-acts pages title
// an act with its date (the year sometimes in two digits), its number and its title on one line.
const ACT_PAGE_LINE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*№\s*(\d[\d/\-–]*)\s+\S/;
// «ТОКТОМ КЫЛАТ:», «ЧЕЧИМ КЫЛАТ:» — the act's operative words, printed on their own line.
const DECREES = /^(токтом|чечим)\s+кылат\s*:?$/;

/**
 * An act of a Kyrgyz commission printed whole on its page: the catalogue line above the act's text
 * and «… комиссиясы / ТОКТОМ КЫЛАТ:» under the preamble. The act is the one the catalogue line
 * names; the body is the one that decrees. A date in the preamble («… 2020-жылдын 24-октябрындагы
 * 263 токтому менен …») names another act and is not read.
 */
export function parseTurkicActPage(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.filter((l) => l.text.trim());
  const first = filled[0];
  const m = first ? ACT_PAGE_LINE.exec(first.text.trim()) : null;
  if (!first || !m) return null;
  const decreeAt = filled.findIndex((l) => DECREES.test(foldTurkic(l.text.trim())));
  if (decreeAt < 1) return null;
  const [, day, month, yearText, number] = m;
  // A two-digit year is this century's: the commission's acts online start in the 2000s.
  const year = yearText!.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  const iso = date.toISOString().slice(0, 10);
  // «… жетекчиликке алып, Кыргыз Республикасынын Шайлоо … борбордук комиссиясы» / «ТОКТОМ КЫЛАТ:».
  const decreeing = filled[decreeAt - 1]!.text.trim().replace(/\s+/g, ' ');
  const last = decreeing.split(/(?:[,;]|\s(?:менен|алып|негизинде|ылайык))\s+/).pop()!;
  const body = /^([^«»“”"]{5,200}(?:комиссиясы|кеңеши|БШК))$/.exec(last);
  const act = foldTurkic(filled[decreeAt]!.text.trim()).startsWith('чечим') ? 'решение' : 'постановление';
  const named = planNamedBy(first.text.trim().slice(m[0].length - 1));
  return {
    authority: body ? body[1]!.trim() : null,
    date: iso,
    number: number!,
    actKind: act,
    lines: new Set([first.line]),
    ...(named ? { titleTail: { line: first.line, text: named } } : {}),
  };
}

/**
 * «… иш-чараларынын календардык планы жөнүндө» (on the calendar plan), «… иш планын бекитүү жөнүндө»
 * (on approving the work plan): the act's title names the plan it approves; «жөнүндө» and the verb go.
 * An act about anything else names no plan.
 */
function planNamedBy(actTitle: string): string | null {
  const named = actTitle
    .trim()
    .replace(/\s+(план|программас)ын\s+бекит[үу][үу]\s+ж[өѳ]н[үу]нд[өѳ]$/i, ' $1ы')
    .replace(/\s+ж[өѳ]н[үу]нд[өѳ]$/i, '');
  return named !== actTitle.trim() && endsWithTurkicPlanWord(named) ? named : null;
}

// «ТОКТОМУ», «ЧЕЧИМИ», Kazakh «ШЕШІМІ», «ҚАУЛЫСЫ» (its resolution, its decision): the act's kind alone on its line,
// as an act's heading prints it under the body's name (folded spelling).
const ACT_HEADING_WORD = /^(?:токтом|чечим|шешим|каулы)(?:у|и|ы|сы)?$/;
// The body's name ends at the word that names the body; «VIII чакырылышынын II сессиясынын» after it only says at
// which sitting the act was made.
const BODY_WORD = /^(.*?(?:кенеш|комиссия|мэрия|администрация|акимат|аким|маслихат|аппарат)[а-я]*)(?=\s|$)/;

/**
 * An act's heading in Kyrgyz or Kazakh: «Кара-Шоро айылдык кеңешинин VIII чакырылышынын II сессиясынын» / «ТОКТОМУ» /
 * «16-январь,2025-жыл.   № 9   Өзгөн району». The body stands above the act word in the genitive, the date and
 * number below it (the place shares their line). Only a heading that gives its date is read.
 */
export function parseTurkicActHeading(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.filter((l) => l.text.trim());
  for (let i = 1; i < filled.length; i++) {
    const word = foldTurkic(filled[i]!.text.trim());
    if (!ACT_HEADING_WORD.test(word)) continue;
    const below = filled.slice(i + 1, i + 3);
    const at = below.findIndex((l) => findDates(l.text).length > 0);
    if (at < 0) continue;
    const dated = below[at]!;
    const date = findDates(dated.text)[0]!;
    const number = NUMBER.exec(dated.text.slice(date.end));
    const above = filled[i - 1]!.text.trim().replace(/\s+/g, ' ');
    // Folding keeps every character in place, so the match's length holds for the printed text.
    const body = BODY_WORD.exec(foldTurkic(above));
    return {
      authority: body ? turkicNominative(above.slice(0, body[1]!.length)) : null,
      date: date.iso,
      number: number ? number[1]!.replace(/[.,;:–-]+$/, '') : null,
      actKind: turkicActKind(word),
      lines: new Set([filled[i]!.line, dated.line, ...(body ? [filled[i - 1]!.line] : [])]),
    };
  }
  return null;
}
