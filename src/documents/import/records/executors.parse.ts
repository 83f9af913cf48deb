import type { ExecutorKind } from '../../../shared/plan-format.js';
import { normalizeName } from '../../../domain/executor/normalize.js';
import { COMMON_ABBREVIATIONS, PERSON, isExecutorToken, splitTopLevel, type ExecutorVocabulary } from './cell-classify.js';
import type { Abbreviation } from '../abbreviations.parse.js';
import type { Warn } from './plan-record.js';

/**
 * Executor cells → executors. Split on commas, semicolons and line breaks (never inside
 * «quoted names» or brackets), and on spaces between known abbreviations («ИККО ТИК»); each
 * executor is classified, matched to the plan's glossary and the organisation directory, and an
 * unknown abbreviation gets the nearest known one as a suggestion («ИЖКО» → «ИККО»).
 */
export interface ImportDirectory {
  organizations: { name: string; shortName?: string | null }[];
  people?: { name: string }[];
}

export interface DraftExecutorOut {
  text: string;
  kind: ExecutorKind;
  matched?: string | null;
  suggestion?: string | null;
  role?: 'responsible' | 'co_executor';
}

export interface ExecutorMatcher {
  vocab: ExecutorVocabulary;
  parse(text: string, line: number | null, role?: 'responsible' | 'co_executor'): DraftExecutorOut[];
}

const DEPARTMENT_NAME = /(?:^|[\s-])(?:отдел|отделы|сектор|управление|аппарат|служба|пресс-служба|бухгалтерия|центр|канцелярия|секретариат)(?:$|[\s,.])/i;
const GROUP_NAME =
  /^(?:все\s+)?(?:члены|членам|председател[иья]|заместител[иья]|секретари|руководители|представители|сотрудники|работники|специалисты|служащие|эксперты|независимые|международные|системные администраторы|бухгалтеры|главы|депутаты|наблюдатели|волонт[её]ры|партн[её]ры|преподаватели|педагоги|юристы|консультанты|начальники|координаторы|операторы|организаторы|участники|рабочие (?:группы|комиссии)|ответственные|кураторы|инструкторы)(?![а-яё])/i;
const ORGANIZATION_NAME =
  /(?:комисси|министерств|организаци[яиюей](?![а-яё])|администраци|учреждени|парти[яи]|палат[аы]|совет|фонд|академи|университет|институт|колледж|школ|библиотек|прокуратур|полици|суд(?![а-яё])|кабинет|правительств|уполномоченн|собрани|дум[аы]|кенеш|агентств|инспекци|объединени|ассоциаци|союз|предприяти|общество|движени|мвд|мчс|сми|мфц|ведомств|орган)/i;
const ABBREVIATION = /^[А-ЯЁA-Z][А-ЯЁA-Z0-9]{1,9}(?:и|ов)?$/;

export function createExecutorMatcher(glossary: readonly Abbreviation[], directory: ImportDirectory | undefined, warn: Warn): ExecutorMatcher {
  const glossaryByKey = new Map<string, Abbreviation>();
  for (const g of glossary) glossaryByKey.set(normalizeName(g.short), g);
  // The defining phrase itself («Управление Информационного центра …») names the same executor.
  for (const g of glossary) if (!glossaryByKey.has(normalizeName(g.full))) glossaryByKey.set(normalizeName(g.full), g);
  const orgByKey = new Map<string, string>();
  for (const o of directory?.organizations ?? []) {
    orgByKey.set(normalizeName(o.name), o.name);
    if (o.shortName) orgByKey.set(normalizeName(o.shortName), o.name);
  }
  const people = (directory?.people ?? []).map((p) => ({ name: p.name, key: personKey(p.name) }));
  const knownShorts = [...glossary.map((g) => g.short), ...(directory?.organizations ?? []).map((o) => o.shortName).filter((s): s is string => !!s)];
  const abbreviations = new Set<string>([...COMMON_ABBREVIATIONS, ...knownShorts]);
  const vocab: ExecutorVocabulary = { abbreviations };
  const suggested = new Set<string>();

  const nearMiss = (token: string): string | null => {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const candidate of knownShorts) {
      if (candidate === token) return null;
      const d = damerauLevenshtein(token.toLowerCase(), candidate.toLowerCase());
      // Three-letter abbreviations differ by one letter all the time (ТИК, МИК, УИК): no guesses there.
      if (token.length < 4 || candidate.length < 4) continue;
      const allowed = candidate.length >= 6 ? 2 : 1;
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  };

  const isKnown = (token: string): boolean => glossaryByKey.has(normalizeName(token)) || orgByKey.has(normalizeName(token)) || abbreviations.has(token);

  /** «ИККО ТИК» is two executors only when every word is a known (or nearly known) abbreviation. */
  const splitAbbreviations = (part: string): string[] => {
    if (isKnown(part)) return [part];
    const tokens = part.split(/\s+/);
    if (tokens.length < 2) return [part];
    const ok = tokens.every((t) => ABBREVIATION.test(t) && (isKnown(t) || nearMiss(t) !== null));
    return ok ? tokens : [part];
  };

  const classify = (text: string, line: number | null): DraftExecutorOut => {
    const key = normalizeName(text);
    const withoutNote = normalizeName(text.replace(/\s*\((?:по согласованию|далее[^)]*)\)\s*/gi, ' '));
    const glossaryHit = glossaryByKey.get(key) ?? glossaryByKey.get(withoutNote);
    const directHit = orgByKey.get(key) ?? orgByKey.get(withoutNote);
    if (glossaryHit || directHit) {
      const full = glossaryHit?.full ?? directHit!;
      const canonical = directHit ?? orgByKey.get(normalizeName(full)) ?? full;
      const kind: ExecutorKind = DEPARTMENT_NAME.test(full) && !/комисси/i.test(full.split(/\s+/)[0] ?? '') ? 'department' : 'organization';
      return { text, kind, matched: canonical };
    }
    const comma = text.indexOf(',');
    const name = comma > 0 && OFFICE_OF_PERSON.test(text.slice(comma + 1).trim()) ? text.slice(0, comma).trim() : text;
    if (PERSON.test(name) || /\s[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.$/.test(name)) {
      const hit = people.find((p) => p.key !== null && p.key === personKey(name));
      return { text, kind: 'person', matched: hit?.name ?? null };
    }
    if (GROUP_NAME.test(text)) return { text, kind: 'group' };
    const first = text.split(/\s+/)[0] ?? '';
    if (ABBREVIATION.test(text) || (ABBREVIATION.test(first) && text.split(/\s+/).length <= 4 && !DEPARTMENT_NAME.test(text))) {
      if (abbreviations.has(text) || abbreviations.has(first)) return { text, kind: 'organization' };
      const suggestion = nearMiss(text) ?? nearMiss(first);
      if (suggestion) {
        if (!suggested.has(text)) {
          suggested.add(text);
          warn(`Исполнитель «${text}» не найден в сокращениях плана и справочнике; возможно, имелось в виду «${suggestion}»`, line);
        }
        return { text, kind: 'unknown', suggestion };
      }
      return { text, kind: 'organization' };
    }
    if (/^[А-ЯЁ][А-ЯЁа-яё]{1,7}$/.test(first) && (first.match(/[А-ЯЁ]/g)?.length ?? 0) >= 2 && text.split(/\s+/).length <= 4) {
      return { text, kind: 'organization' }; // mixed-case abbreviations: «МОиН КР»
    }
    if (DEPARTMENT_NAME.test(text)) return { text, kind: 'department' };
    if (ORGANIZATION_NAME.test(text)) return { text, kind: 'organization' };
    return { text, kind: isExecutorToken(text, vocab) ? 'organization' : 'unknown' };
  };

  // The same executor cell («ИККО ТИК») repeats on most rows; its first reading is reused.
  const cache = new Map<string, DraftExecutorOut[]>();
  return {
    vocab,
    parse(text, line, role = 'responsible') {
      if (!text.trim()) return [];
      const key = `${role}\u0000${text}`;
      const cached = cache.get(key);
      if (cached) return cached.map((e) => ({ ...e }));
      const parsed = parseFresh(text, line, role);
      cache.set(key, parsed);
      return parsed.map((e) => ({ ...e }));
    },
  };

  function parseFresh(text: string, line: number | null, role: 'responsible' | 'co_executor'): DraftExecutorOut[] {
    const out: DraftExecutorOut[] = [];
    const sentences = (kept: string): void =>
      warn(`Исполнители «${kept.trim()}» записаны одним предложением с оборотом: оставлены одним исполнителем, разделите их при необходимости`, line);
    for (const raw of executorParts(text, sentences)) {
      const part = tidy(raw);
      if (!part) continue;
      for (const piece of splitAbbreviations(part)) {
        const executor = classify(piece, line);
        if (role === 'co_executor') executor.role = 'co_executor';
        out.push(executor);
      }
    }
    return out;
  }
}

// A participle that opens a clause governs what follows it («уполномоченные на то …», «действующие в …»,
// «уполномоченные представительным органом …»); an adjective before its noun does not
// («общественные организации», «независимые эксперты» are executors of their own).
const PARTICIPLE =
  '[а-яё]+(?:ющ|ящ|вш|енн|анн|ем|им)(?:ие|ий|ая|ое|их|ими|ые|ый|ых|ыми)\\s+(?:на|в|во|с|со|по|к|ко|от|за|при|для|из|у|до|под|над|перед|между|то|тем|этим|[а-яё]+(?:ом|ем|ой|ей|ами|ями))(?![а-яё])';
// After a comma: a clause about the executor before it («лица, уполномоченные …», «а также …»,
// «…, по согласованию с избирательной комиссией» — a condition, not a second executor).
const CLAUSE = new RegExp(
  // The words end where a word ends: «а» opens a clause, «аппарат Комиссии» is an executor.
  `^(?:(?:а также|а|либо|или|по согласованию|совместно с|при участии|с участием|во взаимодействии|в том числе|в пределах|в части|в соответствии)(?![а-яё])|в котор|котор|${PARTICIPLE})`,
);
// After a comma: more of the same name in the genitive («комитет по делам печати, телерадиовещания и …»).
const GENITIVE_GO_ON = /^[а-яё]+(?:ания|ения|ства|ции|тики)\s/;
// Kyrgyz puts the postposition last: «…, өкүлдөрүнүн катышуусу менен» (with the participation of …),
// «…, макулдашуу боюнча» (by agreement with …) — a condition on the executor before the comma.
const KYRGYZ_CLAUSE = /(?:катышуусу\s+менен|катышуусунда|макулдашуу\s+боюнча|менен\s+бирге)[.;]?$/i;
// After a line break: the genitive tail of a name the page wrapped («Избирательная комиссия» / «Республики Калмыкия»).
const NAME_TAIL = /^(?:Республики|области|края|района|округа|города|Российской|Кыргызской|Федерации|Калмыкия)(?![а-яё])/;

/** Between «Фамилия И.О.» and the next «Фамилия И.О.» with nothing but a space. */
const PERSONS_RUN_TOGETHER = /(?<=(?:^|\s)[А-ЯЁ][а-яё-]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s+(?=[А-ЯЁ][а-яё-]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.(?:\s|$))/;

/** «Кемеровской области», «Калужской обл.», «Шилкинского района»: a name's place in the genitive. */
const PLACE_TAIL =
  /^[А-ЯЁ][а-яё-]+(?:ой|ого|их)\s+(?:[а-яё-]+(?:ой|ого|их)\s+)?(?:(?:избирательной\s+)?комиссии|организации|партии|палаты|администрации|области|обл\.|края|района|округа|республики|муниципального)(?![а-яё])/;
/** «… Администрации города» / «… района»: a name cut right before its place's own name. */
const PLACE_WORD_END = /(?:^|\s)(?:города|г\.|района|поселения|округа|села|посёлка|поселка)$/;

// After a comma: the office of the person named before it («А.В. Кухтин, председатель ТИК»,
// «Иванова И.И., секретарь комиссии») — one person, not two executors. Only a singular office:
// «…, председатели УИК» after names is a group of its own.
const OFFICE_OF_PERSON =
  /^(?:председатель|заместитель|секретарь|член|руководитель|начальник|глава|директор|заведующ(?:ий|ая)|консультант|(?:главный|ведущий|старший)?\s*специалист|системный администратор|бухгалтер|юрист)(?![а-яё])/;
const NAMED_PERSON = /(?:^|\s)(?:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)$/;

// «(мындан ары – БШК)», «(далее – ТИК)» on the line under a name: the short name it defines.
const DEFINITION = /^\(\s*(?:мындан ары|далее)(?![а-яё])/i;

/**
 * After a comma: a participial or relative clause («лица, уполномоченные на то …, командиры …»,
 * «…, в которых избиратели пребывают»). Such a clause is closed by a comma too, so where it ends
 * and the next executor begins cannot be told: the rest of the line stays with it.
 */
const OPEN_CLAUSE = new RegExp(`^(?:в котор|котор|${PARTICIPLE})`);

/** Executor entries of a cell: split at line breaks, commas and semicolons, except inside a name or a clause. */
function executorParts(text: string, kept?: (line: string) => void): string[] {
  const out: string[] = [];
  let open = false;
  text.split('\n').forEach((line) => {
    // «аппарат Избирательной комиссии» / «Кемеровской области – Кузбасса», «Администрации города» /
    // «Екатеринбурга»: a line the page wrapped in the middle of a name (no separator closes the line
    // above, and the name goes on with its place) is the same executor.
    // «Назина» / «А.В.»: a surname and its initials; «… «Всероссийское» / «Ордена … слепых»»: a quote left open.
    const above = out[out.length - 1] ?? '';
    const initials = /^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?=\s*(?:[,;]|$))/.test(line.trim()) && /[А-ЯЁ][а-яё-]+$/.test(above);
    const inQuote = (above.match(/«/g)?.length ?? 0) > (above.match(/»/g)?.length ?? 0);
    // «… организации инвалидов» / «„Всероссийское общество слепых“»: the quoted name follows its kind.
    const quotedName = /^«/.test(line.trim()) && /[а-яё]$/.test(above);
    const wrappedName = open && (PLACE_TAIL.test(line.trim()) || PLACE_WORD_END.test(above) || initials || inQuote || quotedName);
    open = !/[,;.:]\s*$/.test(line);
    const joinFirst = wrappedName && /^[А-ЯЁ«"]/.test(line.trim());
    let sentence = false;
    // «управляющий делами администрации города, председатель Координационного Совета Т.В. Воронова; департамент …
    // (Д.Н. Трифонов)»: a cell that parts its executors with semicolons keeps the commas inside each of them.
    // «Дикалов А.Н. Поленичкина О.Д.»: names a converter ran together when it joined a cell's lines.
    const bySemicolon = splitTopLevel(line, /;/);
    const parts = (bySemicolon.length > 1 ? bySemicolon : splitTopLevel(line, /[,;]/)).flatMap((part) => part.split(PERSONS_RUN_TOGETHER));
    parts.forEach((part, k) => {
      const prev = out.length - 1;
      const office = prev >= 0 && k > 0 && OFFICE_OF_PERSON.test(part.trim()) && NAMED_PERSON.test(out[prev]!.trim());
      // Keep the comma as printed: «Кухтин,председатель» stays glued, «Иванова И.И., секретарь» spaced.
      if (joinFirst && k === 0 && prev >= 0) out[prev] = `${out[prev]} ${part}`;
      else if (office) out[prev] = `${out[prev]},${line.includes(`,${part}`) ? '' : ' '}${part}`;
      else if (prev >= 0 && k > 0 && (sentence || CLAUSE.test(part) || GENITIVE_GO_ON.test(part) || KYRGYZ_CLAUSE.test(part.trim()))) {
        // A clause that ends the line holds nothing after it: no doubt to name.
        const opens = !sentence && OPEN_CLAUSE.test(part) && k < parts.length - 1;
        sentence ||= opens;
        if (opens) kept?.(line);
        out[prev] = `${out[prev]}, ${part}`;
      } else if (prev >= 0 && k === 0 && (NAME_TAIL.test(part) || DEFINITION.test(part))) out[prev] = `${out[prev]} ${part}`;
      else out.push(part);
    });
  });
  return out;
}

function tidy(raw: string): string {
  let t = raw
    .replace(/\s*\(\s*далее[^)]*\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—•·*]\s*/, '')
    .replace(/^и\s+/, '');
  // Keep the dot of initials («Петрова Е.А.»), drop a sentence dot («ЦИК КР.»).
  if (/\.$/.test(t) && !/(?:^|\s|\.)[А-ЯЁA-Z]\.$/.test(t)) t = t.slice(0, -1).trim();
  return t.replace(/[;,:]+$/, '').trim();
}

function personKey(name: string): string | null {
  const t = name.replace(/\s+/g, ' ').trim();
  let m = /^([А-ЯЁ][а-яё-]+)\s+([А-ЯЁ])[а-яё]*\.?\s*([А-ЯЁ])?/.exec(t);
  if (m) return `${m[1]!.toLowerCase()} ${m[2]}${m[3] ?? ''}`;
  m = /^([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.\s?)?([А-ЯЁ][а-яё-]+)$/.exec(t);
  if (m) return `${m[3]!.toLowerCase()} ${m[1]}${m[2] ?? ''}`;
  m = /([А-ЯЁ][а-яё-]+)\s+([А-ЯЁ])\.\s?([А-ЯЁ])\.?$/.exec(t);
  return m ? `${m[1]!.toLowerCase()} ${m[2]}${m[3]}` : null;
}

export function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
