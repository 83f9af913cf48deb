import { despace } from './approval.parse.js';
import { joinLines } from './cell-text.js';
import type { DocLine } from './doc-lines.js';

/**
 * A programme's narrative (goals, tasks, expected results) printed before its plan table is
 * kept as the plan's description. The resolution that approves it, with its signatures, and
 * letterheads or cover letters are not narrative; short remnants are not worth keeping.
 */
const RESOLUTION = /^(?:ПОСТАНОВЛЕНИЕ|РЕШЕНИЕ|РАСПОРЯЖЕНИЕ|ПРИКАЗ|ТОКТОМ)$/;
const RESOLUTION_TEXT =
  /^(?:в\s+соответствии\s+с|руководствуясь|на\s+основании|рассмотрев|заслушав|\d+\s*\.\s*(?:утвердить|направить|опубликовать|разместить|возложить|контроль|настоящее|признать|поручить))|(?:постановляет|постановила|решила|решает|решил)\s*:/i;
const SIGNATURE_NAME = /^(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)$/;
const SIGNATURE_ROLE =
  /^(?:председатель|заместитель председателя|секретарь|член)(?![а-яё])|^(?:избирательной|территориальной|центральной)\s+(?:избирательной\s+)?комиссии|^[А-ЯЁ][а-яё]+ской\s+области$|^[А-ЯЁ][а-яё]+ского\s+края$/i;

export function parseDescription(lines: readonly DocLine[], exclude: ReadonlySet<number>): string | null {
  let start = 0;
  const resolution = lines.findIndex((l) => RESOLUTION.test(despace(l.text)));
  if (resolution >= 0) {
    // The narrative begins after the last signature of the resolution.
    const firstSignature = lines.findIndex((l, i) => i > resolution && SIGNATURE_NAME.test(l.text.replace(/\*/g, '').trim()));
    if (firstSignature >= 0) {
      let end = firstSignature;
      for (let i = firstSignature + 1; i < lines.length; i++) {
        const t = lines[i]!.text.replace(/\*/g, '').trim();
        if (!t || SIGNATURE_NAME.test(t) || SIGNATURE_ROLE.test(t) || /^комиссии$/i.test(t)) {
          if (t) end = i;
          continue;
        }
        break;
      }
      start = end + 1;
    }
  }
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (exclude.has(l.line)) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    if (!l.text) {
      if (current.length) paragraphs.push(current);
      current = [];
      continue;
    }
    current.push(l.text.replace(/\*+/g, ''));
  }
  if (current.length) paragraphs.push(current);

  // Paragraphs split by a page break mid-sentence are glued back.
  const texts: string[] = [];
  for (const p of paragraphs) {
    const text = joinLines(p);
    const prev = texts[texts.length - 1];
    if (prev !== undefined && !/[.;:!?»)]$/.test(prev) && /^[a-zа-яё]/.test(text)) texts[texts.length - 1] = `${prev} ${text}`;
    else texts.push(text);
  }
  // The approving resolution's own text («Руководствуясь …, комиссия постановляет: 1. Утвердить …») is not narrative.
  const own = texts.filter((t) => !RESOLUTION_TEXT.test(t));
  texts.length = 0;
  texts.push(...own);
  const narrative = texts.filter((t) => t.length >= 60 && /[.;:]$/.test(t)).reduce((n, t) => n + t.length, 0);
  if (narrative < 500) return null;
  return texts.join('\n');
}
