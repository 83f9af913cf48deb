import type { ActKind, ApprovalBlock } from '../approval.parse.js';
import type { DocLine } from '../doc-lines.js';
import { findDates } from '../header-dates.js';

/**
 * Approval formulas of the CIS bodies writing in Latin script.
 *   Romanian (CEC of Moldova): «APROBAT prin Hotărîrea Comisiei Electorale Centrale» / «nr.571 din 28 decembrie 2004»;
 *   «Anexă» / «la hotărârea Comisiei Electorale Centrale» / «nr. 4817 din 5 mai 2021». The body is in the genitive.
 *   Azerbaijani (CEC of Azerbaijan): «Azərbaycan Respublikası Mərkəzi Seçki Komissiyasının 8 dekabr 2023-cü il tarixli
 *   7/16 saylı Qərarı ilə təsdiq edilmişdir» — body in the genitive, date «tarixli», number «saylı» / «nömrəli», the
 *   act, and the verb last; the act's heading «… Komissiyasının QƏRARI» names the body and the kind alone.
 */

// Romanian: hotărâre (old spelling hotărîre) → постановление, decizie → решение, dispoziție → распоряжение, ordin → приказ.
const RO_ACT: [RegExp, ActKind][] = [
  [/^hot[ăa]r[âîa]r/i, 'постановление'],
  [/^decizi/i, 'решение'],
  [/^dispozi[țţt]i/i, 'распоряжение'],
  [/^ordin/i, 'приказ'],
];
const RO_ANCHOR = /^(?:aprobat[ăe]?|anex[ăa])(?![a-zăâîșşțţ])/i;
const RO_ACT_WORD =
  /(?<![a-zăâîșşțţ])(hot[ăa]r[âîa]r(?:ea|ii|e)|decizi(?:a|ei|e)|dispozi[țţt]i(?:a|ei|e)|ordinul(?:ui)?)\s+(.+?)(?=\s+(?:nr\.?|din|privind|cu\s+privire)(?![a-zăâîșşțţ])|$)/i;
const RO_NUMBER = /(?<![a-zăâîșşțţ])nr\.?\s*(\d[\d/.\-–A-Za-z]*)/i;

/** «Comisiei Electorale Centrale» → «Comisia Electorală Centrală»: the body printed in the genitive; what follows «a», «al», «din» is kept as printed. */
export function romanianNominative(phrase: string): string {
  const words = phrase.trim().replace(/\s+/g, ' ').split(' ');
  const out: string[] = [];
  for (const word of words) {
    // «a Republicii Moldova», «din raionul …»: what follows the article belongs to the body as printed.
    if (/^(?:a|al|din)$/i.test(word)) {
      out.push(...words.slice(out.length));
      break;
    }
    out.push(
      word
        .replace(/iei$/, 'ia')
        .replace(/([^i])ei$/, '$1a')
        .replace(/ale$/, 'ală')
        .replace(/ului$/, 'ul'),
    );
  }
  return out.join(' ');
}

function romanianActKind(word: string): ActKind | null {
  return RO_ACT.find(([re]) => re.test(word))?.[1] ?? null;
}

/** Up to four lines from a Romanian anchor («APROBAT», «Anexă»), empty lines skipped, until a date and a number are read. */
function parseRomanian(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.filter((l) => l.text.trim());
  for (let i = 0; i < filled.length; i++) {
    if (!RO_ANCHOR.test(filled[i]!.text.trim())) continue;
    const parts = filled.slice(i, i + 4).filter((l) => l.text.length < 200);
    const used: DocLine[] = [];
    for (const l of parts) {
      used.push(l);
      const text = used.map((u) => u.text).join(' ');
      if (findDates(text).length > 0 && RO_NUMBER.test(text)) break;
    }
    const text = used
      .map((u) => u.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    const act = RO_ACT_WORD.exec(text);
    const date = findDates(text)[0] ?? null;
    const number = RO_NUMBER.exec(text);
    if (!act || (!date && !number)) continue;
    return {
      authority: romanianNominative(act[2]!),
      date: date?.iso ?? null,
      number: number ? number[1]!.replace(/[.,;:–-]+$/, '') : null,
      actKind: romanianActKind(act[1]!),
      lines: new Set(used.map((u) => u.line)),
    };
  }
  return null;
}

// Azerbaijani: qərar → решение, sərəncam → распоряжение, əmr → приказ.
const AZ_ACT: [RegExp, ActKind][] = [
  [/^q[əe]rar/i, 'решение'],
  [/^s[əe]r[əe]ncam/i, 'распоряжение'],
  [/^[əe]mr/i, 'приказ'],
];
const AZ_GENITIVE_BODY = /((?:[A-ZƏÖÜŞÇĞİ][a-zəğıöüşç]*\s+){0,5}(?:Komissiyas|Komit[əe]s|Şuras|Aparat)[a-zəğıöüşç]*?)(?:n[ıi]n)\b/u;
const AZ_APPROVED = /t[əe]sdiq\s+(?:edilmişdir|edilib|olunmuşdur|olunub|edilsin)|təsdiq\s+edilmiş/iu;
const AZ_NUMBER = /(?<![\d/])(\d[\d/\-–.]*)\s*(?:saylı|nömrəli|№)/iu;
const AZ_ACT_WORD = /(?<![a-zəğıöüşç])(q[əe]rar[ıi]?|s[əe]r[əe]ncam[ıi]?|[əe]mri?)(?![a-zəğıöüşç])/iu;

/** «Komissiyasının» → «Komissiyası»: the body printed in the genitive. */
const azerbaijaniNominative = (phrase: string): string => phrase.trim().replace(/\s+/g, ' ');

function parseAzerbaijani(lines: readonly DocLine[]): ApprovalBlock | null {
  for (const l of lines) {
    const text = l.text.trim().replace(/\s+/g, ' ');
    if (text.length > 400 || !AZ_APPROVED.test(text)) continue;
    const body = AZ_GENITIVE_BODY.exec(text);
    const act = AZ_ACT_WORD.exec(text);
    if (!body || !act) continue;
    const date = findDates(text)[0] ?? null;
    const number = AZ_NUMBER.exec(text);
    return {
      authority: azerbaijaniNominative(body[1]!),
      date: date?.iso ?? null,
      number: number ? number[1]!.replace(/[.,;:–-]+$/, '') : null,
      actKind: AZ_ACT.find(([re]) => re.test(act[1]!))?.[1] ?? null,
      lines: new Set([l.line]),
    };
  }
  return null;
}

/** The approval block in Romanian or Azerbaijani wording; null when there is none. */
export function parseLatinApproval(lines: readonly DocLine[]): ApprovalBlock | null {
  return parseRomanian(lines) ?? parseAzerbaijani(lines);
}

/**
 * «HOTĂRÂRE nr. 1305 din 27 decembrie 2012 pentru aprobarea Programului calendaristic …»: a Romanian act as legal
 * portals print it, its kind, number and date opening the heading, and the body told by the enacting formula under
 * the preamble — «Guvernul României adoptă prezenta hotărâre.», «Guvernul României hotărăşte:», «Comisia Electorală
 * Centrală HOTĂRĂŞTE:» (the body in the nominative, as printed).
 */
const RO_HEADING =
  /^(hot[ăa]r[âîa]re|decizi[ae]|dispozi[țţt]i[ae]|ordin(?:ul)?)\s+nr\.?\s*(\d[\d/.\-–A-Za-z]*)\s+din\s+(\d{1,2}(?:\s+[a-zăâîșşțţ]+\s+|\.\d{1,2}\.)\d{4})/iu;
const RO_ENACTS =
  /^((?:[A-ZĂÂÎȘŞȚŢ][\p{L}-]*\s+){0,6}?[A-ZĂÂÎȘŞȚŢ][\p{L}-]*)\s+(?:adopt[ăa]\s+prezenta\s+hot[ăa]r[âîa]re|hot[ăa]r[ăa][șşs]te\s*:|emite\s+prezent(?:a|ul)|decide\s*:|dispune\s*:)/iu;

function parseRomanianActHeading(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.filter((l) => l.text.trim()).slice(0, 12);
  for (let i = 0; i < filled.length; i++) {
    const m = RO_HEADING.exec(filled[i]!.text.trim());
    if (!m) continue;
    const date = findDates(m[3]!)[0]?.iso ?? null;
    const enacting = filled.slice(i + 1, i + 8).find((l) => l.text.length < 300 && RO_ENACTS.test(l.text.trim()));
    const body = enacting ? RO_ENACTS.exec(enacting.text.trim())![1]!.replace(/\s+/g, ' ') : null;
    return {
      authority: body,
      date,
      number: m[2]!.replace(/[.,;:–-]+$/, ''),
      actKind: romanianActKind(m[1]!),
      lines: new Set([filled[i]!.line, ...(enacting ? [enacting.line] : [])]),
    };
  }
  return null;
}

/**
 * «Azərbaycan Respublikası Mərkəzi Seçki Komissiyasının QƏRARI» (a decision's heading on its own line): the body and
 * the act's kind, no date or number (an act page prints them elsewhere, or not at all).
 */
export function parseLatinActHeading(lines: readonly DocLine[]): ApprovalBlock | null {
  const romanian = parseRomanianActHeading(lines);
  if (romanian) return romanian;
  for (const l of lines.slice(0, 12)) {
    const text = l.text.trim().replace(/\s+/g, ' ');
    const m = /^(.{5,160}?)\s+(QƏRARI|Qərarı|SƏRƏNCAMI|Sərəncamı)$/u.exec(text);
    const body = m ? AZ_GENITIVE_BODY.exec(`${m[1]!} `) : null;
    if (!m || !body) continue;
    return {
      authority: azerbaijaniNominative(body[1]!),
      date: null,
      number: null,
      actKind: AZ_ACT.find(([re]) => re.test(m[2]!))?.[1] ?? null,
      lines: new Set([l.line]),
    };
  }
  return null;
}
