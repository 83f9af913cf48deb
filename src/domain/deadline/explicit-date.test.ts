import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import { parseDeadline } from './deadline.parse.js';

const ctx = { elections: [{ votingDay: '2010-10-10' }], events: [{ key: 'official_publication', date: '2010-07-01' }] };

describe('a rule followed by the date it gives', () => {
  it.each([
    ['Не позднее чем через 10 дней со дня официального опубликования, т.е. не позднее 2 октября 2010 года', '2010-10-02'],
    ['Не позднее чем за 45 дней до дня голосования (не позднее 27 июля 2017 года)', '2017-07-27'],
    ['Со дня официального опубликования решения — с 10 апреля 2019 г.', '2019-04-10'],
    ['Шайлоого 40 күндөн кечиктирбестен (2017-жылдын 27-июлуна чейин)', '2017-07-27'],
    ['В течение 10 дней со дня регистрации, то есть не позднее 5 августа 2010 года', '2010-08-05'],
  ])('%s → the printed date', (text, day) => {
    const r = interpretDeadline(text, ctx);
    expect(r.kind).toBe('date');
    expect(r.windows).toEqual([{ start: day, end: day }]);
  });

  it('keeps the rule as the explanation', () => {
    const p = parseDeadline('Не позднее чем за 45 дней до дня голосования, т.е. не позднее 26 августа 2010 года');
    expect(p.notes[0]).toBe('правило: не позднее чем за 45 дней до дня голосования');
    expect(p.notes.some((n) => n.includes('2010'))).toBe(false);
  });

  it.each(['В течение 10 дней после дня регистрации кандидата (12 августа 2010 года)', 'Со дня официального опубликования решения, 2 июля 2010 года'])(
    'does not take the date of the event for the answer: %s',
    (text) => {
      expect(interpretDeadline(text, ctx).windows).toEqual([]);
    },
  );

  it.each([
    ['1 марта 2019 года – 10 марта 2019 года', [{ start: '2019-03-01', end: '2019-03-10' }]],
    ['январь – март', [{ start: '2010-01-01', end: '2010-03-31' }]],
  ])('leaves a dashed range of dates whole: %s', (text, windows) => {
    expect(interpretDeadline(text, { ...ctx, period: { start: '2010-01-01', end: '2010-12-31' } }).windows).toEqual(windows);
  });

  it.each([
    // aksay.ikro.ru (2019): the day the term for documents runs out, printed after a dash; synthetic sibling.
    ['в день, в который истекает срок представления документов для регистрации кандидатов – 26 июля 2010 года', '2010-07-26'],
    ['в день окончания приема документов - 26 июля 2010 года', '2010-07-26'],
  ])('a term that is its event’s own day, with that day printed after a dash: %s', (text, day) => {
    expect(interpretDeadline(text, ctx).windows).toEqual([{ start: day, end: day }]);
  });

  it('does not take a date after a dash for a term that only follows the event', () => {
    expect(interpretDeadline('после окончания приема документов - 26 июля 2010 года', ctx).windows).toEqual([]);
  });
});
