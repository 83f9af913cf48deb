import type { DocLine } from './doc-lines.js';

/**
 * «Центральная избирательная комиссия Республики Молдова» printed as the page's heading, and the resolution's own
 * «… Центральная избирательная комиссия ПОСТАНОВЛЯЕТ:» naming the body without the country: the body is the one the
 * heading names in full. Only a line of its own that starts with the short name and goes on with the place the body
 * serves (a genitive: «Республики …», «… области», «… района», «города …») is taken; a sentence is not.
 */
const PLACE =
  /^(?:Республики|Российской|Кыргызской|Приднестровской|[А-ЯЁ][а-яё]+(?:ской|цкой)\s+(?:области|района|края|республики)|города|г\.|муниципального|[А-ЯЁ][а-яё]+\s+(?:области|района|края))(?:\s|$)/;

export function fullerBody(name: string | null, lines: readonly DocLine[]): string | null {
  if (!name) return name;
  const short = name.trim().toLowerCase();
  for (const l of lines) {
    const t = l.text.trim().replace(/\s+/g, ' ');
    if (t.length > 160 || t.length <= short.length || /[.:;!?]$/.test(t)) continue;
    if (!t.toLowerCase().startsWith(`${short} `)) continue;
    const rest = t.slice(short.length + 1);
    if (PLACE.test(rest) && rest.split(' ').length <= 5) return t;
  }
  return name;
}
