/**
 * Text clean-up shared by the parser: Word and HTML exports bring every dash,
 * space and quote Unicode has, and planners type «ё» or «е» at random.
 */

export const MAX_PHRASE_LENGTH = 1000;

/** Cuts overlong input at a code-point boundary so a surrogate pair is never split. */
export function truncatePhrase(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_PHRASE_LENGTH) return { text, truncated: false };
  let end = MAX_PHRASE_LENGTH;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi;
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d\u00ad]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const QUOTES = /[«»„“”‟″"]/g;

/** Unifies dashes, spaces and quotes, keeping letter case (legal references keep their spelling). */
export function normalizeSpacing(text: string): string {
  return text.replace(HTML_TAG, ' ').replace(INVISIBLE, '').replace(DASHES, '-').replace(QUOTES, '"').replace(SPACES, ' ').trim();
}

/**
 * Lower case, «ё» → «е», Ukrainian/Belarusian «і» (typed for Roman I) → Latin «i», and a lone Latin «c»
 * (the look-alike key of a Latin layout, «c 6 по 11 марта») → the preposition «с».
 */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/і/g, 'i')
    .replace(/(^|\s)c(?=\s)/g, '$1с');
}
