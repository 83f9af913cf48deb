import type { DocLine } from '../doc-lines.js';
import { endsWithTurkicPlanWord } from './turkic-header.js';

/**
 * A Kazakh or Kyrgyz resolution's own text, when no гриф is printed: the preamble ends with the body in the nominative
 * and the formula — Kazakh «… негізінде Қазақстан Республикасының Орталық сайлау комиссиясы ҚАУЛЫ ЕТЕДІ:», Kyrgyz
 * «… ылайык Борбордук шайлоо комиссиясы ТОКТОМ КЫЛАТ:» — and a point approves the plan with the verb last:
 * «3. Қоса беріліп отырған … күнтізбелік жоспары бекітілсін», Kyrgyz «… календардык планы бекитилсин».
 */
const FORMULA = /(?:қаулы|шешім|каулы|шешим)\s+(?:етеді|етті|етеди|етти)|(?:токтом|чечим)\s+кылат/iu;
const PREAMBLE_END = /(?:негізінде|негизинде|сәйкес|сайкес|отырып|ылайык|ылайык\s+келип|негизде)\s+/giu;

export function turkicDecreeAuthority(lines: readonly DocLine[]): string | null {
  for (const l of lines) {
    const text = l.text.replace(/\s+/g, ' ');
    const formula = FORMULA.exec(text);
    if (!formula) continue;
    const before = text.slice(0, formula.index).trim();
    let start = -1;
    for (const m of before.matchAll(PREAMBLE_END)) start = m.index + m[0].length;
    const body = (start >= 0 ? before.slice(start) : before).trim();
    // The body is named by its head noun last: «… сайлау комиссиясы», «… аумақтық сайлау комиссиясы».
    if (body.length >= 8 && body.length <= 160 && /(?:комиссиясы|кеңесі|кеңеши|кенеши|әкімдігі|мәслихаты)$/iu.test(body)) return body;
  }
  return null;
}

const APPROVED_POINT =
  /(?:^|\s)(?:\d{1,2}\.\s*)?(?:Қоса\s+беріліп\s+отырған\s+|Қоса\s+беріліп\s+отырылған\s+|Тиркелген\s+|Тиркелип\s+берилген\s+)?(.{8,700}?)\s+(?:бекітілсін|бекитилсин)(?![а-яәғқңөұүһі])/iu;

/** «… күнтізбелік жоспары бекітілсін»: the plan a Kazakh or Kyrgyz resolution approves; null when none is named. */
export function turkicApprovedTitle(lines: readonly DocLine[]): string | null {
  for (const l of lines) {
    const m = APPROVED_POINT.exec(l.text.replace(/\s+/g, ' '));
    if (!m) continue;
    const title = m[1]!.trim();
    if (endsWithTurkicPlanWord(title)) return title.charAt(0).toUpperCase() + title.slice(1);
  }
  return null;
}
