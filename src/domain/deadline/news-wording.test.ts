import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import { rewordNewsLead } from './news-wording.js';

const Y2025 = { elections: [{ votingDay: '2025-11-30' }], period: { start: '2025-01-01', end: '2025-12-31' } };
const day = (d: string) => ({ start: d, end: d });
const span = (start: string, end: string) => ({ start, end });

describe('words news items put around a term', () => {
  it.each([
    // donetsk.ikro.ru, proletarsky.ikro.ru (Young Voter Day 2025), uvr.unn.ru; synthetic siblings.
    ['отмечается в третье воскресенье февраля', [day('2025-02-16')]],
    ['отмечается ежегодно в третье воскресенье февраля', [day('2025-02-16')]],
    ['Проводится он в третье воскресенье февраля', [day('2025-02-16')]],
    ['проводится с 10 по 20 мая', [span('2025-05-10', '2025-05-20')]],
    ['состоится 14 сентября 2025 года', [day('2025-09-14')]],
    // shailoo.gov.kg/ru/news/6156: «… назначены на 10 апреля 2022 года».
    ['назначены на 10 апреля 2025 года', [day('2025-04-10')]],
    // vesti.kg (2025): «Прием заявлений … завершается завтра, 30 октября».
    ['завершается завтра, 30 октября', [span('2025-01-01', '2025-10-30')]],
    ['начинается сегодня, 13 февраля', [span('2025-02-13', '2025-12-31')]],
    // ru.armeniasputnik.am (2022): «срок регистрации кандидатов истек 26 августа».
    ['срок регистрации кандидатов истек 26 августа', [span('2025-01-01', '2025-08-26')]],
    ['срок приема документов истекает 18 июля', [span('2025-01-01', '2025-07-18')]],
    ['прием документов завершается 18 июля', [span('2025-01-01', '2025-07-18')]],
    ['будет проходить с 15 сентября до 5 октября', [span('2025-09-15', '2025-10-05')]],
    // The stage named before its verb: sb.by (2024), gorod55.ru, qaz-media.kz (2023), t-l.ru; synthetic sibling.
    ['Регистрация кандидатов пройдет с 22 по 31 декабря включительно', [span('2025-12-22', '2025-12-31')]],
    ['Документы от кандидатов будут приниматься до 6 декабря', [span('2025-01-01', '2025-12-06')]],
    ['Выдвижение кандидатов в депутаты маслихатов вместо выбывших начнётся 30 августа и продлится до 28 сентября', [span('2025-08-30', '2025-09-28')]],
    ['Сбор подписей пройдет с 23 июля до 21 августа', [span('2025-07-23', '2025-08-21')]],
  ])('%s', (text, windows) => {
    expect(interpretDeadline(text, Y2025).windows).toEqual(windows);
  });

  it.each([
    // A verb before words that are no calendar term, and a deictic day without its printed date, stay as they were.
    'проводится по мере необходимости',
    'бүгүн саат 18.00дө аяктайт',
    'завершается завтра',
    'срок истекает после регистрации',
    'регистрация кандидатов',
    'досрочно',
  ])('nothing dated: %s', (text) => {
    expect(interpretDeadline(text, Y2025).windows).toEqual([]);
  });

  it('leaves a phrase without such words untouched', () => {
    expect(rewordNewsLead('не позднее чем за 10 дней до дня голосования')).toBe('не позднее чем за 10 дней до дня голосования');
  });
});

describe('a term followed by where or at what hours it is done', () => {
  it.each([
    // ibuevskiy.ru / ternovskij (2024), pruzhany.brest-region.gov.by (2025): real lines; synthetic sibling.
    ['c 29 января по 11 марта 2025 года – через портал Госуслуг', [span('2025-01-29', '2025-03-11')]],
    ['c 6 по 11 марта 2025 года – в участковой избирательной комиссии (УИК)', [span('2025-03-06', '2025-03-11')]],
    ['с 21 января 2025 г. по 25 января 2025 г. включительно, с 12 до 19 часов без перерыва', [span('2025-01-21', '2025-01-25')]],
    ['до 15 мая - в территориальной избирательной комиссии', [span('2025-01-01', '2025-05-15')]],
    // admsanch.ru (2014): «в период с 3 по 13 сентября 2014 года ежедневно»; kasharsky.ikro.ru (2023):
    // «Регистрация кандидатов в депутаты завершится не позднее 6 августа».
    ['в период с 3 по 13 сентября 2025 года ежедневно', [span('2025-09-03', '2025-09-13')]],
    ['Регистрация кандидатов в депутаты завершится не позднее 6 августа', [span('2025-01-01', '2025-08-06')]],
    // t-l.ru (2015): «проголосовать досрочно с 3 по 12 сентября»; how the term is done said before it.
    ['досрочно с 3 по 12 сентября', [span('2025-09-03', '2025-09-12')]],
    ['ежедневно с 3 по 12 сентября', [span('2025-09-03', '2025-09-12')]],
  ])('%s', (text, windows) => {
    expect(interpretDeadline(text, Y2025).windows).toEqual(windows);
  });

  it.each([
    // Words after the term that bound it are no description: the phrase stays unread rather than lose its bound.
    'не позднее 20 июля 2025 года, но не ранее дня официального опубликования схемы',
    'до 10 марта - после утверждения схемы',
    'с 1 июля - не позднее чем через пять дней',
  ])('no date when the tail bounds the term: %s', (text) => {
    expect(interpretDeadline(text, Y2025).windows).toEqual([]);
  });

  it.each(['январь – март', '1 марта, 5 апреля'])('a range or list written with a dash or comma stays whole: %s', (text) => {
    expect(interpretDeadline(text, Y2025).windows.length).toBeGreaterThan(0);
    expect(interpretDeadline(text, Y2025).kind).not.toBe('date');
  });
});

describe('a term by a start counted from voting day and its end', () => {
  it('reads the media agitation period of the regional laws as the days between its bounds', () => {
    // Voting on 14.09.2025: − 29 days (ст. 11.1) is 16 August, as pln-pskov.ru printed for 2025; the day before voting
    // begins at 0:00 of 13 September, so 12 September is the last day.
    const r = interpretDeadline('начинается за 28 дней до дня голосования и прекращается в ноль часов по местному времени за одни сутки до дня голосования', {
      elections: [{ votingDay: '2025-09-14' }],
      period: { start: '2025-01-01', end: '2025-12-31' },
    });
    expect(r.windows).toEqual([span('2025-08-16', '2025-09-12')]);
  });

  it('keeps a start from an event without its date undated', () => {
    const text = 'начинается со дня выдвижения кандидата и прекращается в ноль часов по местному времени за одни сутки до дня голосования';
    expect(interpretDeadline(text, Y2025).windows).toEqual([]);
  });
});
