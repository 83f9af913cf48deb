import { describe, expect, it } from 'vitest';
import { seedToDocx } from '../../../../test/fixtures/seed-docx.fixture.js';
import { SEEDS, seedText, type SeedName } from '../../../../test/fixtures/seed-files.fixture.js';
import { buildDraft } from '../build-draft.js';
import { shape } from '../draft-walk.fixture.js';
import { docxToDocument, docxToDocumentViaMammoth } from './docx-to-rows.js';
import { docxXmlToBlocks } from './docx-xml-to-rows.js';
import type { SourceRow } from './source-model.js';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const r = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (content: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;

describe('docxXmlToBlocks', () => {
  it('reads runs, tabs, bold, breaks and skips hidden, deleted and field-code text', () => {
    const blocks = docxXmlToBlocks(
      doc(
        p(r('УТВЕРЖДЕН', '<w:b/>')) +
          p(
            '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>',
            r('весь'),
            '<w:r><w:tab/></w:r>',
            r('период', '<w:b w:val="0"/>'),
          ) +
          p(r('видимо'), r(' скрыто', '<w:vanish/>'), '<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del>') +
          p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r('ссылка'),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
          ) +
          p(r('строка 1'), '<w:r><w:br/></w:r>', r('строка 2'), '<w:r><w:br w:type="page"/></w:r>', r(' дальше')) +
          '<w:p/>',
      ),
    );
    expect(blocks.map((b) => (b.kind === 'para' ? [b.text, b.bold] : null))).toEqual([
      ['УТВЕРЖДЕН', true],
      ['весь\tпериод', false],
      ['видимо', false],
      ['ссылка', false],
      ['строка 1', false],
      ['строка 2 дальше', false],
      ['', false],
    ]);
  });

  it('lays table cells on the grid: gridSpan, vMerge and nested tables', () => {
    const blocks = docxXmlToBlocks(
      doc(
        '<w:tbl>' +
          `<w:tr>${tc(p(r('1')))}${tc(p(r('Весь период')), '<w:vMerge w:val="restart"/>')}${tc(p(r('ТИК')))}</w:tr>` +
          `<w:tr>${tc(p(r('2')))}${tc('<w:p/>', '<w:vMerge/>')}${tc(p(r('УИК')) + p(r('ИККО')))}</w:tr>` +
          `<w:tr>${tc(p(r('Раздел', '<w:b/>')), '<w:gridSpan w:val="3"/>')}</w:tr>` +
          `<w:tr>${tc(p(r('3')))}${tc(`<w:tbl><w:tr>${tc(p(r('внутри')))}</w:tr></w:tbl>` + p(r('после')))}${tc(p(r('ТИК')))}</w:tr>` +
          '</w:tbl>',
      ),
    ).filter((b): b is SourceRow => b.kind === 'row');
    expect(blocks.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['1', 'Весь период', 'ТИК'],
      ['2', '', 'УИК\nИККО'],
      ['Раздел', '', ''],
      ['3', 'внутри\nпосле', 'ТИК'],
    ]);
    expect(blocks[1]!.cells[1]!.mergedFrom).toBe('Весь период');
    expect(blocks[2]!.cells[0]!.bold).toBe(true);
  });

  it('reads text boxes once and ignores DrawingML text', () => {
    const blocks = docxXmlToBlocks(
      doc(
        p(
          r('до'),
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
            p(r('УТВЕРЖДАЮ')) +
            '</w:txbxContent></w:drawing></mc:Choice>' +
            '<mc:Fallback><w:pict><w:txbxContent>' +
            p(r('УТВЕРЖДАЮ')) +
            '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
          '<w:r><w:drawing><a:p><a:r><a:t>подпись к рисунку</a:t></a:r></a:p></w:drawing></w:r>',
        ),
      ),
    );
    expect(blocks.map((b) => (b.kind === 'para' ? b.text : ''))).toEqual(['УТВЕРЖДАЮ', 'до']);
  });
});

// mammoth is the reference reader: the fast reader must give the same plans.
describe.each(Object.keys(SEEDS) as SeedName[])('own DOCX reader agrees with mammoth on seed %s', (name) => {
  it('same draft', async () => {
    const docx = await seedToDocx(seedText(name), SEEDS[name].layout);
    const [own, reference] = await Promise.all([docxToDocument(docx), docxToDocumentViaMammoth(docx)]);
    const a = buildDraft(own);
    const b = buildDraft(reference);
    expect(shape(a.items)).toEqual(shape(b.items));
    // Source rows carry reader positions (block ordinals), like the warnings.
    expect({ ...a, items: null, warnings: null, source: null }).toEqual({ ...b, items: null, warnings: null, source: null });
  }, 20_000);
});
