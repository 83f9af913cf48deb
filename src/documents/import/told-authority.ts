import type { ApprovalBlock } from './approval.parse.js';
import { toNominative } from './authority.parse.js';
import type { DocLine } from './doc-lines.js';

/**
 * «Избирательной комиссией Тверской области утвержден План мероприятий по проведению Дней молодого избирателя …»:
 * a news text tells who approved the plan and nothing more — no date, no number, no kind of act. The body is the
 * approval's; its date and number are reported missing rather than guessed. Read last, after every form that gives
 * a date.
 */
const TOLD_BODY =
  /(?:^|\s)((?:[А-ЯЁ][а-яё]+(?:ой|ей)\s+)?(?:[а-яё]+(?:ой|ей)\s+){0,3}(?:комиссией|палатой|думой|администрацией|советом)(?:\s+[^\s.,;«»]+){0,5}?|(?:ЦИК|ТИК|ИКМО|ИКС|МИК)(?:\s+[^\s.,;«»]+){0,5}?)\s+(?:был[аои]?\s+)?утвержд[её]н[аоы]?\s+(?:[а-яё]+\s+){0,2}(?:[Пп]лан|[Пп]рограмм|[Кк]омплекс|[Пп]еречень|[Кк]алендарн)/u;

/**
 * «Избирательная комиссия Орловской области распорядилась о проведении Дня молодого избирателя … Также утверждена его
 * программа.»: the body, in the nominative, decides on the event, and the next sentence says its plan or programme was
 * approved — by the body that decided, as nothing else is named.
 */
const DECIDING_BODY =
  /(?:^|[.!?]\s+)((?:[А-ЯЁ][а-яё]+(?:ая|яя)\s+)(?:[а-яё]+(?:ая|яя)\s+){0,3}(?:комиссия|палата|дума|администрация)(?:\s+[^\s.,;«»]+){0,5}?|(?:ЦИК|ТИК|ИКМО|ИКС|МИК)(?:\s+[^\s.,;«»]+){0,5}?)\s+(?:распорядил(?:ась|ся)|постановил[аи]?|решил[аи]?|приняла\s+решение)\s+[^.!?]{3,300}[.!?]\s+(?:[А-ЯЁ][а-яё]*\s+)?(?:также\s+)?(?:был[аои]?\s+)?утвержд[её]н[аоы]?\s+(?:[а-яё]+\s+){0,2}(?:план|программ|комплекс|перечень|календарн)/u;

/**
 * «На состоявшемся накануне заседании Избирательной комиссии Чеченской Республики был утвержден Календарный план …»:
 * the same news told by the meeting, the body in the genitive after «заседании».
 */
const AT_MEETING =
  /(?:^|\s)заседании\s+((?:[А-ЯЁ][а-яё]+(?:ой|ей)\s+)?(?:[а-яё]+(?:ой|ей)\s+){0,3}(?:комиссии|палаты|думы|администрации|совета)(?:\s+[^\s.,;«»]+){0,5}?|(?:ЦИК|ТИК|ИКМО|ИКС|МИК)(?:\s+[^\s.,;«»]+){0,5}?)\s+(?:был[аои]?\s+)?утвержд[её]н[аоы]?\s+(?:[а-яё]+\s+){0,2}(?:[Пп]лан|[Пп]рограмм|[Кк]омплекс|[Пп]еречень|[Кк]алендарн)/u;

export function parseToldAuthority(lines: readonly DocLine[]): ApprovalBlock | null {
  for (const l of lines) {
    const text = l.text.replace(/\s+/g, ' ');
    const m = TOLD_BODY.exec(text) ?? AT_MEETING.exec(text);
    if (m && /^[А-ЯЁ]/.test(m[1]!)) return { authority: toNominative(m[1]!.trim()), date: null, number: null, actKind: null, lines: new Set([l.line]) };
    const d = DECIDING_BODY.exec(text);
    if (d) return { authority: d[1]!.trim(), date: null, number: null, actKind: null, lines: new Set([l.line]) };
  }
  return null;
}
