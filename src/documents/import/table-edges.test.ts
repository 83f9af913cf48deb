import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import { byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Edges of the tables of Word and HTML plans. Word plans end with small tables of their own (signatures, «согласовано»); a plan may also go on in a
// second table after a page break. Synthetic documents in the shape of each class.
const cell = (text: string) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)) });
const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

async function docx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const header = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные'];
const firstPart = [
  header,
  ['1.', 'Проведение заседаний комиссии', 'ежемесячно', 'Председатель ТИК'],
  ['2.', 'Обучение членов УИК', 'февраль – апрель', 'Секретарь ТИК'],
];

describe('a small table after the plan', () => {
  it('is not read as rows of its last item; its text is kept in a warning at its row', async () => {
    const draft = await importPlan(
      await docx([new Paragraph('План работы ТИК на 2024 год'), table(firstPart), new Paragraph(''), table([['Секретарь ТИК', 'И.И. Петрова']])]),
      { fileName: 'plan.docx' },
    );
    expect(counts(draft).items).toBe(2);
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Секретарь ТИК']);
    const warning = draft.warnings.find((w) => w.message.includes('таблица после плана'));
    expect(warning?.message).toContain('«Секретарь ТИК · И.И. Петрова»');
  });

  it('a «согласовано» block of three rows and three cells is left out the same way', async () => {
    const wide = [
      ['№', 'Мероприятие', 'Срок', 'Исполнитель', 'Отметка об исполнении'],
      ['1', 'Заседание', 'январь', 'ТИК', ''],
    ];
    const draft = await importPlan(
      await docx([
        table(wide),
        table([
          ['СОГЛАСОВАНО', '', ''],
          ['Глава администрации', '', 'П.П. Сидоров'],
          ['«__» ______ 2024 г.', '', ''],
        ]),
      ]),
      { fileName: 'plan.docx' },
    );
    expect(counts(draft).items).toBe(1);
    expect(draft.warnings.filter((w) => w.message.includes('таблица после плана'))).toHaveLength(3);
  });
});

describe('a plan that goes on in another table', () => {
  it('of the same width (a page break) is read on', async () => {
    const draft = await importPlan(await docx([table(firstPart), new Paragraph(''), table([['3.', 'Прием граждан', 'по средам', 'Члены ТИК']])]), {
      fileName: 'plan.docx',
    });
    expect(counts(draft).items).toBe(3);
    expect(byNumber(draft, '3').deadline?.text).toBe('по средам');
  });

  it('narrow but numbered is read on', async () => {
    const draft = await importPlan(await docx([table(firstPart), table([['3.', 'Итоговое заседание']])]), { fileName: 'plan.docx' });
    expect(byNumber(draft, '3').title).toBe('Итоговое заседание');
  });

  it('after a narrow table, when a table as wide as the plan follows, everything is read on', async () => {
    const draft = await importPlan(
      await docx([table(firstPart), table([['Раздел 2. Обучение']]), table([['3.', 'Семинар для членов УИК', 'март', 'Секретарь ТИК']])]),
      { fileName: 'plan.docx' },
    );
    expect(counts(draft).items).toBe(3);
    expect(draft.warnings.some((w) => w.message.includes('таблица после плана'))).toBe(false);
  });
});

describe('an executors cell merged over several rows', () => {
  const expected = [
    ['1', ['Председатель ТИК', 'Секретарь ТИК']],
    ['2', ['Председатель ТИК', 'Секретарь ТИК']],
    ['3', ['Члены ТИК']],
  ];
  const executorsByNumber = (draft: Awaited<ReturnType<typeof importPlan>>) => ['1', '2', '3'].map((n) => [n, executorTexts(byNumber(draft, n))]);

  it('is a list on every row it covers (HTML rowspan)', async () => {
    const html = `<table><tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Исполнители</th></tr>
<tr><td>1</td><td>Заседание</td><td>январь</td><td rowspan="2">Председатель ТИК<br>Секретарь ТИК</td></tr>
<tr><td>2</td><td>Отчет</td><td>июль, декабрь</td></tr>
<tr><td>3</td><td>Итоги года</td><td>декабрь</td><td>Члены ТИК</td></tr></table>`;
    const draft = await importPlan(new TextEncoder().encode(html), { fileName: 'plan.html' });
    expect(executorsByNumber(draft)).toEqual(expected);
  });

  it('is a list on every row it covers (Word vertical merge)', async () => {
    const merge = (type: (typeof VerticalMergeType)[keyof typeof VerticalMergeType], text = '') =>
      new TableCell({ verticalMerge: type, children: text.split('\n').map((t) => new Paragraph(t)) });
    const rows = [
      new TableRow({ children: header.map(cell) }),
      new TableRow({ children: [cell('1'), cell('Заседание'), cell('январь'), merge(VerticalMergeType.RESTART, 'Председатель ТИК\nСекретарь ТИК')] }),
      new TableRow({ children: [cell('2'), cell('Отчет'), cell('июль, декабрь'), merge(VerticalMergeType.CONTINUE)] }),
      new TableRow({ children: [cell('3'), cell('Итоги года'), cell('декабрь'), cell('Члены ТИК')] }),
    ];
    const draft = await importPlan(await docx([new Table({ rows })]), { fileName: 'plan.docx' });
    expect(executorsByNumber(draft)).toEqual(expected);
  });
});
