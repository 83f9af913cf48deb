import { describe, expect, it } from 'vitest';
import { allItems } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Classes found on the third held-out set (test/fixtures/import-corpus, ids in each describe);
// every line below is quoted from the published text named.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a Russian calendar retold with the term first (belarus-cec-parliament-calendar-plans-news-2019)', () => {
  it('«<term> – <action>;» under colon headings; ranges, a note in brackets (even unclosed) and a footnote mark stay in the term', async () => {
    const text = [
      'Календарные планы парламентских выборов',
      '',
      'В Палату представителей:',
      '2 сентября* – образование областных, Минской городской, окружных избирательных комиссий;',
      '8 сентября-7 октября (включительно) – выдвижение кандидатов в депутаты;',
      '8-17 октября (включительно – регистрация кандидатов в депутаты Палаты представителей;',
      '17 ноября – выборы депутатов Палаты представителей.',
      '',
      'В Совет Республики:',
      '9 сентября – 8 октября (включительно) – выдвижение кандидатов в члены Совета Республики;',
      '7 ноября – выборы членов Совета Республики.',
      '',
      '* Не позднее.',
      '',
      'Источник: ЦИК Беларуси.',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    const all = allItems(draft.items);
    expect(all.filter((i) => i.kind === 'section').map((s) => s.title)).toEqual(['В Палату представителей', 'В Совет Республики']);
    expect(all.filter((i) => i.kind === 'item').map((i) => [i.title, i.deadline?.text])).toEqual([
      ['образование областных, Минской городской, окружных избирательных комиссий', '2 сентября*'],
      ['выдвижение кандидатов в депутаты', '8 сентября-7 октября (включительно)'],
      ['регистрация кандидатов в депутаты Палаты представителей', '8-17 октября (включительно'],
      ['выборы депутатов Палаты представителей', '17 ноября'],
      ['выдвижение кандидатов в члены Совета Республики', '9 сентября – 8 октября (включительно)'],
      ['выборы членов Совета Республики', '7 ноября'],
    ]);
  });
});
