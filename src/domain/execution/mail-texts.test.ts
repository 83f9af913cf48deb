import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/locale.js';
import { dateChangeText, executorDigest, reviewerDigest, type DigestOccurrence } from './digest.js';
import { escalationDigest, type EscalationMailNotice } from './escalation-mail.js';
import { mailTexts } from './mail-texts.js';

const occurrence = (over: Partial<DigestOccurrence>): DigestOccurrence => ({
  planTitle: 'План',
  itemNumber: '1',
  itemTitle: 'Совещание',
  dueDate: '2027-08-02',
  executorLabel: 'АШК',
  overdue: false,
  moved: false,
  needsRework: false,
  ...over,
});

const notice = (over: Partial<EscalationMailNotice>): EscalationMailNotice => ({
  level: 'executor',
  planTitle: 'План',
  itemNumber: '2',
  itemTitle: 'Отчет',
  executorLabel: 'АШК',
  dueDate: '2027-08-02',
  daysOverdue: 3,
  ...over,
});

const change = { planTitle: 'План', itemNumber: '3', itemTitle: 'Участки', before: ['2027-08-04'], after: [], cause: 'Шайлоо' };

describe('e-mails in the addressee locale', () => {
  it.each<[Locale, { subject: string; lines: string[] }]>([
    [
      'ru',
      {
        subject: 'Planik: просрочено мероприятий — 1, скоро срок — 1',
        lines: [
          'Здравствуйте, Айгүл!',
          'Изменены сроки (1):',
          '3 Участки — срок изменён: было 04.08.2027, стало без даты (перенесено: Шайлоо)',
          'Просрочено (1):',
          '1 Совещание — срок 01.08.2027 (АШК); перенесено, отчет возвращен на доработку',
          'Срок наступает в ближайшие 7 дн. (1):',
          'Отчитаться об исполнении: https://planik.example/my',
          'Отказаться от напоминаний можно в разделе «Мои мероприятия».',
        ],
      },
    ],
    [
      'ky',
      {
        subject: 'Planik: мөөнөтү өткөн иш-чаралар — 1, мөөнөтү жакындады — 1',
        lines: [
          'Саламатсызбы, Айгүл!',
          'Мөөнөттөр өзгөртүлдү (1):',
          '3 Участки — мөөнөтү өзгөртүлдү: мурун 04.08.2027 болчу, эми датасы жок (жылдыруунун себеби: Шайлоо)',
          'Мөөнөтү өткөн (1):',
          '1 Совещание — мөөнөтү 01.08.2027 (АШК); мөөнөтү жылдырылды, отчет иштеп чыгууга кайтарылды',
          'Мөөнөтү жакынкы 7 күндө келет (1):',
          'Аткаруу жөнүндө отчет берүү: https://planik.example/my',
          'Эскертмелерден «Менин иш-чараларым» бөлүмүндө баш тартууга болот.',
        ],
      },
    ],
  ])('executor digest in %s', (locale, expected) => {
    const d = executorDigest({
      displayName: 'Айгүл',
      days: 7,
      occurrences: [occurrence({ dueDate: '2027-08-01', overdue: true, moved: true, needsRework: true }), occurrence({ itemNumber: '2' })],
      changes: [change],
      appUrl: 'https://planik.example/',
      locale,
    });
    expect(d.subject).toBe(expected.subject);
    for (const line of expected.lines) expect(d.text).toContain(line);
  });

  it.each<[Locale, string, string, string]>([
    ['ru', 'Planik: отчетов на проверке — 1', 'Ожидают проверки отчетов: 1.', 'Открыть Planik: https://planik.example/reports'],
    ['ky', 'Planik: текшерүүдөгү отчеттор — 1', 'Текшерүүнү күтүп жаткан отчеттор: 1.', 'Planik системасын ачуу: https://planik.example/reports'],
  ])('reviewer digest in %s', (locale, subject, intro, link) => {
    const d = reviewerDigest({
      displayName: 'БШК',
      reports: [
        {
          planTitle: 'План',
          itemNumber: '1',
          itemTitle: 'Совещание',
          executorLabel: 'АШК',
          statusName: mailTexts(locale).reportStatus.partial,
          submittedAt: '2027-08-03',
        },
      ],
      appUrl: 'https://planik.example',
      locale,
    });
    expect(d.subject).toBe(subject);
    expect(d.text).toContain(intro);
    expect(d.text).toContain(link);
    expect(d.text).toContain(`АШК: ${locale === 'ky' ? 'жарым-жартылай аткарылды' : 'исполнено частично'} (03.08.2027)`);
  });

  it.each<[Locale, string, string, string, string]>([
    [
      'ru',
      'Planik: просрочены отчеты исполнителей — 2',
      'Не представлены отчеты вашей комиссии (1):',
      'Подведомственные комиссии не представили отчеты (1):',
      '2 Отчет — АШК: срок 02.08.2027, просрочено на 3 дня',
    ],
    [
      'ky',
      'Planik: аткаруучулардын отчеттору кечиктирилди — 2',
      'Комиссияңыздын отчеттору берилген жок (1):',
      'Төмөн турган комиссиялар отчетторду беришкен жок (1):',
      '2 Отчет — АШК: мөөнөтү 02.08.2027, 3 күнгө кечиктирилди',
    ],
  ])('escalation notice in %s', (locale, subject, own, higher, line) => {
    const d = escalationDigest({
      displayName: 'АШК',
      notices: [notice({}), notice({ level: 'higher', itemNumber: '5', daysOverdue: 11 })],
      appUrl: null,
      locale,
    });
    expect(d.subject).toBe(subject);
    expect(d.text).toContain(own);
    expect(d.text).toContain(higher);
    expect(d.text).toContain(line);
  });

  it.each<[Locale | null | undefined, string]>([
    ['ru', 'срок изменён: было без даты, стало 04.08.2027'],
    ['ky', 'мөөнөтү өзгөртүлдү: мурун датасы жок болчу, эми 04.08.2027'],
    [undefined, 'срок изменён: было без даты, стало 04.08.2027'],
  ])('date change in %s (Russian when unknown)', (locale, text) => {
    expect(dateChangeText({ before: [], after: ['2027-08-04'] }, locale ?? undefined)).toBe(text);
  });

  it('falls back to Russian for an absent or unknown locale', () => {
    expect(mailTexts(null)).toBe(mailTexts('ru'));
    expect(mailTexts('xx' as Locale)).toBe(mailTexts('ru'));
    expect(mailTexts('ky')).not.toBe(mailTexts('ru'));
  });

  it('has no Russian-only words left in the Kyrgyz texts', () => {
    const ky = executorDigest({
      displayName: 'X',
      days: 7,
      occurrences: [occurrence({ overdue: true })],
      changes: [change],
      appUrl: 'https://p',
      locale: 'ky',
    });
    const withoutData = ky.text.replace(/План|Совещание|Участки|АШК/g, '');
    expect(withoutData).not.toMatch(/Здравствуйте|срок |Просрочено|Письмо|перенесено/);
  });
});
