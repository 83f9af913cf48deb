/**
 * Qualifiers ride along with a deadline without changing its dates:
 * «(по отдельному плану)», footnote markers «<1>», a legal basis in brackets.
 * They are lifted out before the deadline itself is parsed and reported as
 * flags and fields, never dropped.
 */
import { foldCase } from './normalize.js';

export interface Qualifiers {
  /** The phrase with qualifiers removed, case preserved. */
  core: string;
  flags: string[];
  legalBasis: string[];
  notes: string[];
  footnotes: string[];
}

const FOOTNOTE_ANGLE = /<\s*(\d{1,3}|\*{1,3})\s*>/g;
const FOOTNOTE_SQUARE = /\[\s*(\d{1,3}|\*{1,3})\s*\]/g;
const SUPERSCRIPTS = /[¹²³⁰⁴-⁹]+/g;
const ASTERISKS = /\*+/g;
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

const SEPARATE_PLAN = /по\s+отдельн[а-я]*\s+(?:план|график|программ)[а-я]*/;
const SEPARATE_PLAN_INLINE = /[,;]?\s*по\s+отдельн[а-яё]*\s+(?:план|график|программ)[а-яё]*/giu;
// A word that starts a legal reference; the lookbehind stands in for \b, which JS does not apply to Cyrillic.
const LEGAL_REFERENCE =
  /(?:^|[^а-яa-z])(?:пп?\.|ч\.|ст\.|абз\.|пункт|подпункт|част[ьи]|стать|закон|кодекс|фз|федеральн|постановлени|указ|приказ|распоряжени|регламент|конституци)/;
const EXTERNAL_PLAN = /(?:согласно|по|в соответствии с)\s+(?:утвержденн[а-я]*\s+)?(?:план|график)/;
const BY_AGREEMENT = /по\s+согласовани/;

/** True when folded text cites a law, an article or a resolution. */
export function looksLikeLegalReference(folded: string): boolean {
  return LEGAL_REFERENCE.test(folded);
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function classifyBracket(content: string, q: Qualifiers): void {
  const text = content.trim();
  if (text === '') return;
  const folded = foldCase(text);
  if (SEPARATE_PLAN.test(folded)) {
    addUnique(q.flags, 'separate_plan');
  } else if (LEGAL_REFERENCE.test(folded)) {
    q.legalBasis.push(text);
  } else if (EXTERNAL_PLAN.test(folded)) {
    addUnique(q.flags, 'external_plan');
    q.notes.push(text);
  } else if (BY_AGREEMENT.test(folded)) {
    addUnique(q.flags, 'by_agreement');
    q.notes.push(text);
  } else {
    q.notes.push(text);
  }
}

function liftBrackets(text: string, q: Qualifiers): string {
  let rest = text;
  // Innermost first, so «(п. 1 (в ред.) ст. 5)» still comes out whole enough to read.
  for (let guard = 0; guard < 50 && rest.includes('('); guard++) {
    const close = rest.indexOf(')');
    if (close < 0) {
      const open = rest.lastIndexOf('(');
      classifyBracket(rest.slice(open + 1), q);
      rest = rest.slice(0, open);
      continue;
    }
    const open = rest.lastIndexOf('(', close);
    if (open < 0) {
      rest = rest.slice(0, close) + ' ' + rest.slice(close + 1);
      continue;
    }
    classifyBracket(rest.slice(open + 1, close), q);
    rest = `${rest.slice(0, open)} ${rest.slice(close + 1)}`;
  }
  return rest.replace(/\)/g, ' ');
}

export function extractQualifiers(spaced: string): Qualifiers {
  const q: Qualifiers = { core: '', flags: [], legalBasis: [], notes: [], footnotes: [] };
  let rest = spaced;

  if (rest.includes('<') || rest.includes('[')) {
    const onMarker = (_m: string, marker: string): string => {
      q.footnotes.push(marker);
      return ' ';
    };
    rest = rest.replace(FOOTNOTE_ANGLE, onMarker).replace(FOOTNOTE_SQUARE, onMarker);
  }
  rest = rest.replace(SUPERSCRIPTS, (m) => {
    q.footnotes.push([...m].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join(''));
    return ' ';
  });
  if (rest.includes('*')) {
    rest = rest.replace(ASTERISKS, (m) => {
      q.footnotes.push(m);
      return ' ';
    });
  }
  if (q.footnotes.length > 0) q.flags.push('footnote');

  if (rest.includes('(') || rest.includes(')')) rest = liftBrackets(rest, q);

  rest = rest.replace(SEPARATE_PLAN_INLINE, () => {
    addUnique(q.flags, 'separate_plan');
    return ' ';
  });

  q.core = rest
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:\-–]+/, '')
    .replace(/[\s.,;:]+$/, '');
  return q;
}
