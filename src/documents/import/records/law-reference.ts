/**
 * Law references printed inside cells: «(п. 7 ст. 33 Федерального закона)», «(ч.5 ст.10 Закона)»,
 * «(8-модда)», «(«…» КРнын Мыйзамы, 10-бер.)». Calendar plans of elections cite the article that
 * sets each deadline; the importer keeps it as the item's legal basis.
 */
const LAW_WORDS = /(?:(?:^|[^а-яё])(?:ст|п|пп|ч|подп)\.\s?\d|стать[ияей]|пункт|закон|кодекс|-ФЗ|модда|мыйзам|берене|бер\.)/i;

export function isLawReference(text: string): boolean {
  return LAW_WORDS.test(text) && text.length <= 300;
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
  return null;
}
