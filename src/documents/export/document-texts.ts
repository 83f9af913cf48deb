import type { ExportColumn } from './export-plan.js';
import type { Locale } from '../../shared/locale.js';
import { kyMonth } from '../../domain/locale/ky-date.js';
import { ruMonth } from './ru-format.js';

/**
 * The fixed texts of exported documents in each language. The plan's own texts (title,
 * items, executors, abbreviations) stay as written; only what the system adds is translated.
 */
export interface DocumentTexts {
  draft: string;
  emptySubset: string;
  glossaryHeading: string;
  numberColumn: string;
  titleColumn: string;
  deadlineColumn: string;
  executorsColumn: string;
  subsetPrefix: string;
  subsetSection: (number: string, title: string | null) => string;
  subsetExecutor: (text: string) => string;
  month: (month: string) => string;
}

const ru: DocumentTexts = {
  draft: 'ПРОЕКТ',
  emptySubset: 'Пунктов, отвечающих условиям выборки, нет.',
  glossaryHeading: 'Список используемых сокращений',
  numberColumn: '№ п/п',
  titleColumn: 'Наименование мероприятия',
  deadlineColumn: 'Срок исполнения',
  executorsColumn: 'Исполнители',
  subsetPrefix: 'Выборка',
  subsetSection: (number, title) => (title ? `раздел ${number} «${title}»` : `раздел ${number}`),
  subsetExecutor: (text) => `исполнитель ${text}`,
  month: ruMonth,
};

// Column names as the CEC's Kyrgyz calendar plans print them: «Иш-чаралардын мазмуну»,
// «Аткаруу мөөнөтү», «Аткарууга жооптуулар» (see docs/glossary-ky.md).
const ky: DocumentTexts = {
  draft: 'ДОЛБООР',
  emptySubset: 'Тандоонун шарттарына туура келген пункттар жок.',
  glossaryHeading: 'Колдонулган кыскартуулардын тизмеси',
  numberColumn: '№',
  titleColumn: 'Иш-чаранын аталышы',
  deadlineColumn: 'Аткаруу мөөнөтү',
  executorsColumn: 'Аткаруучулар',
  subsetPrefix: 'Тандоо',
  subsetSection: (number, title) => (title ? `${number}-бөлүм «${title}»` : `${number}-бөлүм`),
  subsetExecutor: (text) => `аткаруучу ${text}`,
  month: kyMonth,
};

export const documentTexts = (lang: Locale | undefined): DocumentTexts => (lang === 'ky' ? ky : ru);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Russian column titles of the seed plans and of real ones, and their Kyrgyz names. */
const KY_TITLES: Record<string, string> = {
  '№ п/п': '№',
  '№': '№',
  'наименование мероприятия': 'Иш-чаранын аталышы',
  'наименование мероприятий': 'Иш-чаралардын аталышы',
  наименование: 'Аталышы',
  'содержание мероприятия': 'Иш-чаранын мазмуну',
  'содержание мероприятий': 'Иш-чаралардын мазмуну',
  мероприятия: 'Иш-чаралар',
  мероприятие: 'Иш-чара',
  'срок исполнения': 'Аткаруу мөөнөтү',
  'сроки исполнения': 'Аткаруу мөөнөттөрү',
  срок: 'Мөөнөтү',
  сроки: 'Мөөнөттөрү',
  исполнитель: 'Аткаруучу',
  исполнители: 'Аткаруучулар',
  'ответственные исполнители': 'Жооптуу аткаруучулар',
  'ответственный исполнитель': 'Жооптуу аткаруучу',
  'ответственные за исполнение': 'Аткарууга жооптуулар',
  соисполнители: 'Биргелешкен аткаруучулар',
  'стратегическая цель': 'Стратегиялык максат',
  'антикоррупционная мера': 'Коррупцияга каршы чара',
  задачи: 'Милдеттер',
  'действие или мероприятие': 'Аракет же иш-чара',
  'источники финансирования': 'Каржылоо булактары',
  'источник финансирования': 'Каржылоо булагы',
  результат: 'Натыйжа',
  'ожидаемый результат': 'Күтүлгөн натыйжа',
  'правовое основание': 'Укуктук негизи',
  примечание: 'Эскертүү',
  'отчетный документ': 'Отчеттук документ',
};

/** Kyrgyz names for columns known only by role (a title the table above does not know). */
const KY_ROLES: Record<string, string> = {
  number: '№',
  title: 'Иш-чаранын аталышы',
  deadline: 'Аткаруу мөөнөтү',
  executors: 'Аткаруучулар',
  co_executors: 'Биргелешкен аткаруучулар',
  legal_basis: 'Укуктук негизи',
  result: 'Натыйжа',
  financing: 'Каржылоо булактары',
  reporting_document: 'Отчеттук документ',
  goal: 'Максат',
  measure: 'Чара',
  tasks: 'Милдеттер',
  action: 'Аракет',
  note: 'Эскертүү',
  content: 'Мазмуну',
};

/**
 * A column's title in the document's language: a known Russian title or the column's role
 * in Kyrgyz; per-year columns «I Год» → «I жыл»; anything else (the plan's own wording) as written.
 */
export function columnTitle(column: ExportColumn, lang: Locale | undefined): string {
  if (lang !== 'ky') return column.title;
  const known = KY_TITLES[norm(column.title)];
  if (known) return known;
  const byYears = /^сроки исполнения по годам:?\s*(.*?)\s*[—–-]\s*([IVX]+)\s+год$/i.exec(column.title.trim());
  // Narrow per-year columns: the year first, the plan's span after it.
  if (byYears) return `${byYears[2]} жыл (${byYears[1]})`;
  const year = /^([IVX]+|\d+)[\s-]*(й\s+)?год$/i.exec(column.title.trim());
  if (year) return /^\d+$/.test(year[1]!) ? `${year[1]}-жыл` : `${year[1]} жыл`;
  if (/[ңөү]/i.test(column.title)) return column.title;
  return KY_ROLES[column.role] ?? column.title;
}
