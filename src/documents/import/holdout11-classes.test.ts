import { describe, expect, it } from 'vitest';
import type { DocLine } from './doc-lines.js';
import type { DocumentHeader } from './import-error.js';
import { importPlan } from './import-plan.js';
import { armenianVotingDayTold } from './languages/armenian-voting-day.js';
import { parseToldAuthority } from './told-authority.js';
import { toldTitle } from './title.parse.js';
import { electionNameIn } from './elections.parse.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const headerOf = async (text: string): Promise<DocumentHeader | undefined> =>
  importPlan(utf8(text)).then(
    () => undefined,
    (e: { header?: DocumentHeader }) => e.header,
  );

describe('Armenian news tell the voting day before the elections', () => {
  it('reads the year abbreviated «թ.» as well as written out', () => {
    expect(
      armenianVotingDayTold(lines('… հաստատեց Ազգային ժողովի 2017թ. ապրիլի 2-ին կայանալիք հերթական խորհրդարանական ընտրությունների … ժամանակացույցը:')),
    ).toBe('2017-04-02');
    expect(armenianVotingDayTold(lines('2021 թվականի հունիսի 20-ին կայանալիք արտահերթ ընտրությունների'))).toBe('2021-06-20');
  });
  it('gives a yearless day the one year of the text, when it falls after every dated line', () => {
    const page = [
      '01/09/2025',
      'Էջմիածնում ե՞րբ է սկսվելու նոյեմբերի 16-ի ՏԻՄ ընտրությունների քարոզարշավը',
      'համայնքում նոյեմբերի 16-ին կալանալիք ՏԻՄ  ընտրություններին ընդառաջ',
    ];
    expect(armenianVotingDayTold(lines(...page))).toBe('2025-11-16');
    expect(armenianVotingDayTold(lines('12/12/2025', 'նոյեմբերի 16-ի ՏԻՄ ընտրությունների արդյունքները'))).toBeNull();
    expect(armenianVotingDayTold(lines('նոյեմբերի 16-ի ՏԻՄ ընտրությունների'))).toBeNull();
  });
  it('reads no day when two are told', () => {
    expect(armenianVotingDayTold(lines('01/09/2025', 'նոյեմբերի 16-ի ընտրությունների', 'դեկտեմբերի 7-ին կայանալիք ընտրություններին'))).toBeNull();
  });
  it('keeps the told day on a refused news text that names no plan', async () => {
    const header = await headerOf(
      'Կենտրոնական ընտրական հանձնաժողովն արտահերթ նիստում հաստատեց 2017թ. ապրիլի 2-ին կայանալիք հերթական խորհրդարանական ընտրությունների ժամանակացույցը:',
    );
    expect(header?.elections.map((e) => e.votingDay)).toEqual(['2017-04-02']);
  });
});

describe('a news paragraph that names the plan and its body, then goes on', () => {
  const paragraph =
    'На состоявшемся накануне заседании Избирательной комиссии Чеченской Республики был утвержден Календарный план мероприятий по подготовке и проведению досрочных выборов депутатов Парламента Чеченской Республики четвертого созыва. В соответствии с Постановлением они состоятся в единый день голосования 18 сентября 2016 года.';
  it('takes the plan’s name up to the end of its sentence', () => {
    expect(toldTitle(lines(paragraph))).toBe(
      'Календарный план мероприятий по подготовке и проведению досрочных выборов депутатов Парламента Чеченской Республики четвертого созыва',
    );
    expect(toldTitle(lines('Вчера был утвержден План работы комиссии. Заседание вел председатель.'))).toBe('План работы комиссии');
  });
  it('takes the body of the meeting at which the plan was approved, in the nominative', () => {
    expect(parseToldAuthority(lines(paragraph))?.authority).toBe('Избирательная комиссия Чеченской Республики');
    expect(parseToldAuthority(lines('На заседании Территориальной избирательной комиссии Балтачевского района утвержден план мероприятий'))?.authority).toBe(
      'Территориальная избирательная комиссия Балтачевского района',
    );
  });
  it('ends the election’s name with its sentence, keeping an abbreviation such as «г.»', () => {
    expect(electionNameIn('досрочных выборов депутатов Парламента Чеченской Республики четвертого созыва. В соответствии с Постановлением они состоятся')).toBe(
      'Досрочные выборы депутатов Парламента Чеченской Республики четвертого созыва',
    );
    expect(electionNameIn('выборов депутатов Совета г. Москвы')).toBe('Выборы депутатов Совета г. Москвы');
  });
});

describe('a numbered list the text calls the plan’s sections', () => {
  const news = (intro: string, after: string) =>
    [
      'На заседании избирательной комиссии утвержден Календарный план мероприятий по подготовке и проведению выборов.',
      intro,
      '1. Избирательные участки.',
      '2. Списки избирателей.',
      '3. Голосование и определение результатов выборов',
      after,
    ].join('\n');
  it('reads the list as sections without their full stops, and keeps the sentence run into the last one as a warning', async () => {
    const d = await importPlan(utf8(news('Работа пойдет по следующим направлениям:', 'В общей сложности три раздела плана включают 40 мероприятий.')));
    expect(d.items.map((i) => [i.kind, i.title])).toEqual([
      ['section', 'Избирательные участки'],
      ['section', 'Списки избирателей'],
      ['section', 'Голосование и определение результатов выборов'],
    ]);
    expect(d.warnings.some((w) => w.message.includes('В общей сложности три раздела плана'))).toBe(true);
  });
  it('leaves a list of measures, or one the text does not call sections, as items', async () => {
    const d = await importPlan(utf8(news('Комиссия утвердила такие мероприятия:', 'Заседание вел председатель.')));
    expect(d.items.every((i) => i.kind === 'item')).toBe(true);
  });
});
