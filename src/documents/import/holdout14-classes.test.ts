import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import type { DocLine } from './doc-lines.js';
import { votingDayInProse } from './elections.parse.js';
import { importPlan } from './import-plan.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string): Promise<PlanDraft> => importPlan(utf8(text));
const flat = (items: readonly DraftItem[]): DraftItem[] => items.flatMap((i) => [i, ...flat(i.children)]);

describe('a table of bar-closed cells that the file cuts inside its last row', () => {
  const page = (last: string): string =>
    [
      'Приложение к распоряжению администрации района от 12 января 2024 г. N 5-р',
      'План мероприятий по содействию избирательным комиссиям в подготовке выборов',
      '№ |',
      'Мероприятие |',
      'Срок |',
      'Исполнитель |',
      '1 |',
      '2 |',
      '3 |',
      '4 |',
      '1. |',
      last,
    ].join('\n');

  it('keeps the row as a measure whose term and executors the page lost, and says so', async () => {
    const draft = await read(page('Выделение помещений для работы участковых избирательных комиссий, обеспечение их мебелью, сейфами и средствами свя'));
    const [first] = flat(draft.items);
    expect([first!.kind, first!.number, first!.title.startsWith('Выделение помещений')]).toEqual(['item', '1', true]);
    expect(draft.warnings.some((w) => /обрывается внутри/.test(w.message))).toBe(true);
  });

  it('leaves a row whose cell a bar closed as it was (a heading the page broke off after)', async () => {
    const draft = await read(page('Организационные мероприятия по подготовке к выборам |'));
    expect(draft.warnings.some((w) => /обрывается внутри/.test(w.message))).toBe(false);
  });
});

describe('the voting day told with its date before the words of the election', () => {
  it('inside the name of the work: «при подготовке и проведении <date> выборов …»', () => {
    expect(votingDayInProse(lines('В целях помощи комиссиям при подготовке и проведении 13 сентября 2015 года выборов депутатов районного Собрания'))).toBe(
      '2015-09-13',
    );
  });
  it('a news opening: «<date> состоятся выборы …», a few words between', () => {
    expect(votingDayInProse(lines('19 сентября 2021 года в нашем районе состоятся выборы главы поселения.'))).toBe('2021-09-19');
  });
  it('set off before «в единый день голосования», the year from the one date the text prints', () => {
    expect(votingDayInProse(lines('05.06.2022', '11 сентября, в единый день голосования, жители выберут депутатов поселкового Совета.'))).toBe('2022-09-11');
  });
  it('not a date of the act («от …») before the election', () => {
    expect(votingDayInProse(lines('Постановление от 23 июня 2015 года о выборах депутатов'))).toBeNull();
  });
});
