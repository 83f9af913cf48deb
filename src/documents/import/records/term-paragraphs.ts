import type { SourceCell } from '../readers/source-model.js';
import { isDeadlineLike, isLegalBasisLike } from './cell-classify.js';

/**
 * One cell per paragraph, and a term cell of three: the rule, the day it gives and the article that sets it
 * («Cu cel puţin 35 de zile înaintea votării» / «28 decembrie 2012» / «Art. 9 alin. (2)»; «Не позднее чем за 45 дней
 * до дня голосования» / «14 января 2009 года» / «п. 3 ст. 20»). Where the table has one term column and the row more
 * paragraphs than columns, a term printed right under a term, and an article cited right under it, are more of that
 * cell — not the cells of the columns after it, which would slide every cell of the row one place on.
 */
const ARTICLE = /^(?:art\.|articolul|alin\.|ст\.|статья|ч\.\s*\d|п\.\s*\d|пп\.\s*\d|пункт)/i;

export const isArticleLine = (text: string): boolean => text.length <= 80 && ARTICLE.test(text.trim()) && isLegalBasisLike(text);

/** Joins a term cell's paragraphs in place, while the row holds more cells than `width`. */
export function joinTermParagraphs(cells: SourceCell[], width: number): void {
  for (let k = 1; k < cells.length && cells.length > width; k++) {
    const above = cells[k - 1]!.text;
    const text = cells[k]!.text;
    if (!text || !above || !isDeadlineLike(above.split('\n')[0]!, true)) continue;
    const termUnderTerm = !above.includes('\n') && isDeadlineLike(text, true) && !isArticleLine(above);
    if (!termUnderTerm && !isArticleLine(text)) continue;
    cells[k - 1] = { ...cells[k - 1]!, text: `${above}\n${text}` };
    cells.splice(k, 1);
    k--;
  }
}

// «… 28 decembrie 2012 Art. 9 alin. (2)»: the term's paragraphs joined into one line, the article after the year.
const ARTICLE_AFTER_YEAR = /^(.*?(?<!\d)(?:19|20)\d\d(?:\s*(?:года|г\.|year))?)\s+((?:art\.|articolul|ст\.|статья|ч\.\s*\d|п\.\s*\d|пункт)\s*.{1,70})$/iu;

/**
 * «… 28 decembrie 2012» / «Art. 9 alin. (2)»: the article closing a term cell after the day it gives is the item's
 * legal basis, not a word of its term. Null when the term ends with no article.
 */
export function articleLineAfterTerm(text: string): { before: string; reference: string } | null {
  const m = ARTICLE_AFTER_YEAR.exec(text.trim());
  if (!m || !isArticleLine(m[2]!) || !isDeadlineLike(m[1]!, true)) return null;
  return { before: m[1]!.trim(), reference: m[2]!.trim() };
}
