import type { DocLine } from './doc-lines.js';

/**
 * A mirror that flattened an act into one paragraph: «ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ
 * КОМИССИЯ ГОРОДА САЛЕХАРДА РЕШЕНИЕ 31 марта 2014 года № 74/277 г.Салехард О Плане … Руководствуясь …». The act
 * prints these parts on lines of their own (the territory, the body, the act's kind, its date and number, the place,
 * its «О …» heading, the preamble); they are put back on lines of their own, numbered in hundredths within the
 * paragraph's line so that each is told apart from the others, and the header is read as the printed act is.
 */
const FLATTENED = new RegExp(
  [
    // The letterhead in capitals, then the act's kind.
    String.raw`^([А-ЯЁ][А-ЯЁ\s-]{8,300}?)\s+(ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ)\s+`,
    // The date and the number.
    String.raw`(\d{1,2}(?:\s+[а-яё]+\s+|\.\d{1,2}\.)\d{4}\s*(?:года|г\.?)?\s*(?:№|N)\s*[0-9][0-9/\-–.]*)\s+`,
    // The place, if printed.
    String.raw`(?:((?:г\.|город|пос\.|с\.)\s?[А-ЯЁ][а-яё-]+)\s+)?`,
    // The heading «О …», up to the preamble's first words.
    String.raw`((?:О|Об)\s.{10,600}?)\s+((?:Руководствуясь|В\s?соответствии|На\s+основании|Рассмотрев|Заслушав|В\s+целях)\s.*)$`,
  ].join(''),
);
// «ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ», «ИРКУТСКАЯ ОБЛАСТЬ» at the letterhead's head: the territory, printed on its own
// line above the body's name.
const TERRITORY_THEN_BODY =
  /^((?:[А-ЯЁ-]+\s+){0,3}(?:АВТОНОМНЫЙ\s+ОКРУГ|ОБЛАСТЬ|КРАЙ|РАЙОН|ФЕДЕРАЦИЯ))\s+((?:[А-ЯЁ-]+\s+)*(?:КОМИССИЯ|ДУМА|АДМИНИСТРАЦИЯ|СОВЕТ)(?:\s.*)?)$/;

export function unflattenAct(lines: readonly DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  for (const l of lines) {
    const m = l.text.length > 150 ? FLATTENED.exec(l.text.trim()) : null;
    if (!m) {
      out.push(l);
      continue;
    }
    const letterhead = m[1]!.trim();
    const split = TERRITORY_THEN_BODY.exec(letterhead);
    const heads = split ? [split[1]!, split[2]!] : [letterhead];
    const parts = [...heads, m[2]!, m[3]!, m[4], m[5]!, m[6]!].filter((p): p is string => !!p);
    out.push(...parts.map((text, k) => ({ ...l, text, line: l.line + k / 100 })));
  }
  return out;
}
