import type { Outcome, Tally } from '../../domain/execution/progress.js';
import { outcomeNames } from '../../domain/execution/progress.js';
import type { Locale } from '../../shared/locale.js';
import { kyLongDate, KY_MONTHS } from '../../domain/locale/ky-date.js';
import { ruShortDate } from './ru-format.js';

/** The fixed texts of the execution report; the plan's, items' and reports' texts stay as written. */
export interface ReportLabels {
  fullTitle: (title: string, period: string) => string;
  empty: string;
  bySection: string;
  byExecutor: string;
  section: string;
  executor: string;
  figures: string;
  overdue: string;
  overdueLine: (number: string, title: string, executor: string, due: string) => string;
  narrative: string;
  resolution: string;
  total: string;
  columns: [string, string, string, string, string, string];
  // Titles of the tally columns (tallyColumns' keys).
  tally: Partial<Record<keyof Tally, string>>;
}

export const reportLabels: Record<Locale, ReportLabels> = {
  ru: {
    fullTitle: (title, period) => `${title} за ${period}`,
    empty: 'Мероприятий со сроком исполнения в отчетном периоде нет.',
    bySection: 'Итоги исполнения по разделам плана',
    byExecutor: 'Итоги исполнения по исполнителям',
    section: 'Раздел',
    executor: 'Исполнитель',
    figures: 'Показатели',
    overdue: 'Мероприятия, не исполненные в срок',
    overdueLine: (n, title, executor, due) => `${n}. ${title} — ${executor}, срок ${due}`,
    narrative: 'Аналитическая справка (текст для постановления)',
    resolution: 'Проект решения',
    total: 'Итого',
    columns: ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Исполнитель', 'Отметка об исполнении', 'Информация об исполнении'],
    tally: {
      total: 'Всего',
      done: 'Исполнено',
      partial: 'Частично',
      not_done: 'Не исполнено',
      moved: 'Перенесено',
      cancelled: 'Отменено',
      submitted: 'На проверке',
      overdue: 'Просрочено',
      open: 'Срок не наступил',
      external: 'Внешние участники',
    },
  },
  ky: {
    fullTitle: (title, period) => `${period} үчүн ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    empty: 'Отчеттук мезгилде аткаруу мөөнөтү келген иш-чаралар жок.',
    bySection: 'Пландын бөлүмдөрү боюнча аткаруунун жыйынтыктары',
    byExecutor: 'Аткаруучулар боюнча аткаруунун жыйынтыктары',
    section: 'Бөлүм',
    executor: 'Аткаруучу',
    figures: 'Көрсөткүчтөр',
    overdue: 'Мөөнөтүндө аткарылбаган иш-чаралар',
    overdueLine: (n, title, executor, due) => `${n}. ${title} — ${executor}, мөөнөтү ${due}`,
    narrative: 'Аналитикалык маалымкат (токтом үчүн текст)',
    resolution: 'Чечимдин долбоору',
    total: 'Бардыгы',
    columns: ['№', 'Иш-чаранын аталышы', 'Аткаруу мөөнөтү', 'Аткаруучу', 'Аткаруу жөнүндө белги', 'Аткаруу жөнүндө маалымат'],
    tally: {
      total: 'Бардыгы',
      done: 'Аткарылды',
      partial: 'Жарым-жартылай',
      not_done: 'Аткарылган жок',
      moved: 'Жылдырылды',
      cancelled: 'Жокко чыгарылды',
      submitted: 'Текшерүүдө',
      overdue: 'Мөөнөтү өткөн',
      open: 'Мөөнөтү келе элек',
      external: 'Тышкы катышуучулар',
    },
  },
};

export const outcomeNamesKy: Record<Outcome, string> = {
  done: 'аткарылды',
  partial: 'жарым-жартылай аткарылды',
  not_done: 'аткарылган жок',
  cancelled: 'жокко чыгарылды',
  submitted: 'текшерүүдө',
  moved: 'мөөнөтү жылдырылды',
  overdue: 'мөөнөтү өткөн',
  open: 'аткарылууда',
  external: 'тышкы катышуучу',
  awaiting: 'датаны күтүүдө',
};

export const outcomeName = (outcome: Outcome, lang: Locale): string => (lang === 'ky' ? outcomeNamesKy : outcomeNames)[outcome];

/**
 * The Russian period label («I полугодие 2022 г.», «2022 год», «март 2022 г.», «период с … по …»)
 * in Kyrgyz, in the form that stands before «… үчүн»: «2022-жылдын I жарым жылдыгы».
 */
export function kyPeriodLabel(ruLabel: string, from: string, to: string): string {
  let m = /^(\d{4}) год$/.exec(ruLabel);
  if (m) return `${m[1]}-жыл`;
  m = /^(I|II) полугодие (\d{4}) г\.$/.exec(ruLabel);
  if (m) return `${m[2]}-жылдын ${m[1]} жарым жылдыгы`;
  m = /^(I|II|III|IV) квартал (\d{4}) г\.$/.exec(ruLabel);
  if (m) return `${m[2]}-жылдын ${m[1]} чейреги`;
  const month = (name: string) => KY_MONTHS.indexOf(name);
  m = /^([а-я]+) (\d{4}) г\.$/.exec(ruLabel);
  if (m && month(m[1]!) >= 0) return `${m[2]}-жылдын ${m[1]} айы`;
  m = /^([а-я]+) – ([а-я]+) (\d{4}) г\.$/.exec(ruLabel);
  if (m && month(m[1]!) >= 0 && month(m[2]!) >= 0) return `${m[3]}-жылдын ${m[1]} – ${m[2]} айлары`;
  return `${ruShortDate(from)} – ${ruShortDate(to)} мезгили`;
}

export const kyGeneratedLine = (day: string) => `Planik системасынын маалыматтары боюнча ${kyLongDate(day)} түзүлдү`;
