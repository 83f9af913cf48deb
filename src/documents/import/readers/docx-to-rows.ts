import mammoth from 'mammoth';
import { readEntry, readZipDirectory } from './docx-guard.js';
import { readNumbering } from './docx-numbering.js';
import { docxXmlToBlocks } from './docx-xml-to-rows.js';
import { htmlToBlocks } from './html-to-rows.js';
import { ImportError } from '../import-error.js';
import type { SourceBlock, SourceDocument } from './source-model.js';
import { textToBlocks } from './text-to-rows.js';

/**
 * DOCX → blocks. The package is read by our own WordprocessingML reader; mammoth (the reference
 * reader, through HTML) is kept as a fallback and as the oracle the tests compare against.
 * Call only after `guardDocx`.
 */
export async function docxToDocument(bytes: Uint8Array): Promise<SourceDocument> {
  let blocks: SourceBlock[];
  try {
    const entries = readZipDirectory(bytes);
    const read = (name: string): string | null => {
      const entry = entries.find((e) => e.name === name);
      return entry ? new TextDecoder('utf-8').decode(readEntry(bytes, entry)) : null;
    };
    const xml = read('word/document.xml');
    if (xml === null) throw new ImportError('import_unreadable', 'Архив не является документом Word (DOCX).');
    blocks = docxXmlToBlocks(xml, readNumbering(read('word/numbering.xml')));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    return docxToDocumentViaMammoth(bytes);
  }
  return { format: 'docx', blocks: renumber(splitTabbedParagraphs(blocks)) };
}

/** mammoth's HTML (tables with colspan/rowspan, one <p> per paragraph). Pictures are never decoded. */
export async function docxToDocumentViaMammoth(bytes: Uint8Array): Promise<SourceDocument> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: false },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError('import_unreadable', 'Не удалось прочитать документ Word: файл повреждён или это не DOCX.', { cause: error });
  }
  return { format: 'docx', blocks: renumber(splitTabbedParagraphs(htmlToBlocks(html, 1, { keepSpacing: true }))) };
}

/**
 * A Word paragraph with tabs is the same thing as a tab-separated text line (free layouts keep
 * their columns apart with tabs), so it is read by the text reader.
 */
function splitTabbedParagraphs(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  let tableId = 10_000;
  for (const b of blocks) {
    if (b.kind === 'para' && b.text.includes('\t')) {
      for (const piece of textToBlocks(b.text)) {
        if (piece.kind === 'row') out.push({ ...piece, table: tableId, line: b.line });
        else out.push({ ...piece, line: b.line, bold: piece.bold || b.bold });
      }
      tableId++;
    } else out.push(b);
  }
  return out;
}

/** mammoth's HTML has no useful line numbers; warnings point to the block's ordinal instead. */
function renumber(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.map((b, i) => ({ ...b, line: i + 1 }));
}
