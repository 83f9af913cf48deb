import { describe, expect, it } from 'vitest';
import { decodeText, detectTextEncoding } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { htmlToBlocks } from './html-to-rows.js';
import type { SourceRow } from './source-model.js';
import { textToBlocks } from './text-to-rows.js';

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM), UTF-16 and Windows-1251', () => {
    const text = 'План работы «ТИК» на 2024 год';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toBe(text);
    const cp1251 = new Uint8Array([0xcf, 0xeb, 0xe0, 0xed, 0x20, 0xf0, 0xe0, 0xe1, 0xee, 0xf2, 0xfb]);
    expect(detectTextEncoding(cp1251).encoding).toBe('windows-1251');
    expect(decodeText(cp1251)).toBe('План работы');
  });
});

describe('detectFormat', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  it.each([
    ['{"title":"x"}', 'json'],
    ['<!DOCTYPE html><html><body><p>План</p></body></html>', 'html'],
    ['План\n<table><tr><td>1</td></tr></table>', 'html'],
    ['**План**\n1\t<p>Текст</p>\tТИК', 'text'],
    ['{ не json', 'text'],
    ['', 'empty'],
  ])('%j → %s', (text, format) => expect(detectFormat(enc(text)).format).toBe(format));
});

describe('htmlToBlocks', () => {
  it('lays merged cells on the grid and remembers vertically merged text', () => {
    const rows = htmlToBlocks(
      '<table><tr><td>1</td><td rowspan="2">Весь период</td><td>ТИК</td></tr><tr><td>2</td><td>УИК</td></tr><tr><td colspan="3"><b>Раздел</b></td></tr></table>',
    ).filter((b): b is SourceRow => b.kind === 'row');
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', 'Весь период', 'ТИК'],
      ['2', '', 'УИК'],
      ['Раздел', '', ''],
    ]);
    expect(rows[1]!.cells[1]!.mergedFrom).toBe('Весь период');
    expect(rows[2]!.cells[0]!.bold).toBe(true);
  });

  it('keeps paragraphs of a cell and skips scripts and styles', () => {
    const blocks = htmlToBlocks(
      '<style>td{}</style><p>До</p><table><tr><td><p>а</p><p>б</p><ul><li>в</li></ul></td></tr></table><script>x()</script><p>После</p>',
    );
    expect(blocks.map((b) => (b.kind === 'para' ? b.text : b.cells.map((c) => c.text)))).toEqual(['До', ['а\nб\nв'], 'После']);
  });
});

describe('textToBlocks', () => {
  it('tells tab rows from tab-led cell lines', () => {
    const blocks = textToBlocks('Заголовок\n1\tНазвание\tТИК\n\tкак ячейка\n\t\tТИК\t');
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'row', 'para', 'row']);
    expect(blocks[2]).toMatchObject({ kind: 'para', cellStart: true, text: 'как ячейка' });
  });

  it('reads pipe tables', () => {
    const blocks = textToBlocks('| № | Наименование |\n|---|---|\n| 1 | Семинар |');
    expect(blocks.filter((b) => b.kind === 'row').map((b) => (b as SourceRow).cells.map((c) => c.text))).toEqual([
      ['№', 'Наименование'],
      ['1', 'Семинар'],
    ]);
  });

  it('opens a pipe row with the number printed on its own line above a lone bar (a rural council’s work plan)', () => {
    // As the page prints it: the number cell, its closing bar, then the other cells; the page breaks off in the last cell.
    const text = [
      '№ | Каралуучу маселелердин мазмуну | Мөөнөтү | Ким даярдайт | Ким маалымат берет |',
      'I | Биринчи квартал | |||',
      '1.',
      '|',
      'Салам-Алик айылдык кеңешинин 2025-жылга карата иш планын бекитүү жөнүндө | Январь | Айылдык кеңешинин жооптуу ',
    ].join('\n');
    const rows = textToBlocks(text).filter((b): b is SourceRow => b.kind === 'row');
    expect(rows.map((r) => [r.line, r.table, r.cells.map((c) => c.text)])).toEqual([
      [1, 1, ['№', 'Каралуучу маселелердин мазмуну', 'Мөөнөтү', 'Ким даярдайт', 'Ким маалымат берет']],
      [2, 1, ['I', 'Биринчи квартал', '', '', '']],
      [3, 1, ['1.', 'Салам-Алик айылдык кеңешинин 2025-жылга карата иш планын бекитүү жөнүндө', 'Январь', 'Айылдык кеңешинин жооптуу']],
    ]);
  });

  it('keeps a number above a lone bar as text when no cells follow', () => {
    expect(textToBlocks('1.\n|\nСеминар').map((b) => b.kind)).toEqual(['para', 'para', 'para']);
  });
});
