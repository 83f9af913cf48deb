import type { ActKind, ApprovalBlock } from './approval.parse.js';
import { toNominative } from './authority.parse.js';
import type { DocLine } from './doc-lines.js';
import { findDates, isoDate } from './header-dates.js';
import { armenianMonth } from './languages/other-dates.js';

/**
 * A news text that tells the approval in two steps: «26 апреля 2016 года состоялось шестое заседание
 * Территориальной избирательной комиссии Зерноградского района. … члены комиссии … приняли постановления
 * «О «Календарном плане …»». The meeting's day and body are the approval's when the text goes on, within the
 * same or the next paragraphs, to say that a plan was approved (or an act on a plan adopted) at it. A day without
 * its year («10 мая состоялось заседание …») takes the one year the text's dates name (a news dateline
 * «11.05.2023»); with several years, or none, the day is not guessed. The meeting may be numbered in figures
 * («8 июля состоялось 95 заседание Избирательной комиссии Чувашской Республики»).
 */
const MEETING =
  /(?:^|[.!?]\s+)(\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s*(?:года|г\.)?)?)\s+(?:в\s+[^.,]{1,40}?\s+)?состоял(?:ось|ся|ась)\s+(?:[а-яё]+\s+|№\s*\d+\s+|\d+(?:-?[а-яё]{1,2})?\s+){0,2}заседани[ея]\s+((?:[А-ЯЁ][а-яё]+\s+)?(?:[а-яё]+(?:ой|ей)\s+){0,3}(?:комиссии|палаты|думы|совета)(?:\s+[^\s.,;«»]+){0,6}?)(?=\s*[.,;]|\s+(?:по|в|на|с|посвященн)[\s,])/u;
/**
 * «31 марта молодежная избирательная комиссия города Бердска провела первое в этом году заседание.»: the same meeting
 * told with the body as the subject, in the nominative.
 */
const BODY_HELD_MEETING =
  /(?:^|[.!?]\s+)(\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s*(?:года|г\.)?)?)\s+((?:[А-ЯЁа-яё]+(?:ая|яя)\s+){0,3}(?:комиссия|палата|дума)(?:\s+[^\s.,;«»]+){0,5}?|(?:[А-ЯЁа-яё]+(?:ый|ий|ой)\s+){0,3}совет(?:\s+[^\s.,;«»]+){0,5}?)\s+провел[аио]?\s+(?:[а-яё]+\s+){0,4}?заседани[ея](?=[\s.,;])/u;
/** «утвержден календарный план», «приняли постановления «О «Календарном плане …»», «утверждены Календарные планы». */
const APPROVED_PLAN =
  /(?:утвержд[её]н[аоы]?|утвердил[аи]?|одобрен[аоы]?|принял[аи]?\s+(постановлени|решени)[а-яё]*|принят[аоы]?\s+(постановлени|решени)[а-яё]*)\s+[«"„]?\s*(?:(?:о|об)\s+[«"„]?\s*)?(?:[а-яё]+\s+){0,2}(?:план|программ)/iu;

/** The one year the text's dates name, or null when they name several or none. */
function onlyYear(lines: readonly DocLine[]): string | null {
  const years = new Set(lines.flatMap((l) => findDates(l.text).map((d) => d.iso.slice(0, 4))));
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * Armenian: «Կենտրոնական ընտրական հանձնաժողովը փետրվարի 9-ի արտահերթ նիստում հաստատել է … ժամանակացույցը» (the
 * commission approved the timetable at its extraordinary session of 9 February): the body, the session's day (its
 * year the text's one year), and a timetable, plan or programme approved in the same sentence.
 */
const HY_MEETING =
  /((?:[\u0531-\u0556][\u0561-\u0587]+\s+)?(?:[\u0561-\u0587]+\s+){0,3}հանձնաժողով)ը\s+([\u0561-\u0587]{3,})\s+(\d{1,2})\s*-\s*ի\s+(?:[\u0561-\u0587]+\s+)?նիստում\s+հաստատել\s+է\s+[^:։.]{0,400}?(?:ժամանակացույց|պլան|ծրագ)/u;

function armenianMeeting(filled: readonly DocLine[], all: readonly DocLine[]): ApprovalBlock | null {
  for (const l of filled) {
    const m = HY_MEETING.exec(l.text.replace(/\s+/g, ' '));
    const month = m ? armenianMonth(m[2]!) : null;
    const year = m && month ? onlyYear(all) : null;
    const iso = m && month && year ? isoDate(+m[3]!, month, +year) : null;
    if (iso) return { authority: m![1]!.trim(), date: iso, number: null, actKind: null, lines: new Set([l.line]) };
  }
  return null;
}

export function parseMeetingApproval(lines: readonly DocLine[]): ApprovalBlock | null {
  const filled = lines.filter((l) => l.text.trim());
  const armenian = armenianMeeting(filled, lines);
  if (armenian) return armenian;
  for (let i = 0; i < filled.length; i++) {
    const text = filled[i]!.text.replace(/\s+/g, ' ');
    const m = MEETING.exec(text) ?? BODY_HELD_MEETING.exec(text);
    if (!m) continue;
    const date = findDates(m[1]!)[0] ?? findDates(`${m[1]} ${onlyYear(lines) ?? ''}`)[0];
    if (!date) continue;
    const after = [text.slice((m.index ?? 0) + m[0].length), ...filled.slice(i + 1, i + 4).map((l) => l.text)].join(' ');
    const approved = APPROVED_PLAN.exec(after.replace(/\s+/g, ' '));
    if (!approved) continue;
    const act = approved[1] ?? approved[2];
    const actKind: ActKind | null = act ? (/^постановлени/i.test(act) ? 'постановление' : 'решение') : null;
    return { authority: toNominative(m[2]!.trim()), date: date.iso, number: null, actKind, lines: new Set([filled[i]!.line]) };
  }
  return null;
}
