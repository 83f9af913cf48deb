import { describe, expect, it } from 'vitest';
import { votingDayInTitle } from './elections.parse.js';
import { importPlan } from './import-plan.js';

describe('voting day named in a title or the text above a plan', () => {
  it.each([
    ['Календарный план … выборов депутатов, назначенных на 14 сентября 2025 года', '2025-09-14'],
    ['… муниципальных выборов в Республике Карелия 13 марта 2011 года', '2011-03-13'],
    // The year from the one other date of the text; an act's date after «от» is never voting day itself.
    ['План разработан на основе указа президента от 30 сентября 2025 года. … досрочных выборов депутатов, назначенных на 30 ноября.', '2025-11-30'],
    ['Указ от 30 сентября 2025 года о выборах', null],
    // Two years named: which one the election falls in is not certain.
    ['Указ от 30 декабря 2024 года и постановление от 5 января 2025 года о выборах, назначенных на 2 марта.', null],
  ])('%s', (title, day) => {
    expect(votingDayInTitle(title)).toBe(day);
  });
});

describe('an anchor a portal ran into the title line', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const plan = (titleLine: string): string =>
    [titleLine, '', '', 'N п/п Мероприятие Срок исполнения Исполнитель', '1. Образование участков | Не позднее 1 июля | Глава района |'].join('\n');

  it('«… созыва дата выборов — 14 октября 2012 года»: the title and the election end before the anchor', async () => {
    const draft = await importPlan(
      utf8(
        plan(
          'Календарный план мероприятий по подготовке и проведению выборов депутатов Законодательного Собрания области пятого созыва дата выборов — 14 октября 2012 года',
        ),
      ),
    );
    expect(draft.title).toBe('Календарный план мероприятий по подготовке и проведению выборов депутатов Законодательного Собрания области пятого созыва');
    expect(draft.elections).toEqual([
      expect.objectContaining({ name: 'Выборы депутатов Законодательного Собрания области пятого созыва', votingDay: '2012-10-14' }),
    ]);
  });

  it('a header line «N п/п …» (Latin N) under the title is not part of it', async () => {
    const draft = await importPlan(utf8(plan('План мероприятий по подготовке и проведению выборов депутатов на территории города')));
    expect(draft.title).toBe('План мероприятий по подготовке и проведению выборов депутатов на территории города');
  });
});
