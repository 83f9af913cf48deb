import type { Locale } from '../../shared/locale.js';
import type { ExportColumn, ExportItem } from './export-plan.js';
import { deadlineKindNames } from './ru-format.js';
import { cellText } from './table-columns.js';

/**
 * The words of the data exports (CSV, the XLSX data and glossary sheets) in the document language, the same
 * `lang` the official sheet follows. Kyrgyz terms per docs/glossary-ky.md (мөөнөт, бөлүм, аткаруучу).
 */
export interface DataTexts {
  level: string;
  kind: string;
  deadlineKind: string;
  deadlineStart: string;
  deadlineEnd: string;
  deadlineWindows: string;
  recurrence: string;
  executor: (n: number) => string;
  itemId: string;
  section: string;
  item: string;
  dataSheet: string;
  glossarySheet: string;
  abbreviation: string;
  fullName: string;
  deadlineKinds: Record<string, string>;
  every: Record<string, string>;
}

const ru: DataTexts = {
  level: 'Уровень',
  kind: 'Вид',
  deadlineKind: 'Срок: вид',
  deadlineStart: 'Срок: начало',
  deadlineEnd: 'Срок: окончание',
  deadlineWindows: 'Срок: все периоды',
  recurrence: 'Периодичность',
  executor: (n) => `Исполнитель ${n}`,
  itemId: 'Идентификатор пункта',
  section: 'раздел',
  item: 'пункт',
  dataSheet: 'Данные',
  glossarySheet: 'Сокращения',
  abbreviation: 'Сокращение',
  fullName: 'Полное наименование',
  deadlineKinds: deadlineKindNames,
  every: { week: 'еженедельно', month: 'ежемесячно', quarter: 'ежеквартально', half_year: 'раз в полугодие', year: 'ежегодно' },
};

const ky: DataTexts = {
  level: 'Деңгээл',
  kind: 'Түрү',
  deadlineKind: 'Мөөнөт: түрү',
  deadlineStart: 'Мөөнөт: башталышы',
  deadlineEnd: 'Мөөнөт: аякталышы',
  deadlineWindows: 'Мөөнөт: бардык мезгилдер',
  recurrence: 'Мезгилдүүлүк',
  executor: (n) => `Аткаруучу ${n}`,
  itemId: 'Пункттун идентификатору',
  section: 'бөлүм',
  item: 'пункт',
  dataSheet: 'Маалыматтар',
  glossarySheet: 'Кыскартуулар',
  abbreviation: 'Кыскартуу',
  fullName: 'Толук аталышы',
  deadlineKinds: {
    date: 'дата',
    range: 'мезгил',
    multi: 'бир нече мезгил',
    whole_period: 'бүтүндөй мезгил',
    recurring: 'мезгил-мезгили менен',
    election_relative: 'добуш берүү күнүнөн тартып',
    event_relative: 'окуядан тартып',
    on_demand: 'зарылчылыкка жараша',
    external_schedule: 'тышкы график боюнча',
    unknown: 'таанылган жок',
  },
  every: { week: 'жума сайын', month: 'ай сайын', quarter: 'чейрек сайын', half_year: 'жарым жылда бир жолу', year: 'жыл сайын' },
};

export const dataTexts = (lang: Locale | undefined): DataTexts => (lang === 'ky' ? ky : ru);

/**
 * The layout of the data exports (the CSV and the XLSX data sheet): number, level, kind, the plan's columns, the
 * deadline as the engine read it, the executors (the XLSX spreads them one a column) and the item's id.
 */
export function dataHeader(columns: readonly ExportColumn[], executorCount = 0, lang?: Locale): string[] {
  const t = dataTexts(lang);
  return [
    '№',
    t.level,
    t.kind,
    ...columns.map((c) => c.title || c.key),
    t.deadlineKind,
    t.deadlineStart,
    t.deadlineEnd,
    t.deadlineWindows,
    t.recurrence,
    ...Array.from({ length: executorCount }, (_, i) => t.executor(i + 1)),
    t.itemId,
  ];
}

export const kindLabel = (item: Pick<ExportItem, 'kind'>, lang?: Locale) => (item.kind === 'section' ? dataTexts(lang).section : dataTexts(lang).item);

/** A plan column's value in a data row: executors on one line, separated by «; », other text as it is. */
export function dataCellText(item: ExportItem, column: ExportColumn, columns: ExportColumn[]): string {
  return cellText(item, column, columns).replace(/\n/g, column.role === 'executors' || column.role === 'co_executors' ? '; ' : '\n');
}
