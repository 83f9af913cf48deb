import { isLatinBodyName, isLatinDeadline, isLatinLegalBasis } from '../languages/latin-cells.js';
import { isTurkicBodyName, isTurkicDeadline, isTurkicLegalBasis } from '../languages/turkic-cells.js';

/**
 * What a cell is, judged by its content. Plans shift cells between columns (a merged cell
 * missing in one row, a converter dropping an empty cell), so the importer checks whether a
 * text reads like a deadline or like a list of executors before trusting its position.
 */
const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH_WORD = new RegExp(`(?:^|[^а-яё])(${MONTH_STEMS.join('|')})[а-яё]*`, 'i');
const MONTH_ONLY = new RegExp(`^(${MONTH_STEMS.join('|')})[а-яё]*\\.?$`, 'i');

export function monthIndex(text: string): number | null {
  const m = MONTH_ONLY.exec(text.trim());
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const idx = MONTH_STEMS.findIndex((s) => new RegExp(`^${s}$`).test(stem));
  return idx >= 0 ? idx : null;
}

/** «I квартал», «2 квартал 2025 года», «Первое полугодие»: work plans group their rows by these too. */
const PART_OF_YEAR =
  /^(?:(?:[IV]{1,3}|[1-4])(?:-?[йя])?|перв(?:ый|ое)|втор(?:ой|ое)|трет(?:ий|ье)|четв[её]рт(?:ый|ое))\s+(?:квартал|полугодие)(?:\s+\d{4}\s*(?:г\.?|года)?)?\.?$/i;

/** «Январь» or «I квартал» alone on a row or line: a heading for the items below it. */
/**
 * Kyrgyz: «I чейрек» (quarter), «II жарым жылдык» (half-year); the Russian loan «квартал» with a
 * Kyrgyz ordinal or a hyphen («Биринчи квартал», «2-квартал»).
 */
const PART_OF_YEAR_KY = /^(?:(?:[IV]{1,3}|[1-4])\s*-?\s*|(?:биринчи|экинчи|үчүнчү|төртүнчү)\s+)(?:чейрек(?:и)?|квартал(?:ы)?|жарым\s+жыл(?:дык)?)\.?$/i;

export function isMonthHeading(text: string): boolean {
  const t = text.trim();
  return (monthIndex(t) !== null || PART_OF_YEAR.test(t) || PART_OF_YEAR_KY.test(t)) && /^[А-ЯЁӨҮIV1-4]/.test(t);
}

const DEADLINE_PHRASES: RegExp[] = [
  /^весь период/i,
  /^в течение/i,
  /^(?:на )?постоянн/i,
  /^на постоянной основе/i,
  /^ежедневно|^еженедельно|^ежемесячно|^ежеквартально|^ежегодно|^раз в /i,
  /^по мере/i,
  // «по средам», «каждый вторник», «каждую первую среду месяца»: a weekday the engine reads as a recurrence.
  /^(?:по|кажд[а-яё]+)(?:\s+[а-яё]+)?\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)(?:ам|ям|у|а|ой|е|ю|ы)?(?![а-яё])/i,
  /^по плану/i,
  /^по отдельному плану/i,
  /^по графику/i,
  /^по согласованию/i,
  /^по запросу/i,
  /^по состоянию на/i,
  /^в соответствии с (?:утвержд|установл|график|план|срок)/i,
  /^в (?:установленные|утвержденные|утверждённые) сроки/i,
  /^в сроки/i,
  /^в период/i,
  /^в ходе/i,
  /^в день/i,
  /^накануне/i,
  /^после/i,
  /^до\s+\d/i,
  /^до\s+(?:конца|начала|дня|окончания|истечения)/i,
  /^не (?:позднее|ранее|позже)/i,
  /^не реже/i,
  // «за 1-2 дня до выборов», «за 10 дней до дня голосования»: a term counted back from the voting day.
  /^за\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+(?:дн|день|календарн|недел|месяц)[а-яё]*\s+до\s/i,
  /^с\s+\d{1,2}[. ]/i,
  /^со дня/i,
  /^по итогам/i,
  /^\(?\s*по отдельн/i,
  /^(?:[IV]{1,3}|1|2|3|4)[ -]?(?:е|й)?\s*(?:квартал|полугоди)/i,
  /^(?:первое|второе|1-е|2-е)\s+полугоди/i,
  /^(?:в\s+)?(?:первом|втором|третьем|четвертом|четвёртом)\s+(?:квартале|полугодии)/i,
  /^\d{4}\s*(?:г\.?|год)/i,
  /^(?:[IV]{1,3}|\d)\s+год$/i,
  // Kyrgyz deadlines close with the word that says when: «… 50 күндөн кечиктирбестен», «… чейин».
  /\d[^.]{0,60}(?:кечиктирбестен|чейин|ичинде)\.?$/i,
];
// One alternation instead of thirty tests: this runs on every cell of every row.
const DEADLINE_START = new RegExp(DEADLINE_PHRASES.map((re) => `(?:${re.source})`).join('|'), 'i');
const DATE = /\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\b|\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/i;

/** Reads like a deadline phrase. `strict` demands a short text so prose is never mistaken for one. */
export function isDeadlineLike(text: string, strict = false): boolean {
  const t = text.trim().replace(/^[(«"]+/, '');
  if (!t) return false;
  const limit = strict ? 80 : 160;
  if (t.length > limit) return false;
  if (DEADLINE_START.test(t) || isTurkicDeadline(t) || isLatinDeadline(t)) return true;
  // «Maddələr: 8.1, 179.2», «art. 21 alin. (1)»: article numbers look like «8.1» dates.
  if (isLatinLegalBasis(t)) return false;
  const words = t.split(/\s+/).length;
  if (MONTH_WORD.test(t) && words <= (strict ? 8 : 14) && !/^[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\./.test(t)) {
    // «Сентябрь-декабрь», «февраль, июль – август», «Июнь - октябрь»: month words dominate.
    const monthWords = t.match(new RegExp(`(${MONTH_STEMS.join('|')})[а-яё]*`, 'gi'))?.length ?? 0;
    if (monthWords * 3 >= words || words <= 4) return true;
  }
  if (DATE.test(t) && words <= (strict ? 10 : 18)) return true;
  return false;
}

export const PERSON = /^(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$/;

const GROUP_START =
  /^(?:(?:все|соответствующие)\s+)?(?:члены|акимы|членам|председател[иья]|заместител[иья]|секретар[иья]|руководител[иья]|представител[иья]|сотрудники|работники|специалисты|служащие|эксперты|независимые эксперты|эксперты-тренеры|системные администраторы|бухгалтеры|главы|депутаты|наблюдатели|волонт[её]ры|преподаватели|педагоги|юристы|консультанты|начальники|кураторы|координаторы|операторы|организаторы|участники|инструкторы|рабочие (?:группы|комиссии)|ответственные)(?![а-яё])/i;
const DEPARTMENT =
  /(?:^|\s|-)(?:отдел|отделы|сектор|управление|управления|аппарат|служба|пресс-служба|бухгалтерия|центр|группа|канцелярия|департамент|комитет|секретариат|приёмная|приемная)(?:\s|$|[.,;])/i;
const DEPARTMENT_START =
  /^(?:[а-яё-]+\s+)?(?:отдел|сектор|управление|аппарат|служба|пресс-служба|бухгалтерия|информационн|организационн|юридическ|правов|финансов|кадров|контрольно-ревизионн)/i;
const ORGANIZATION_WORDS =
  /(?:комисси|министерств|организаци[яиюей](?![а-яё])|администраци|учреждени|парти[яи]|палат[аы]|совет|фонд|академи|университет|институт|колледж|школ|библиотек|прокуратур|полици|суд(?![а-яё])|кабинет|правительств|губернатор|уполномоченн|собрани|дум[аы]|кенеш|акимат|маслихат|агентств|инспекци|объединени|ассоциаци|союз|центр|служба|управлени|департамент|комитет|отделени|предприяти|общество|движени|орган(?:ы|ов|а)?(?![а-яё]))/i;

/** Stand-alone tokens found in executor cells of Russian and Kyrgyz plans. */
export const COMMON_ABBREVIATIONS = [
  'ЦИК',
  'ЦИК России',
  'ЦИК РФ',
  'ЦИК КР',
  'ТИК',
  'ТИКи',
  'УИК',
  'УИКи',
  'ИКМО',
  'ОИК',
  'ОИКи',
  'ОИКМО',
  'МИК',
  'МТИК',
  'ИКС',
  // The election commission of a subject of the Federation, as regional programmes write it («ИКСО ТИК»).
  'ИКСО',
  'ИКСРФ',
  'РЦОИТ',
  'РЦОИТ при ЦИК России',
  'ФЦИ',
  'ФЦИ при ЦИК России',
  'КРС',
  'СМИ',
  'МФЦ',
  'МЧС',
  'МВД',
  'УМВД',
  'ГУ МВД',
  'ФСБ',
  'ОМСУ',
  'НКО',
  'ОП РФ',
  'КСА ТИК',
  'ГАС «Выборы»',
  'ИАЦ',
  'ИЦ',
];

export interface ExecutorVocabulary {
  /** Abbreviations known for this plan (glossary, directory short names, common ones). */
  abbreviations: ReadonlySet<string>;
}

const ABBREVIATION_TOKEN = /^[А-ЯЁA-Z][А-ЯЁA-Z0-9]{1,9}(?:-[А-ЯЁA-Z0-9]+)?(?:и|ов)?$/;

/** «ИККО ТИК», «ИККО – Кузбасса, ИКМО»: one executor or several abbreviations in a row. */
export function isAbbreviationSequence(text: string, vocab: ExecutorVocabulary): boolean {
  const t = text.trim().replace(/[.;,]$/, '');
  if (!t) return false;
  if (vocab.abbreviations.has(t)) return true;
  const tokens = t.split(/\s+/);
  return tokens.every((tok) => vocab.abbreviations.has(tok) || ABBREVIATION_TOKEN.test(tok));
}

/** Does one comma-separated part read as an executor? */
export function isExecutorToken(part: string, vocab: ExecutorVocabulary): boolean {
  const t = part
    .trim()
    .replace(/[.;]+$/, '')
    .trim();
  if (!t) return false;
  if (PERSON.test(t) || PERSON.test(t + '.')) return true;
  if (
    /^(?:председатель|заместитель председателя|секретарь|член|начальник|руководитель|консультант|главный специалист|ведущий специалист)(?![а-яё]).*[\s][А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?$/i.test(
      t,
    )
  )
    return true;
  if (isAbbreviationSequence(t, vocab)) return true;
  if (GROUP_START.test(t)) return true;
  if (DEPARTMENT_START.test(t) && DEPARTMENT.test(t + ' ')) return true;
  // Kyrgyz and Kazakh names end with their head noun («… борбордук комиссиясы», «Маалымат бөлүмү», «Облыс әкімдігі»).
  if (isTurkicBodyName(t) || isLatinBodyName(t)) return true;
  const first = t.split(/\s+/)[0] ?? '';
  if ((vocab.abbreviations.has(first) || /^[А-ЯЁA-Z]{2,}[а-яё]?$/.test(first)) && t.split(/\s+/).length <= 8) return true;
  // An organisation is named by its head noun near the start («Кемеровская областная организация …»),
  // not by a body mentioned deep in an activity («Семинары с председателями … комиссий»).
  const head = t.split(/\s+/).slice(0, 3).join(' ');
  if (/^[А-ЯЁ]/.test(t) && ORGANIZATION_WORDS.test(head) && t.split(/\s+/).length <= 30 && !/[.!?]\s+[А-ЯЁ]/.test(t)) {
    return !/^(?:Организация|Проведение|Обеспечение|Подготовка|Разработка|Участие|Взаимодействие|Контроль|Осуществление|Создание|Внесение|Оказание|Анализ|Изучение|Рассмотрение|Утверждение|Об?|По|В|На|С|Для|При)(?![а-яё])/.test(
      t,
    );
  }
  return false;
}

/** Splits on commas/semicolons outside quotes and brackets; used for classification only. */
export function splitTopLevel(text: string, separators = /[,;\n]/): string[] {
  const parts: string[] = [];
  let depthQuote = 0;
  let depthParen = 0;
  let straight = false;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '„' || ch === '“') depthQuote++;
    else if ((ch === '»' || ch === '”') && depthQuote > 0) depthQuote--;
    else if (ch === '"') straight = !straight;
    else if (ch === '(') depthParen++;
    else if (ch === ')' && depthParen > 0) depthParen--;
    if (depthQuote === 0 && depthParen === 0 && !straight && separators.test(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Share of the comma-separated parts that read as executors (0 when the text is a deadline). */
export function executorScore(text: string, vocab: ExecutorVocabulary): number {
  const t = text.trim();
  if (!t || t.length > 600) return 0;
  if (isDeadlineLike(t, true)) return 0;
  const parts = splitTopLevel(t);
  if (parts.length === 0) return 0;
  const ok = parts.filter((p) => isExecutorToken(p, vocab)).length;
  if (!isExecutorToken(parts[0]!, vocab)) return Math.min(0.4, ok / parts.length);
  return ok / parts.length;
}

/** `strict`: every part must be an executor (free layouts, where a title line must not be taken). */
export function isExecutorLike(text: string, vocab: ExecutorVocabulary, strict = true): boolean {
  const score = executorScore(text, vocab);
  return strict ? score === 1 : score >= 0.6;
}

export function isFinancingLike(text: string): boolean {
  return /бюджет|финансир|средств|внебюджет|не требуется|спонсор|грант/i.test(text) && text.length < 300;
}

export function isResultLike(text: string): boolean {
  return /^результат/i.test(text.trim());
}

export function isLegalBasisLike(text: string): boolean {
  return (
    (/(?:(?:^|[^а-яё])ст\.|стать[яи]|(?:^|[^а-яё])п\.\s?\d|пункт|закон|постановлени|-ФЗ|кодекс|указ|мыйзам|токтом)/i.test(text) && text.length < 400) ||
    isTurkicLegalBasis(text) ||
    isLatinLegalBasis(text)
  );
}

/** «1 2 3 4» under the header, repeated on every page. */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 2) return false;
  if (!filled.every((c) => /^\d{1,2}\.?$/.test(c))) return false;
  const nums = filled.map((c) => parseInt(c, 10));
  return nums[0] === 1 && nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
}

/** «---» rows that converters put where a page or a table part ended. */
export function isSeparatorRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => /^[-–—=_*.\s]{2,}$/.test(c));
}
