import type { ExportPlan } from './export-plan.js';
import { actGenitive, actInstrumental, bodyGenitive, isActKind } from '../../domain/plan/act.js';
import { ruLongDate } from './ru-format.js';
import { actPossessiveGenitiveKy, actPossessiveKy, bodyGenitiveKy } from '../../domain/plan/act-ky.js';
import { kyLongDate, kyLongDateAttributive } from '../../domain/locale/ky-date.js';
import type { Locale } from '../../shared/locale.js';

/**
 * The lines of the approval block («гриф») at the top right of the first page,
 * worded the way commissions write it: «УТВЕРЖДЕН постановлением Избирательной
 * комиссии … от 27 декабря 2021 г. № 3/20-7», «Приложение № 2 … УТВЕРЖДЕНО …»
 * when the resolution approved the plan as an appendix, «УТВЕРЖДАЮ» when a person
 * approved it. Only the parts the plan has are written. After an approved amendment
 * the line «(в редакции постановления от … № …)» follows.
 */
export function approvalLines(plan: Pick<ExportPlan, 'title' | 'approval' | 'description'> & { revision?: ExportPlan['revision'] }, lang?: Locale): string[] {
  const a = plan.approval;
  if (!a || (!a.authority && !a.date && !a.number)) return [];
  if (lang === 'ky') return kyApprovalLines(plan);
  const authority = a.authority?.trim() ?? '';
  if (authority && isPerson(authority)) {
    return ['УТВЕРЖДАЮ', authority, ...(a.date ? [quotedDate(a.date)] : [])];
  }
  const appendix = a.appendix || appendixNumber(plan.title, plan.description);
  const participle = appendix ? 'УТВЕРЖДЕНО' : `УТВЕРЖДЕН${agreement(plan.title)}`;
  const kind = isActKind(a.kind) ? a.kind : null;
  const dated = actDateNumber(a.date, a.number);
  const lines: string[] = [];
  if (appendix) lines.push(`Приложение № ${appendix}`);
  if (authority && !ACT.test(authority) && bodyGenitive(authority) === null) {
    // A body we cannot decline: the plain form («УТВЕРЖДЕН: Совет депутатов, постановление от …») is never wrong.
    lines.push(`${participle}:`, dated || kind ? `${authority},` : authority);
    const act = [kind ?? (dated ? 'постановление' : ''), dated].filter(Boolean).join(' ');
    if (act) lines.push(act);
  } else {
    lines.push(participle);
    // The authority may already be written as the act («решением Территориальной избирательной комиссии …»).
    if (authority) lines.push(ACT.test(authority) ? authority : `${actInstrumental(kind ?? 'постановление')} ${bodyGenitive(authority)!}`);
    else if (kind) lines.push(actInstrumental(kind));
    if (dated) lines.push(dated);
  }
  const r = plan.revision;
  if (r && (r.date || r.number)) {
    lines.push(`(в редакции ${actGenitive(isActKind(r.kind) ? r.kind : (kind ?? 'постановление'))} ${actDateNumber(r.date, r.number)})`);
  }
  return lines;
}

function actDateNumber(date: string | null, number: string | null): string {
  return [date ? `от ${ruLongDate(date)}` : '', number ? `№ ${number}` : ''].filter(Boolean).join(' ');
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
  for (const word of title
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^а-я]+/)
    .slice(0, 6)) {
    for (const [re, ending] of nouns) if (re.test(word)) return ending;
  }
  return '';
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
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^а-яa-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 3)
    .join(' ');
}

/**
 * The Kyrgyz гриф, as the CEC of Kyrgyzstan words it: «Кыргыз Республикасынын Шайлоо жана
 * референдум өткөрүү боюнча борбордук комиссиясынын / 2025-жылдын 14-ноябрындагы № 139 /
 * токтому менен бекитилген»; «БЕКИТЕМИН» when a person approved the plan. A body written in
 * Russian that has no known Kyrgyz name stays as written, on its own line, before the act.
 */
function kyApprovalLines(plan: Pick<ExportPlan, 'title' | 'approval' | 'description'> & { revision?: ExportPlan['revision'] }): string[] {
  const a = plan.approval!;
  const authority = a.authority?.trim() ?? '';
  if (authority && isPerson(authority)) return ['БЕКИТЕМИН', authority, ...(a.date ? [kyLongDate(a.date)] : [])];
  const appendix = a.appendix || appendixNumber(plan.title, plan.description);
  const kind = isActKind(a.kind) ? a.kind : 'постановление';
  const lines: string[] = [];
  if (appendix) lines.push(`${appendix}-тиркеме`);
  if (authority) lines.push(ACT.test(authority) ? authority : (bodyGenitiveKy(authority) ?? authority));
  const dated = [a.date ? kyLongDateAttributive(a.date) : '', a.number ? `№ ${a.number}` : ''].filter(Boolean).join(' ');
  if (dated) lines.push(dated);
  lines.push(`${actPossessiveKy(kind)} менен бекитилген`);
  const r = plan.revision;
  if (r && (r.date || r.number)) {
    const revised = [r.date ? kyLongDateAttributive(r.date) : '', r.number ? `№ ${r.number}` : ''].filter(Boolean).join(' ');
    lines.push(`(${revised} ${actPossessiveGenitiveKy(isActKind(r.kind) ? r.kind : kind)} редакциясында)`);
  }
  return lines;
}
