import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { allItems, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Shapes of Word and HTML plan tables that commissions' documents share: a term column before the title, a
// section merged across the row right under the header, «Срок» spanning «начало | окончание», a table per section
// with the first section's heading above the header row. Synthetic documents in the shape of each class.
type Spec = string | { text: string; span?: number; merge?: 'restart' | 'continue' };

const cell = (spec: Spec) => {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  return new TableCell({
    ...(s.span ? { columnSpan: s.span } : {}),
    ...(s.merge ? { verticalMerge: s.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: s.text.split('\n').map((t) => new Paragraph(t)),
  });
};
const table = (rows: Spec[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const docx = async (children: (Paragraph | Table)[]) =>
  importPlan(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))), { fileName: 'plan.docx' });
const html = (rows: (string | [string, number])[][]) =>
  importPlan(
    new TextEncoder().encode(
      `<html><body><p>План работы на 2025 год</p><table>${rows
        .map((r) => `<tr>${r.map((c) => (Array.isArray(c) ? `<td colspan="${c[1]}">${c[0]}</td>` : `<td>${c}</td>`)).join('')}</tr>`)
        .join('')}</table></body></html>`,
    ),
    { fileName: 'plan.html' },
  );

const row = (i: DraftItem) => [i.kind, i.number, i.title, i.deadline?.text ?? null, executorTexts(i).join('; ')];
const rows = (d: PlanDraft) => allItems(d.items).map(row);
const lost = (d: PlanDraft) => d.warnings.filter((w) => w.message.includes('не попал'));
const H = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные'];

describe('a complete row keeps its cells where the header put them', () => {
  it.each([
    ['a term column before the title', ['№', 'Сроки', 'Содержание работы', 'Кто проводит'], ['1', 'январь', 'Заседание комиссии', 'ТИК']],
    ['the usual order', ['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Заседание комиссии', 'январь', 'ТИК']],
  ])('%s: a title that names a body («Заседание комиссии») stays the title', async (_name, header, item) => {
    const draft = await html([header, item, ['2', ...item.slice(1).map((t) => (t === 'ТИК' ? 'члены ТИК' : t === 'январь' ? 'февраль' : 'Прием граждан'))]]);
    expect(rows(draft)[0]).toEqual(['item', '1', 'Заседание комиссии', 'январь', 'ТИК']);
  });

  it('month rows over a table without a term column: the title still stays the title', async () => {
    const draft = await docx([
      new Paragraph('План работы на 2025 год'),
      table([
        ['№', 'Мероприятие', 'Ответственный'],
        [{ text: 'Январь', span: 3 }],
        ['1', 'Заседание комиссии', 'ТИК'],
        [{ text: 'Февраль', span: 3 }],
        ['2', 'Прием граждан', 'члены ТИК'],
      ]),
    ]);
    expect(rows(draft)).toEqual([
      ['item', '1', 'Заседание комиссии', 'Январь', 'ТИК'],
      ['item', '2', 'Прием граждан', 'Февраль', 'члены ТИК'],
    ]);
  });
});

describe('a section merged across the row right under the header', () => {
  it.each([
    ['numbered «I.»', 'I. Организационные мероприятия', 'I', 'Организационные мероприятия'],
    ['unnumbered, naming the measures', 'Организационные мероприятия', null, 'Организационные мероприятия'],
  ])('%s is the first section, not a second header line', async (_name, text, number, title) => {
    const draft = await html([
      H,
      [[text, 4]],
      ['1.', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'],
      ['2.', 'Прием граждан', 'еженедельно', 'члены ТИК'],
    ]);
    expect(rows(draft)).toEqual([
      ['section', number, title, null, ''],
      ['item', '1', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'],
      ['item', '2', 'Прием граждан', 'еженедельно', 'члены ТИК'],
    ]);
    expect(lost(draft)).toEqual([]);
  });

  it('in a table without a number column, one cell merged across every column is a section (Word gridSpan)', async () => {
    const draft = await docx([
      new Paragraph('План работы на 2025 год'),
      table([
        ['Мероприятие', 'Срок', 'Исполнитель'],
        [{ text: 'Организационная работа', span: 3 }],
        ['Заседание комиссии', 'январь', 'ТИК'],
        ['Прием граждан', 'еженедельно', 'члены ТИК'],
      ]),
    ]);
    expect(rows(draft)[0]).toEqual(['section', null, 'Организационная работа', null, '']);
    expect(draft.items[0]!.children.map((i) => i.title)).toEqual(['Заседание комиссии', 'Прием граждан']);
  });

  it('a lone short cell under a header line still ends the header («N» over «п/п»)', async () => {
    const draft = await html([
      ['N', 'Содержание мероприятия', 'Срок исполнения', 'Исполнители'],
      ['п/п', '', '', ''],
      ['1.', 'Заседание', 'январь', 'ТИК'],
    ]);
    expect(rows(draft)).toEqual([['item', '1', 'Заседание', 'январь', 'ТИК']]);
  });
});

describe('«Срок» spanning «начало | окончание»', () => {
  const header: Spec[][] = [
    [
      { text: '№', merge: 'restart' },
      { text: 'Мероприятие', merge: 'restart' },
      { text: 'Срок', span: 2 },
      { text: 'Исполнитель', merge: 'restart' },
    ],
    [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, 'начало', 'окончание', { text: '', merge: 'continue' }],
  ];

  it('is one term «start – end», the end column kept as printed; the second header line is no item', async () => {
    const draft = await docx([
      new Paragraph('План мероприятий на 2025 год'),
      table([...header, ['1.', 'Обучение членов УИК', 'февраль', 'апрель', 'ТИК'], ['2.', 'Семинар', 'март', 'март', 'ИКМО']]),
    ]);
    expect(rows(draft)).toEqual([
      ['item', '1', 'Обучение членов УИК', 'февраль – апрель', 'ТИК'],
      ['item', '2', 'Семинар', 'март', 'ИКМО'],
    ]);
    expect(allItems(draft.items)[0]!.fields).toEqual({ срок_окончание: 'апрель' });
    expect(lost(draft)).toEqual([]);
  });

  it('the same without vertical merges (a header cell spanning two, empty cells beside the others)', async () => {
    const draft = await html([
      ['№', 'Мероприятие', ['Срок', 2], 'Исполнитель'],
      ['', '', 'начало', 'окончание', ''],
      ['1.', 'Обучение членов УИК', 'февраль', 'апрель', 'ТИК'],
    ]);
    expect(rows(draft)).toEqual([['item', '1', 'Обучение членов УИК', 'февраль – апрель', 'ТИК']]);
  });

  it('other sub-headings under a span («план | факт») stay columns of their own', async () => {
    const draft = await html([
      ['№', 'Мероприятие', 'Срок', ['Участники', 2]],
      ['', '', '', 'план', 'факт'],
      ['1.', 'Семинар', 'март', '20', '18'],
    ]);
    const item = allItems(draft.items)[0]!;
    expect(row(item)).toEqual(['item', '1', 'Семинар', 'март', '']);
    expect(Object.values(item.fields)).toEqual(['20', '18']);
  });
});

describe('a table per section', () => {
  it('the first section printed above the header row is the plan’s first section', async () => {
    const draft = await docx([
      new Paragraph('План работы территориальной избирательной комиссии на 2025 год'),
      bold('1. Организационные мероприятия'),
      table([H, ['1.1.', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'], ['1.2.', 'Прием граждан', 'по средам', 'Члены ТИК']]),
      bold('2. Обучение организаторов выборов'),
      table([H, ['2.1.', 'Обучение членов УИК', 'февраль – апрель', 'Секретарь ТИК']]),
    ]);
    expect(draft.title).toBe('План работы территориальной избирательной комиссии на 2025 год');
    expect(draft.items.map((i) => [i.kind, i.number, i.title, i.children.map((c) => c.number)])).toEqual([
      ['section', '1', 'Организационные мероприятия', ['1.1', '1.2']],
      ['section', '2', 'Обучение организаторов выборов', ['2.1']],
    ]);
  });

  it('a numbered line above the header with nothing to prove it a section stays in the header text', async () => {
    const draft = await docx([
      new Paragraph('План работы на 2025 год'),
      new Paragraph('1. Утвердить план работы комиссии на 2025 год.'),
      table([H, ['1.', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'], ['2.', 'Прием граждан', 'по средам', 'Члены ТИК']]),
    ]);
    expect(draft.items.map((i) => i.kind)).toEqual(['item', 'item']);
  });
});
