/**
 * Cleaning of cell and paragraph text. Real plans carry Word field codes, markdown from
 * converters, soft hyphens and lines wrapped by the page; the stored text must read as the
 * author wrote it, with «quotes» and in-name numbering untouched.
 */
const FIELD_CODES: RegExp[] = [
  /\bHYPERLINK\s+(?:\\[a-z]\s+)*"[^"]*"\s*(?:\\[a-z]\s+"[^"]*"\s*)*/g,
  /\b(?:PAGEREF|REF|NOTEREF)\s+_?[\w]+(?:\s+\\[a-z*]+)*\s*/g,
  /\\\*\s*MERGEFORMAT\b/g,
  /\bTOC\s+(?:\\[a-z]\s+"[^"]*"\s*)+/g,
];

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  shy: '',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsquo: '‘',
  rsquo: '’',
  numero: '№',
  sect: '§',
  deg: '°',
  times: '×',
  minus: '−',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** One line: artefacts and markup out, whitespace collapsed. */
const SPACED_START = /^\s*[А-ЯЁA-Z] [А-ЯЁA-Z] [А-ЯЁA-Z]/;
const SPACED_WORDS = /^\s*[А-ЯЁA-Z](?: [А-ЯЁA-Z])+(?: {2,}[А-ЯЁA-Z](?: [А-ЯЁA-Z])+)*\s*$/;

export function cleanInline(text: string): string {
  let t = text;
  // [^<>] stops at the next bracket: «<a<a<a…» without «>» stays linear.
  if (t.includes('<')) t = t.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  t = decodeEntities(t);
  for (const re of FIELD_CODES) t = t.replace(re, ' ');
  t = t
    .replace(/\*{2,3}|__/g, '')
    .replace(/\\([_*\-.#()[\]!`>])/g, '$1')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
  // «Т И П О В О Й     П Л А Н»: a heading typed in spaced letters, the words parted by wider gaps.
  if (SPACED_START.test(t) && SPACED_WORDS.test(t))
    t = t
      .trim()
      .split(/ {2,}/)
      .map((w) => w.replace(/ /g, ''))
      .join(' ');
  t = t.replace(/ {2,}/g, ' ');
  // «орга- низаций»: a word broken by old line wrapping and joined back with a space.
  if (/[а-яё][-‐] [а-яё]/.test(t))
    t = t.replace(/([А-Яа-яЁё]*[а-яё])[-‐] ([а-яё]+)/g, (_, stem: string, next: string) => (keepsHyphen(stem, next) ? `${stem}-${next}` : stem + next));
  return t.trim();
}

/**
 * Whether a word broken at a hyphen is a compound («информационно-разъяснительной»,
 * «социально-экономический») rather than a word wrapped by the page («само-управления»).
 */
export function keepsHyphen(stem: string, next = ''): boolean {
  // «июль-\nоктябрь»: a range of months, not a broken word.
  if (MONTH_START.test(next) && MONTH_END.test(stem)) return true;
  return stem.length >= 5 && /(?:но|ко|во|ро|ло|то|ое|ее)$/i.test(stem);
}

const MONTHS = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const MONTH_START = new RegExp(`^${MONTHS}`, 'i');
const MONTH_END = new RegExp(`(?:^|[^а-яё])${MONTHS}$`, 'i');

const ENDS_SENTENCE = /[.;:!?…»"”)]$/;
const STARTS_PARAGRAPH = /^(?:[«"„(•·*\-–—]|\d|[A-ZА-ЯЁ])/;
const LIST_MARKER = /^(?:[-–—•·*]\s|\d{1,2}[.)]\s|[а-яa-z]\)\s)/;
const DANGLING = /(?:^|\s|(?<=\d-))(?:и|в|во|с|со|на|по|для|о|об|к|ко|от|из|за|при|до|не|а|или|также|а также|ранее|позднее|чем|через|течение|жылдын)$/i;

export type JoinMode = 'prose' | 'list';

/**
 * Joins lines that the page wrapped and keeps real paragraph breaks as "\n".
 * Hyphenation is undone, except that compound words keep their hyphen
 * («информационно-\nразъяснительной» → «информационно-разъяснительной»).
 * In `list` mode (executors) a new capitalised line is a new entry unless the previous one dangles.
 */
export function joinLines(lines: readonly string[], mode: JoinMode = 'prose'): string {
  const joiner = new TextJoiner(mode);
  for (const line of lines) joiner.add(line);
  return joiner.toString();
}

/** `joinLines` for two texts. */
export function appendLine(out: string, raw: string, mode: JoinMode = 'prose'): string {
  const joiner = new TextJoiner(mode);
  joiner.add(out);
  joiner.add(raw);
  return joiner.toString();
}

/**
 * Grows a text line by line with the rules of `joinLines`. Pieces are kept in an array and only
 * the last line is inspected: appending to one long string would copy it on every step.
 */
export class TextJoiner {
  private parts: string[] = [];
  private last = '';

  constructor(private readonly mode: JoinMode = 'prose') {}

  static of(text: string, mode: JoinMode = 'prose'): TextJoiner {
    const joiner = new TextJoiner(mode);
    joiner.add(text);
    return joiner;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The end of the text so far, for "does it dangle?" checks. */
  get tail(): string {
    return this.last.slice(-40);
  }

  add(raw: string): void {
    const line = raw.trim();
    if (!line) return;
    if (this.parts.length === 0) {
      this.parts.push(line);
      this.last = line;
      return;
    }
    const tail = this.tail;
    const hyphen = /([A-Za-zА-Яа-яЁё]+)[-‐]$/.exec(tail);
    if (hyphen && /^[a-zа-яё]/.test(line)) {
      const merged = keepsHyphen(hyphen[1] ?? '', line) ? this.last + line : this.last.slice(0, -1) + line;
      this.parts[this.parts.length - 1] = merged;
      this.last = merged;
      return;
    }
    this.parts.push(this.separator(tail, line), line);
    this.last = line;
  }

  toString(): string {
    return this.parts.join('');
  }

  private separator(tail: string, line: string): string {
    const dangles = /[,(\-–—]$/.test(tail) || DANGLING.test(tail);
    const lower = /^[a-zа-яё]/.test(line);
    if (this.mode === 'list') return lower || dangles ? ' ' : '\n';
    if (LIST_MARKER.test(line) && !dangles) return '\n';
    if (ENDS_SENTENCE.test(tail) && STARTS_PARAGRAPH.test(line)) return '\n';
    return ' ';
  }
}

/** A whole cell: every paragraph cleaned, wrapped lines joined. */
export function cleanCell(text: string, mode: JoinMode = 'prose'): string {
  if (!text) return '';
  return joinLines(text.split(/\r?\n/).map(cleanInline), mode);
}

/** One line of text for titles shown in a single row (no paragraph breaks at all). */
export function singleLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function startsLowercase(text: string): boolean {
  return /^[a-zа-яё]/.test(text.trim());
}

export function endsDangling(text: string): boolean {
  const t = text.slice(-40).trim();
  return /[,(\-–—]$/.test(t) || DANGLING.test(t);
}

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.slice(-40).trim());
}
