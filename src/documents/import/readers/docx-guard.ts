import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../import-error.js';

/**
 * Checks a ZIP container before any parser touches it. mammoth (through JSZip) inflates entries
 * whole and trusts the sizes in the archive, so a bomb or a broken archive must be stopped here:
 * bounded entry count and total size, declared sizes verified by inflating with a hard cap.
 */
export interface DocxLimits {
  maxEntries: number;
  maxTotalUncompressed: number;
  maxEntryUncompressed: number;
  /** Ratios above this on entries larger than 1 MiB are treated as a bomb (real DOCX XML is ~5–30×). */
  maxRatio: number;
}

export const defaultDocxLimits: DocxLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 256 * 1024 * 1024,
  maxEntryUncompressed: 128 * 1024 * 1024,
  maxRatio: 250,
};

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const unreadable = (message: string, cause?: unknown): ImportError => new ImportError('import_unreadable', message, { cause });

const CORRUPT = 'Файл повреждён: архив DOCX не читается. Откройте его в Word и сохраните заново.';

export function readZipDirectory(bytes: Uint8Array, limits: DocxLimits = defaultDocxLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw unreadable(CORRUPT);
  const declaredCount = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (declaredCount === 0xffff || cdOffset === 0xffffffff) {
    throw unreadable('Архив в формате ZIP64 не поддерживается. Сохраните документ в Word заново как DOCX.');
  }
  if (declaredCount > limits.maxEntries) {
    throw unreadable(`В архиве слишком много частей (${declaredCount}); это не похоже на документ Word.`);
  }
  if (cdOffset + cdSize > eocd || cdOffset + cdSize > bytes.length) throw unreadable(CORRUPT);

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  while (p < cdOffset + cdSize) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw unreadable(CORRUPT);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) throw unreadable(CORRUPT);
    entries.push({
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    if (entries.length > limits.maxEntries) throw unreadable('В архиве слишком много частей; это не похоже на документ Word.');
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== declaredCount) throw unreadable(CORRUPT);
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/** Entries mammoth never reads; skipping them keeps the check cheap for documents full of pictures. */
const isMedia = (name: string): boolean => /^word\/(media|embeddings)\//i.test(name);

/**
 * Throws an ImportError unless the bytes are a sane DOCX container.
 * Returns the entry list for callers that want it.
 */
export function guardDocx(bytes: Uint8Array, limits: DocxLimits = defaultDocxLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes, limits);
  if (entries.some((e) => (e.flags & 0x1) !== 0)) {
    throw new ImportError('import_encrypted', 'Документ защищён паролем. Снимите защиту в Word и загрузите файл снова.');
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    if (names.has('content.xml') || names.has('mimetype')) {
      throw unreadable('Это документ OpenDocument (ODT), а не Word. Сохраните его как DOCX и загрузите снова.');
    }
    if (names.has('xl/workbook.xml')) {
      throw unreadable('Это таблица Excel, а не документ Word. Сохраните план как DOCX или текст.');
    }
    throw unreadable('Архив не является документом Word (DOCX).');
  }

  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed || entry.uncompressedSize > limits.maxEntryUncompressed) {
      throw unreadable('Документ слишком велик после распаковки: возможно, это не документ Word, а «ZIP-бомба».');
    }
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > Math.max(1, entry.compressedSize) * limits.maxRatio) {
      throw unreadable('Подозрительно высокая степень сжатия частей документа («ZIP-бомба»). Файл отклонён.');
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw unreadable('Документ сжат неподдерживаемым способом. Сохраните его в Word заново.');
    }
  }
  for (const entry of entries) {
    if (isMedia(entry.name) || entry.name.endsWith('/')) continue;
    verifyEntry(bytes, entry);
  }
  return entries;
}

/** The uncompressed bytes of an entry already checked by `guardDocx`. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }));
}

/** Inflates with a cap of the declared size: an archive that lies about its sizes is rejected, not obeyed. */
function verifyEntry(bytes: Uint8Array, entry: ZipEntry): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw unreadable(CORRUPT);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable(CORRUPT);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw unreadable(CORRUPT);
    return;
  }
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw tooBig ? unreadable('Части документа распаковываются больше заявленного размера («ZIP-бомба»). Файл отклонён.', error) : unreadable(CORRUPT, error);
  }
  if (out.length !== entry.uncompressedSize) throw unreadable(CORRUPT);
}

/** OLE compound files: legacy .doc, or a DOCX encrypted by Word (it wraps the package in CFB). */
export function classifyCfb(bytes: Uint8Array): ImportError {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    return new ImportError('import_encrypted', 'Документ защищён паролем. Снимите защиту в Word и загрузите файл снова.');
  }
  return unreadable('Файл в старом формате Word (.doc). Откройте его в Word и сохраните как DOCX.');
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
