/**
 * A small hand-written scanner for folded deadline text. Numeric dates are
 * recognised here («15.02.», «01.04.2021», «1/4/21») because their dots would
 * otherwise be indistinguishable from abbreviation dots, which are dropped.
 */

export type Token =
  | { t: 'num'; v: number; digits: number; ordinal: boolean }
  | { t: 'date'; day: number; month: number; year: number | null; raw: string }
  | { t: 'word'; v: string }
  | { t: 'dash' }
  | { t: 'sep' }
  | { t: 'other'; v: string };

const ORDINAL_SUFFIXES = new Set(['й', 'го', 'е', 'я', 'ое', 'ого', 'ий', 'ая', 'ей', 'ом', 'ый', 'ю', 'ую', 'м', 'му', 'ому', 'x', 'х']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

function readDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j;
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const j = readDigits(s, i);
      const sep = s[j];
      if ((sep === '.' || sep === '/') && j - i <= 2 && isDigit(s.charCodeAt(j + 1))) {
        const k = readDigits(s, j + 1);
        if (k - (j + 1) <= 2) {
          const day = Number(s.slice(i, j));
          const month = Number(s.slice(j + 1, k));
          let year: number | null = null;
          let end = k;
          if (s[k] === sep && isDigit(s.charCodeAt(k + 1))) {
            const m = readDigits(s, k + 1);
            const len = m - (k + 1);
            if (len === 4 || len === 2) {
              const y = Number(s.slice(k + 1, m));
              year = len === 2 ? 2000 + y : y;
              end = m;
            }
          } else if (s[k] === sep) {
            end = k + 1; // «15.02.» — the trailing dot belongs to the date
          }
          out.push({ t: 'date', day, month, year, raw: s.slice(i, end) });
          i = end;
          continue;
        }
      }
      let end = j;
      let ordinal = false;
      if (s[j] === '-' && isLetter(s.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < n && isLetter(s.charCodeAt(k))) k++;
        if (ORDINAL_SUFFIXES.has(s.slice(j + 1, k))) {
          ordinal = true;
          end = k;
        }
      }
      out.push({ t: 'num', v: j - i > 6 ? Number.MAX_SAFE_INTEGER : Number(s.slice(i, j)), digits: j - i, ordinal });
      i = end;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(s.charCodeAt(j))) j++;
      out.push({ t: 'word', v: s.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 45) out.push({ t: 'dash' });
    else if (c === 44 || c === 59) out.push({ t: 'sep' });
    else if (c !== 46) out.push({ t: 'other', v: s[i] as string }); // dots of abbreviations («янв.», «г.») carry nothing
    i++;
  }
  return out;
}
