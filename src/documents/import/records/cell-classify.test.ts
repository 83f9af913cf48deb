import { describe, expect, it } from 'vitest';
import { COMMON_ABBREVIATIONS, isColumnNumberRow, isDeadlineLike, isExecutorLike, isMonthHeading, isSeparatorRow, splitTopLevel } from './cell-classify.js';

const vocab = { abbreviations: new Set([...COMMON_ABBREVIATIONS, 'ИККО', 'ИККО – Кузбасса']) };

describe('isDeadlineLike', () => {
  it.each([
    'Январь',
    'Июль, декабрь',
    'Сентябрь-декабрь',
    'февраль, июль – август',
    'До 1 февраля',
    'до 01.04.2021',
    '30.09.2021',
    'Не позднее 14 января 2009 года',
    '15.02. -15.03.2021',
    'Весь период',
    'В течение года',
    'на постоянной основе',
    'январь – декабрь',
    'ежемесячно',
    'ежеквартально',
    'по мере необходимости',
    'По плану работы ИККО, ТИК',
    'в соответствии с утвержденными сроками',
    'не позднее чем за 45 дней до дня голосования',
    'В период подготовки и проведения выборов',
    'После образования избирательных участков',
    'I квартал',
    'по средам',
    'Каждый вторник',
    'каждую первую среду месяца',
  ])('deadline: %s', (text) => expect(isDeadlineLike(text)).toBe(true));

  it.each([
    'ИККО ТИК',
    'Герасимова М.Н.',
    'Организация и проведение семинаров с членами избирательных комиссий',
    'Об отчете по исполнению Плана работы',
    'члены Рабочей группы',
    'по субботникам',
    'по среднему баллу',
  ])('not a deadline: %s', (text) => expect(isDeadlineLike(text)).toBe(false));
});

describe('isExecutorLike', () => {
  it.each([
    'ИККО ТИК',
    'ИЖКО ТИК',
    'ИККО – Кузбасса, ИКМО, ТИК',
    'Герасимова М.Н., Кусова Н.П.',
    'члены Рабочей группы, Павкина И.П.',
    'Суслова А.А., организационно-методический отдел',
    'Информационный центр',
    'Петрова Е.А., юридический отдел',
    'аппарат Избирательной комиссии Кемеровской области – Кузбасса',
    'руководители МФЦ',
    'ЦИК КР',
    'Кемеровская областная организация Общероссийской общественной организации инвалидов «Всероссийское общество инвалидов»',
  ])('executors: %s', (text) => expect(isExecutorLike(text, vocab)).toBe(true));

  it.each([
    'Весь период',
    'По плану работы ИККО, ТИК',
    'Организационные мероприятия',
    'на заседаниях Избирательной комиссии',
    'Кемеровской области – Кузбасса',
    'с присвоением классных чинов государственным гражданским служащим аппарата комиссии',
    'Семинары-совещания с председателями территориальных избирательных комиссий.',
  ])('not executors: %s', (text) => expect(isExecutorLike(text, vocab)).toBe(false));
});

describe('row shapes', () => {
  it('recognises month headings, column-number rows and separators', () => {
    expect([isMonthHeading('Январь'), isMonthHeading('Май'), isMonthHeading('январь'), isMonthHeading('Январь – март')]).toEqual([true, true, false, false]);
    expect(isColumnNumberRow(['1', '2', '3', '4'])).toBe(true);
    expect(isColumnNumberRow(['1', '', '3'])).toBe(false);
    expect(isColumnNumberRow(['1.1', 'Текст'])).toBe(false);
    expect(isSeparatorRow(['---', '--', '-----'])).toBe(true);
    expect(isSeparatorRow(['---', 'Текст'])).toBe(false);
  });

  it('splits on commas outside quotes and brackets', () => {
    expect(splitTopLevel('ИККО, организация «Общество слепых, глухих», Миниост (ГСИН, СИЗО); ТИК')).toEqual([
      'ИККО',
      'организация «Общество слепых, глухих»',
      'Миниост (ГСИН, СИЗО)',
      'ТИК',
    ]);
  });
});
