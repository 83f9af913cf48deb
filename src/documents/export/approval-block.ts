import type { ExportPlan } from './export-plan.js';
import { ruLongDate } from './ru-format.js';

/**
 * The lines of the approval block («гриф») at the top right of the first page,
 * worded the way commissions write it: «УТВЕРЖДЕН постановлением Избирательной
 * комиссии … от 27 декабря 2021 г. № 3/20-7», «Приложение № 2 … УТВЕРЖДЕНО …»
 * when the resolution approved the plan as an appendix, «УТВЕРЖДАЮ» when a person
 * approved it. Only the parts the plan has are written.
 */
export function approvalLines(plan: Pick<ExportPlan, 'title' | 'approval' | 'description'>): string[] {
  const a = plan.approval;
  if (!a || (!a.authority && !a.date && !a.number)) return [];
  const authority = a.authority?.trim() ?? '';
  if (authority && isPerson(authority)) {
    return ['УТВЕРЖДАЮ', authority, ...(a.date ? [quotedDate(a.date)] : [])];
  }
  const appendix = a.appendix || appendixNumber(plan.title, plan.description);
  const lines: string[] = [];
  if (appendix) lines.push(`Приложение № ${appendix}`);
  lines.push(appendix ? 'УТВЕРЖДЕНО' : `УТВЕРЖДЕН${agreement(plan.title)}`);
  // The authority may already be written as the act («решением Территориальной избирательной комиссии …»).
  if (authority) lines.push(ACT.test(authority) ? authority : `постановлением ${genitive(authority)}`);
  const act = [a.date ? `от ${ruLongDate(a.date)}` : '', a.number ? `№ ${a.number}` : ''].filter(Boolean).join(' ');
  if (act) lines.push(act);
  return lines;
}

const ACT = /^(постановлением|решением|распоряжением|приказом)\s/i;

/** A position and a name («Председатель ЦИК … Шайлдабекова Н.К.») rather than a body. */
function isPerson(authority: string): boolean {
  return /^(председател|руководител|глав[аы]|секретар|заместител|начальник)/i.test(authority) || /[А-ЯЁ]\.\s?[А-ЯЁ]\.$/.test(authority);
}

function quotedDate(iso: string): string {
  const long = ruLongDate(iso).replace(/ г\.$/, ' года');
  return long.replace(/^(\d+)/, '«$1»');
}

/** The participle agrees with the document's noun: план → УТВЕРЖДЕН, программа → УТВЕРЖДЕНА, мероприятия → УТВЕРЖДЕНЫ. */
function agreement(title: string): string {
  const nouns: [RegExp, string][] = [
    [/^(план|перечень|график|календарь|порядок)$/, ''],
    [/^(программа|концепция|стратегия|схема)$/, 'А'],
    [/^(положение|расписание)$/, 'О'],
    [/^(мероприятия|планы|меры|основные)$/, 'Ы'],
  ];
  for (const word of title.toLowerCase().replace(/ё/g, 'е').split(/[^а-я]+/).slice(0, 6)) {
    for (const [re, ending] of nouns) if (re.test(word)) return ending;
  }
  return '';
}

/**
 * «Избирательная комиссия Калужской области» → «Избирательной комиссии Калужской
 * области»: the leading adjectives and the noun change, the rest is already genitive.
 * Anything else (an abbreviation, an unusual wording) is kept as written.
 */
export function genitive(body: string): string {
  const words = body.split(' ');
  let i = 0;
  const out = [...words];
  while (i < words.length && /^[А-ЯЁа-яё-]+ая$/.test(words[i]!)) {
    out[i] = words[i]!.replace(/ая$/, 'ой');
    i++;
  }
  const noun = words[i];
  if (noun && /^(комиссия|Комиссия|КОМИССИЯ)$/.test(noun)) {
    out[i] = noun.replace(/я$/, 'и').replace(/Я$/, 'И');
    return out.join(' ');
  }
  return body;
}

/** «2. Утвердить План основных мероприятий … (приложение № 2)» in the resolution's text. */
function appendixNumber(title: string, description: string | null): string | null {
  if (!description) return null;
  const key = firstWords(title);
  if (!key) return null;
  for (const m of description.matchAll(/утвердить\s+([^()\n]{3,400}?)\s*\(\s*приложение\s*№\s*(\d+)\s*\)/gi)) {
    if (firstWords(m[1]!) === key) return m[2]!;
  }
  return null;
}

function firstWords(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^а-яa-z0-9 ]+/g, ' ').trim().split(/\s+/).slice(0, 3).join(' ');
}
