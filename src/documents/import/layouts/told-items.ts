import { cleanInline } from '../cell-text.js';
import { emptyRecord, type PlanRecord, type Warn } from '../records/plan-record.js';
import type { SourceBlock } from '../readers/source-model.js';
import { TOLD_SPAN } from './told-spans.js';
import { calendarSentenceTerm, repeatedParagraph } from './told-calendar-lines.js';

/**
 * A plan told in a news text, with no table, list or numbered points: «… на сентябрь месяц запланировали проведение
 * игры-путешествия «Интересно о выборах!»; в ноябре – правовой урок «…». Ко Дню Конституции … в декабре намечается
 * час истории «…».», «Мероприятия ДМИ-2024 стартуют с проведения Форума … 25 января;». A clause is a planned measure
 * when a verb of planning or of a coming event tells it («запланировали», «намечается», «состоится», «пройдет»,
 * «стартуют») — or a dash after a time goes on with such a verb of the clause before — and it names its month or its
 * day. A paragraph that tells one measure is that measure's line, whole; one that tells several gives each the words
 * after its verb (or dash). The time as printed is the measure's term. Read only when nothing else finds a plan, and
 * only with two measures at least: a news text that tells one event is no plan.
 */
export interface ToldLayout {
  records: PlanRecord[];
  start: number;
  end: number;
}

const MONTH_WORD = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
/**
 * «25 января», «18 февраля 2024 года», «на сентябрь месяц», «в ноябре», «в течение декабря»; a bound kept with its day
 * («до 23 февраля», «не позднее 5 марта»: the term is the bound, not the day) and a part of a month («в конце мая»).
 */
// A span («с 20 августа по 3 сентября») is tried first: its first day alone would lose its end.
const TIME = new RegExp(
  `(?:${TOLD_SPAN}|(?:(?:до|не\\s+позднее|не\\s+позже)\\s+)?\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?|(?:на|в|во|в\\s+течение|в\\s+(?:начале|конце|середине)|до\\s+(?:начала|конца|середины))\\s+${MONTH_WORD}(?:\\s+месяц[а-яё]*)?)(?![а-яё])`,
  'iu',
);
const PLANNING_VERB = new RegExp(
  `(?:^|[\\s,])(${[
    'запланировал[аио]?',
    'запланирован[аоы]?',
    'намечает(?:ся)?',
    'намечаются',
    'намечен[аоы]?',
    'планирует(?:ся)?',
    'планируются',
    'пройд[её]т',
    'пройдут',
    'состоится',
    'состоятся',
    'стартует',
    'стартуют',
    // «будет проведена проверка», «будут отобраны 10 команд», «будет организован»: the future passive of any action.
    '(?:будет|будут)\\s+[а-яё]+(?:[её]н|[ая]н|т)[аоы]?',
    // The future of the steps a commission or an organiser announces: «ТИК приступят к приему предложений», «примут
    // решения», «счетная комиссия сообщит имя», «подведут итоги», «объявят победителей».
    'приступ(?:ит|ят)',
    'прим(?:ет|ут)',
    'сообщ(?:ит|ат)',
    'провед(?:[её]т|ут)',
    'подвед(?:[её]т|ут)',
    'объяв(?:ит|ят)',
    'вруч(?:ит|ат)',
    'откро(?:ет|ют)ся',
    'начн(?:[её]т|ут)ся',
    'собер(?:[её]т|ут)ся',
  ].join('|')})(?=[\\s,:]|$)`,
  'iu',
);
/** «в ноябре – правовой урок «…»»: a time, a dash, the measure — the verb is the clause before's. */
const TIME_DASH = new RegExp(`^(${TIME.source})\\s*[–—-]\\s+(.{6,})$`, 'iu');
const ELECTION_SUBJECT = /выбор|голосовани|референдум|выдвижени|регистраци|кандидат|избирательн[а-яё]+\s+кампани/iu;
const ONLY_TIME = new RegExp(`^${TIME.source}$`, 'iu');
const MIN_ITEMS = 2;
const MAX_CLAUSE = 400;

/** Sentences and their «;» clauses, outside «…» (a name may hold «!» or «;»). */
function clauses(text: string): string[][] {
  const sentences: string[][] = [];
  let clause = '';
  let sentence: string[] = [];
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '«') depth++;
    else if (ch === '»' && depth > 0) depth--;
    clause += ch;
    if (depth > 0) continue;
    const next = text.slice(k + 1);
    if (ch === ';') {
      sentence.push(clause);
      clause = '';
    } else if (/[.!?]/.test(ch) && /^\s+[А-ЯЁ«"]/.test(next)) {
      sentence.push(clause);
      sentences.push(sentence);
      sentence = [];
      clause = '';
    }
  }
  if (clause.trim()) sentence.push(clause);
  if (sentence.length) sentences.push(sentence);
  // «…, а на апрель запланирован конкурс …»: «, а» opens the next measure as «;» does.
  return sentences
    .map((s) =>
      s
        .flatMap((c) => c.split(/,\s+а\s+(?![^«]*»)/u))
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .filter((s) => s.length > 0);
}

const stripEnd = (text: string): string => text.replace(/[\s;.,]+$/, '').trim();
const wordsOf = (text: string): number => text.split(/\s+/).filter(Boolean).length;

interface Told {
  title: string;
  deadline: string;
}

/** The measures a paragraph tells, or none. */
function toldIn(paragraph: string): Told[] {
  const found: (Told & { clause: string; whole: boolean })[] = [];
  for (const sentence of clauses(paragraph)) {
    let planned = false;
    for (const clause of sentence) {
      if (clause.length > MAX_CLAUSE) continue;
      const verb = PLANNING_VERB.exec(clause);
      // «Голосование пройдёт 5 апреля», «Приём документов для выдвижения стартует 23 января»: the election's own
      // calendar told in news is not a plan's measure (a retold calendar has its own layouts).
      if (verb && ELECTION_SUBJECT.test(clause.slice(0, verb.index))) {
        planned = false;
        continue;
      }
      if (verb) {
        planned = true;
        const time = TIME.exec(clause);
        if (!time) continue;
        const after = stripEnd(clause.slice(verb.index + verb[0].length));
        // The time after the measure («… с проведения Форума студенческой молодежи в День российского студента 25 января»).
        const title = time.index > verb.index ? stripEnd(after.slice(0, after.indexOf(time[0]))) : after;
        found.push({ clause, title, deadline: time[0], whole: sentence.length === 1 });
        continue;
      }
      const dash = planned ? TIME_DASH.exec(clause) : null;
      if (dash) {
        found.push({ clause, title: stripEnd(dash[2]!), deadline: dash[1]!, whole: false });
        continue;
      }
      // «Выдвижение кандидатов … возможно до 4 февраля.»: a calendar's line written as a sentence.
      const term = sentence.length === 1 ? calendarSentenceTerm(clause) : null;
      if (term) found.push({ clause, title: stripEnd(clause), deadline: term, whole: true });
    }
  }
  // One measure told by the whole paragraph: the paragraph is its line, as a list line is.
  if (found.length === 1 && clauses(paragraph).flat().length === 1) return [{ title: stripEnd(found[0]!.clause), deadline: found[0]!.deadline }];
  // Measures told one a sentence («В апреле ТИК приступят к приему предложений …. В конце мая ТИК примут решения …»):
  // each sentence is its measure's line, whole, as a list line is. A sentence that lists several («…; в ноябре – …»)
  // names them by the words after the verb.
  // A sentence whose verb comes last («Акция «…» пройдет с 20 августа по 3 сентября») names its measure before the verb.
  if (found.length > 0 && found.every((f) => f.whole) && found.every((f) => wordsOf(f.clause.replace(f.deadline, '')) >= 3)) {
    return found.map((f) => ({ title: stripEnd(f.clause), deadline: f.deadline }));
  }
  // A measure is named by words of its own, not by its time alone.
  return found.filter((f) => f.title.split(/\s+/).length >= 2 && !ONLY_TIME.test(f.title)).map(({ title, deadline }) => ({ title, deadline }));
}

export function readToldItems(blocks: readonly SourceBlock[], warn: Warn): ToldLayout | null {
  if (blocks.some((b) => b.kind === 'row')) return null;
  const records: PlanRecord[] = [];
  let start = -1;
  let end = -1;
  const seen = new Set<string>();
  blocks.forEach((b, block) => {
    if (b.kind !== 'para') return;
    const text = cleanInline(b.text);
    if (!text) return;
    if (repeatedParagraph(seen, text)) {
      warn(`строка ${b.line}: абзац повторяет уже прочитанный и не вошёл в план второй раз`, b.line);
      return;
    }
    const told = toldIn(text);
    if (told.length === 0) return;
    // The sentences around the measures (who met, what was said) are named, not dropped.
    const rest = clauses(text)
      .flat()
      .filter((c) => !told.some((t) => c.includes(t.title)));
    if (rest.length) warn(`строка ${b.line}: текст вокруг мероприятий не вошёл в план: «${rest.join(' ')}»`, b.line);
    for (const item of told) {
      const record = emptyRecord(b.line);
      record.title = item.title;
      record.deadline = item.deadline;
      records.push(record);
      if (start < 0) start = block;
      end = block + 1;
    }
  });
  if (records.length < MIN_ITEMS) return null;
  warn('План рассказан в тексте новости: мероприятия и сроки взяты из предложений; проверьте их', records[0]!.line);
  return { records, start, end };
}
