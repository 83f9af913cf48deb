import type { Locale } from '../../shared/locale.js';
import { reportStatusNames, type ReportStatus } from './report-rules.js';

/**
 * The words of the e-mails Planik sends (reminders, escalation notices), per addressee locale.
 * Kyrgyz terms follow docs/glossary-ky.md (мөөнөт, иш-чара, отчет, аткаруучу, жылдыруу).
 * Dates stay numeric (dd.mm.yyyy) in both languages: an e-mail line lists many of them.
 */
export interface MailTexts {
  greeting: (name: string) => string;
  footer: string;
  noDate: string;
  dateChange: (before: string, after: string) => string;
  changesHeading: (n: number) => string;
  changeCause: (cause: string) => string;
  overdueHeading: (n: number) => string;
  soonHeading: (days: number, n: number) => string;
  dueLine: (date: string, executor: string) => string;
  moved: string;
  returned: string;
  reportLink: (url: string) => string;
  subjectOverdue: (overdue: number, soon: number) => string;
  subjectSoon: (soon: number) => string;
  subjectChanges: (changes: number) => string;
  reviewIntro: (n: number) => string;
  openLink: (url: string) => string;
  subjectReview: (n: number) => string;
  reportStatus: Record<ReportStatus, string>;
  escalationHeading: Record<'executor' | 'controller' | 'higher', string>;
  escalationLine: (executor: string, date: string, days: number) => string;
  noticesLink: (url: string) => string;
  subjectEscalationOwn: (n: number) => string;
  subjectEscalationOthers: (n: number) => string;
}

/** «1 день», «3 дня», «5 дней». */
export function daysRu(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'день' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'дня' : 'дней';
  return `${n} ${word}`;
}

const ru: MailTexts = {
  greeting: (name) => `Здравствуйте, ${name}!`,
  footer: 'Письмо отправлено системой Planik. Отказаться от напоминаний можно в разделе «Мои мероприятия».',
  noDate: 'без даты',
  dateChange: (before, after) => `срок изменён: было ${before}, стало ${after}`,
  changesHeading: (n) => `Изменены сроки (${n}):`,
  changeCause: (cause) => `перенесено: ${cause}`,
  overdueHeading: (n) => `Просрочено (${n}):`,
  soonHeading: (days, n) => `Срок наступает в ближайшие ${days} дн. (${n}):`,
  dueLine: (date, executor) => `срок ${date} (${executor})`,
  moved: 'перенесено',
  returned: 'отчет возвращен на доработку',
  reportLink: (url) => `Отчитаться об исполнении: ${url}`,
  subjectOverdue: (overdue, soon) => `Planik: просрочено мероприятий — ${overdue}, скоро срок — ${soon}`,
  subjectSoon: (soon) => `Planik: срок исполнения наступает — ${soon}`,
  subjectChanges: (changes) => `Planik: изменены сроки мероприятий — ${changes}`,
  reviewIntro: (n) => `Ожидают проверки отчетов: ${n}.`,
  openLink: (url) => `Открыть Planik: ${url}`,
  subjectReview: (n) => `Planik: отчетов на проверке — ${n}`,
  reportStatus: reportStatusNames,
  escalationHeading: {
    executor: 'Не представлены отчеты вашей комиссии',
    controller: 'Исполнители не представили отчеты по плану вашей комиссии',
    higher: 'Подведомственные комиссии не представили отчеты',
  },
  escalationLine: (executor, date, days) => `${executor}: срок ${date}, просрочено на ${daysRu(days)}`,
  noticesLink: (url) => `Уведомления в Planik: ${url}`,
  subjectEscalationOwn: (n) => `Planik: не представлено отчетов — ${n}`,
  subjectEscalationOthers: (n) => `Planik: просрочены отчеты исполнителей — ${n}`,
};

// Kyrgyz nouns do not change with the number, so «3 күн» / «3 күнгө» needs no plural table.
const ky: MailTexts = {
  greeting: (name) => `Саламатсызбы, ${name}!`,
  footer: 'Бул кат Planik системасы тарабынан жөнөтүлдү. Эскертмелерден «Менин иш-чараларым» бөлүмүндө баш тартууга болот.',
  noDate: 'датасы жок',
  dateChange: (before, after) => `мөөнөтү өзгөртүлдү: мурун ${before} болчу, эми ${after}`,
  changesHeading: (n) => `Мөөнөттөр өзгөртүлдү (${n}):`,
  changeCause: (cause) => `жылдыруунун себеби: ${cause}`,
  overdueHeading: (n) => `Мөөнөтү өткөн (${n}):`,
  soonHeading: (days, n) => `Мөөнөтү жакынкы ${days} күндө келет (${n}):`,
  dueLine: (date, executor) => `мөөнөтү ${date} (${executor})`,
  moved: 'мөөнөтү жылдырылды',
  returned: 'отчет иштеп чыгууга кайтарылды',
  reportLink: (url) => `Аткаруу жөнүндө отчет берүү: ${url}`,
  subjectOverdue: (overdue, soon) => `Planik: мөөнөтү өткөн иш-чаралар — ${overdue}, мөөнөтү жакындады — ${soon}`,
  subjectSoon: (soon) => `Planik: аткаруу мөөнөтү жакындады — ${soon}`,
  subjectChanges: (changes) => `Planik: иш-чаралардын мөөнөттөрү өзгөртүлдү — ${changes}`,
  reviewIntro: (n) => `Текшерүүнү күтүп жаткан отчеттор: ${n}.`,
  openLink: (url) => `Planik системасын ачуу: ${url}`,
  subjectReview: (n) => `Planik: текшерүүдөгү отчеттор — ${n}`,
  reportStatus: {
    done: 'аткарылды',
    partial: 'жарым-жартылай аткарылды',
    not_done: 'аткарылган жок',
    moved: 'мөөнөтү жылдырылды',
    cancelled: 'жокко чыгарылды',
  },
  escalationHeading: {
    executor: 'Комиссияңыздын отчеттору берилген жок',
    controller: 'Аткаруучулар комиссияңыздын планы боюнча отчетторду беришкен жок',
    higher: 'Төмөн турган комиссиялар отчетторду беришкен жок',
  },
  escalationLine: (executor, date, days) => `${executor}: мөөнөтү ${date}, ${days} күнгө кечиктирилди`,
  noticesLink: (url) => `Planik системасындагы билдирүүлөр: ${url}`,
  subjectEscalationOwn: (n) => `Planik: берилбеген отчеттор — ${n}`,
  subjectEscalationOthers: (n) => `Planik: аткаруучулардын отчеттору кечиктирилди — ${n}`,
};

const texts: Record<Locale, MailTexts> = { ru, ky };

/** The texts for an addressee; anything that is not a known locale gets Russian (the default). */
export function mailTexts(locale: Locale | null | undefined): MailTexts {
  return (locale && texts[locale]) || ru;
}
