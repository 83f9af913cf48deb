import { isTurkicLegalBasis } from '../languages/turkic-cells.js';

/**
 * Law references printed inside cells: «(п. 7 ст. 33 Федерального закона)», «(ч.5 ст.10 Закона)»,
 * «(8-модда)», «(«…» КРнын Мыйзамы, 10-бер.)». Calendar plans of elections cite the article that
 * sets each deadline; the importer keeps it as the item's legal basis.
 */
const LAW_WORDS = /(?:(?:^|[^а-яё])(?:ст|п|пп|ч|подп)\.\s?\d|стать[ияей]|пункт|закон|кодекс|-ФЗ|модда|мыйзам|берене|бер\.)/i;

export function isLawReference(text: string): boolean {
  // Kazakh «(14-б. 6) т., 22-б.)», «Конституциялық заңның 22-бабы»: languages/turkic-cells.ts.
  return (LAW_WORDS.test(text) || isTurkicLegalBasis(text)) && text.length <= 300;
}

/** A balanced «(…)» group closing the text, when it reads as a law reference. */
export function trailingLawReference(text: string): { before: string; reference: string } | null {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) {
        const reference = t.slice(i + 1, -1).trim();
        const before = t.slice(0, i).trim();
        if (!before || !isLawReference(reference)) return null;
        return { before, reference };
      }
    }
  }
  // «2023 жылғы 15 қыркүйек (14-б. 6)21-б. 4-т, 22 б.)»: a clause numbered «6)» inside the brackets
  // leaves one «)» too many; the group then opens at the last «(».
  const open = t.lastIndexOf('(');
  if (depth > 0 && open > 0) {
    const reference = t.slice(open + 1, -1).trim();
    const before = t.slice(0, open).trim();
    if (before && isLawReference(reference)) return { before, reference };
  }
  return null;
}

// Where a reference starts inside a cell: «ч. 3 ст. 14 …», «статья 5», «10-берене, 4-бөлүк».
const LAW_START = /(?:^|[\s,;])(?=(?:ч|п|пп|подп|ст|чч)\.\s?\d|(?:стать[яиюей]|пункт[а-яё]*|част[ьи])\s+\d|\d{1,3}-(?:берене|бөлүк|бер\.|модда|бап|тармак))/i;

/**
 * «ГРС ч. 3 ст. 14 конституционного Закона …», «УШК, 10-берене, 4-бөлүк»: who, then the article
 * that obliges them, run together in one cell. The reference starts at its first article or part.
 */
export function leadingExecutorThenLaw(text: string): { before: string; reference: string } | null {
  const m = LAW_START.exec(text);
  if (!m || m.index === 0) return null;
  const before = text
    .slice(0, m.index)
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  const reference = text
    .slice(m.index)
    .replace(/^[\s,;]+/, '')
    .trim();
  // «(конституциялык Мыйзам, 14-бер. 4-бөл.)»: the words before the article are the law's name, not an executor.
  if (!before || /^\(/.test(before) || !isLawReference(reference) || /\d/.test(before) || before.split(/\s+/).length > 8) return null;
  return { before, reference };
}
