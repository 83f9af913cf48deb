import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readNumbering } from './docx-numbering.js';
import { importPlan } from '../import-plan.js';

const NUMBERING = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Раздел %1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%1"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('readNumbering', () => {
  it('counts levels the way Word does, with formats, restarts and overrides', () => {
    const n = readNumbering(NUMBERING)!;
    expect([n.next('1', 0), n.next('1', 1), n.next('1', 1), n.next('1', 0), n.next('1', 1)]).toEqual(['Раздел I.', '1.I', '2.I', 'Раздел II.', '1.II']);
    expect(n.next('2', 0)).toBe('Раздел V.');
    expect(n.next('3', 0)).toBeNull();
    expect(n.next('9', 0)).toBeNull();
  });
});

describe('a Word plan whose «№» column is an automatic list', () => {
  it('gets its numbers and hierarchy from the list definition', async () => {
    const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: 'plan', level }, children: text ? [new TextRun(text)] : [] });
    const cell = (p: Paragraph) => new TableCell({ children: [p] });
    const text = (t: string, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold })] });
    const row = (level: number, title: string, deadline: string, executor: string, bold = false) =>
      new TableRow({ children: [cell(numbered('', level)), cell(text(title, bold)), cell(text(deadline)), cell(text(executor))] });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'plan',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            text('План работы ТИК на 2025 год'),
            new Table({
              rows: [
                new TableRow({ children: ['№ п/п', 'Наименование', 'Срок', 'Исполнитель'].map((t) => cell(text(t))) }),
                row(0, 'Организационные мероприятия', '', '', true),
                row(1, 'Заседание комиссии', 'Январь', 'ТИК'),
                row(1, 'Отчёт о работе', 'Декабрь', 'ТИК'),
                row(0, 'Обучение', '', '', true),
                row(1, 'Семинар для УИК', 'Март', 'ТИК'),
              ],
            }),
          ],
        },
      ],
    });
    const draft = await importPlan(new Uint8Array(await Packer.toBuffer(doc)));
    expect(draft.items.map((s) => [s.kind, s.number, s.title, s.children.map((c) => `${c.number} ${c.title}`)])).toEqual([
      ['section', '1', 'Организационные мероприятия', ['1.1 Заседание комиссии', '1.2 Отчёт о работе']],
      ['section', '2', 'Обучение', ['2.1 Семинар для УИК']],
    ]);
  });
});
