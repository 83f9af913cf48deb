import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../../shared/plan-format.js';
import { allItems } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';

// Plans exported as PDF and converted to text with «pdftotext -layout» (test/fixtures/aligned/README.md): read against
// the drafts of the same seed plans, row by row.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/aligned/${name}`, import.meta.url)));
const seed = (name: string) => importPlan(new Uint8Array(readFileSync(new URL(`../../../../demo/seeds/${name}`, import.meta.url))), { fileName: name });
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const facts = (i: DraftItem) => ({
  kind: i.kind,
  title: flat(i.title),
  deadline: flat(i.deadline?.text),
  executors: i.executors.map((e) => flat(e.text)),
});

async function compare(textFile: string, seedFile: string): Promise<{ draft: PlanDraft; read: number }> {
  const draft = await importPlan(fixture(textFile), { fileName: textFile });
  const truth = new Map(allItems((await seed(seedFile)).items).map((i) => [i.number, i] as const));
  const items = allItems(draft.items);
  for (const item of items) {
    const expected = truth.get(item.number);
    expect(expected, `item ${item.number}`).toBeDefined();
    expect(facts(item), `item ${item.number}`).toEqual(facts(expected!));
  }
  return { draft, read: items.length };
}

describe('a table in columns of spaces (PDF converted to text)', () => {
  it('one page: every row of the Kuzbass public HQ plan, its cells wrapped within their columns', async () => {
    const { draft, read } = await compare('kuzbass-hq-observation-2021.pdftotext-layout.txt', 'kuzbass-public-hq-observation-2021.txt');
    expect(draft.source?.layout).toBe('aligned');
    expect(read).toBe(17);
    expect(draft.columns?.map((c) => c.title)).toEqual(['№ п/п', 'Формат мероприятия', 'Сроки', 'Содержание']);
  });

  it('four pages whose columns move from page to page, headings wrapped over two lines, sections printed across the columns', async () => {
    const { draft, read } = await compare('kaluga-plan-2022-pages-1-4.pdftotext-layout.txt', 'kaluga-program-and-plan-2022.txt');
    expect(draft.source?.layout).toBe('aligned');
    expect(read).toBeGreaterThanOrEqual(30);
    expect(draft.title).toMatch(/^План основных мероприятий по реализации Программы/);
    expect(draft.approval).toMatchObject({ date: '2021-12-27', number: '16/2-7' });
    // The running header «ПРОЕКТ» and the page numbers are not text of any row.
    expect(allItems(draft.items).some((i) => /ПРОЕКТ/.test(i.title) || /ПРОЕКТ/.test(i.deadline?.text ?? ''))).toBe(false);
  });

  it('without numbers, a row starts at a capitalised title on a line that fills other columns too', async () => {
    const text = [
      'План работы ТИК на 2025 год',
      '',
      'Мероприятие                         Срок              Исполнитель',
      'Заседание комиссии                  январь            ТИК',
      'Прием граждан по вопросам           еженедельно       члены ТИК',
      'избирательного права',
      'Семинар с членами УИК               март              ТИК',
      'Кировского района                                     Секретарь ТИК',
    ].join('\n');
    const draft = await importPlan(new TextEncoder().encode(text), { fileName: 'plan.txt' });
    expect(draft.source?.layout).toBe('aligned');
    expect(allItems(draft.items).map(facts)).toEqual([
      { kind: 'item', title: 'Заседание комиссии', deadline: 'январь', executors: ['ТИК'] },
      { kind: 'item', title: 'Прием граждан по вопросам избирательного права', deadline: 'еженедельно', executors: ['члены ТИК'] },
      { kind: 'item', title: 'Семинар с членами УИК Кировского района', deadline: 'март', executors: ['ТИК', 'Секретарь ТИК'] },
    ]);
  });
});
