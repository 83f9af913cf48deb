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
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»', ndash: '–', mdash: '—',
  hellip: '…', bull: '•', middot: '·', shy: '', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’', numero: '№',
  sect: '§', deg: '°', times: '×', minus: '−', thinsp: ' ', ensp: ' ', emsp: ' ', zwnj: '', zwj: '', lrm: '', rlm: '',
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
export function cleanInline(text: string): string {
  let t = text;
  if (t.includes('<')) t = t.replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  t = decodeEntities(t);
  for (const re of FIELD_CODES) t = t.replace(re, ' ');
  t = t
    .replace(/\*{2,3}|__/g, '')
    .replace(/\\([_*\-.#()[\]!`>])/g, '$1')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ');
  return t.trim();
}

const ENDS_SENTENCE = /[.;:!?…»"”)]$/;
const STARTS_PARAGRAPH = /^(?:[«"„(•·*\-–—]|\d|[A-ZА-ЯЁ])/;
const LIST_MARKER = /^(?:[-–—•·*]\s|\d{1,2}[.)]\s|[а-яa-z]\)\s)/;
const DANGLING = /(?:^|\s)(?:и|в|во|с|со|на|по|для|о|об|к|ко|от|из|за|при|до|не|а|или|также|а также)$/i;

export type JoinMode = 'prose' | 'list';

/**
 * Joins lines that the page wrapped and keeps real paragraph breaks as "\n".
 * Hyphenation is undone, except that compound words keep their hyphen
 * («информационно-\nразъяснительной» → «информационно-разъяснительной»).
 * In `list` mode (executors) a new capitalised line is a new entry unless the previous one dangles.
 */
export function joinLines(lines: readonly string[], mode: JoinMode = 'prose'): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const hyphen = /([A-Za-zА-Яа-яЁё]+)[-‐]$/.exec(out);
    if (hyphen && /^[a-zа-яё]/.test(line)) {
      const word = hyphen[1] ?? '';
      out = /[оеОЕ]$/.test(word) ? out + line : out.slice(0, -1) + line;
      continue;
    }
    const dangles = /[,(\-–—]$/.test(out) || DANGLING.test(out);
    const lower = /^[a-zа-яё]/.test(line);
    if (mode === 'list') {
      out += lower || dangles ? ' ' + line : '\n' + line;
    } else if (LIST_MARKER.test(line) && !dangles) {
      out += '\n' + line;
    } else if (ENDS_SENTENCE.test(out) && STARTS_PARAGRAPH.test(line)) {
      out += '\n' + line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
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
  const t = text.trim();
  return /[,(\-–—]$/.test(t) || DANGLING.test(t);
}

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trim());
}
