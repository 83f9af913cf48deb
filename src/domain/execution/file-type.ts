/**
 * What an uploaded file really is, judged by its bytes (the name and the browser's
 * content type are only hints). Reports carry documents, tables, presentations,
 * images and text; executables and scripts are refused whatever they are called.
 */
export interface SniffedType {
  ok: true;
  contentType: string;
  extension: string;
}

export interface RefusedType {
  ok: false;
  reason: 'executable' | 'unsupported' | 'empty';
  message: string;
}

const executableExtensions = new Set([
  'exe',
  'com',
  'bat',
  'cmd',
  'msi',
  'msp',
  'scr',
  'pif',
  'cpl',
  'dll',
  'sys',
  'ps1',
  'psm1',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'wsh',
  'hta',
  'sh',
  'bash',
  'zsh',
  'csh',
  'command',
  'app',
  'apk',
  'jar',
  'py',
  'pl',
  'rb',
  'php',
  'lnk',
  'reg',
  'elf',
  'bin',
  'run',
  'deb',
  'rpm',
  'dmg',
  'iso',
]);

export const ALLOWED_DESCRIPTION = 'PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX, ODT/ODS, RTF, TXT/CSV, JPEG, PNG, GIF, WEBP';

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** Names of the entries of a ZIP's central directory (enough to tell OOXML and ODF apart). */
function zipEntryNames(bytes: Uint8Array, limit = 2000): string[] {
  const names: string[] = [];
  // Local file headers: PK\x03\x04, name length at 26, extra length at 28, name at 30.
  let i = 0;
  while (i + 30 <= bytes.length && names.length < limit) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], i)) break;
    const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
    const extraLength = bytes[i + 28]! | (bytes[i + 29]! << 8);
    const compressed = bytes[i + 18]! | (bytes[i + 19]! << 8) | (bytes[i + 20]! << 16) | (bytes[i + 21]! << 24);
    const flags = bytes[i + 6]! | (bytes[i + 7]! << 8);
    names.push(ascii(bytes, i + 30, i + 30 + nameLength));
    if (flags & 0x08) break; // sizes follow the data: stop walking, the first names are enough
    i += 30 + nameLength + extraLength + (compressed >>> 0);
  }
  return names;
}

/** 'utf-8', 'legacy' (Windows-1251 and the like) or null when the bytes are not text. */
function textEncoding(bytes: Uint8Array): 'utf-8' | 'legacy' | null {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length === bytes.length ? sample : trimPartial(sample));
    return 'utf-8';
  } catch {
    // Windows-1251 text: bytes above 0x7f but no control characters other than whitespace.
    return sample.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) ? 'legacy' : null;
  }
}

/** Drops a UTF-8 sequence cut by the sample boundary. */
function trimPartial(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  for (let k = 0; k < 3 && end > 0; k++) {
    const b = sample[end - 1]!;
    if (b < 0x80) break;
    end--;
    if (b >= 0xc0) break;
  }
  return sample.subarray(0, end);
}

const refuseExecutable = (what: string): RefusedType => ({
  ok: false,
  reason: 'executable',
  message: `Файл отклонен: ${what}. Исполняемые файлы и сценарии к отчету не прикладываются.`,
});

export function sniffFileType(bytes: Uint8Array, name: string): SniffedType | RefusedType {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'Файл пустой' };
  const ext = extensionOf(name);
  if (startsWith(bytes, [0x4d, 0x5a])) return refuseExecutable('это программа Windows');
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return refuseExecutable('это исполняемый файл');
  if (
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((s) => startsWith(bytes, s))
  ) {
    return refuseExecutable('это исполняемый файл');
  }
  if (startsWith(bytes, [0x23, 0x21])) return refuseExecutable('это сценарий');
  if (executableExtensions.has(ext)) return refuseExecutable(`расширение «.${ext}» означает программу или сценарий`);

  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, contentType: 'image/png', extension: 'png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { ok: true, contentType: 'image/gif', extension: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { ok: true, contentType: 'image/webp', extension: 'webp' };
  if (ascii(bytes, 0, 5) === '{\\rtf') return { ok: true, contentType: 'application/rtf', extension: 'rtf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Compound file: Word 97–2003, Excel, PowerPoint — also .msi installers, refused by name above.
    const byExt: Record<string, [string, string]> = {
      xls: ['application/vnd.ms-excel', 'xls'],
      ppt: ['application/vnd.ms-powerpoint', 'ppt'],
    };
    const [contentType, extension] = byExt[ext] ?? ['application/msword', 'doc'];
    return { ok: true, contentType, extension };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.some((n) => /\.(exe|dll|bat|cmd|js|vbs|ps1|sh|jar|msi|scr)$/i.test(n))) return refuseExecutable('архив содержит программы');
    if (names.some((n) => n.startsWith('word/')))
      return { ok: true, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    if (names.some((n) => n.startsWith('xl/')))
      return { ok: true, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    if (names.some((n) => n.startsWith('ppt/')))
      return { ok: true, contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' };
    if (names[0] === 'mimetype') {
      const mime = ascii(bytes, 38, 38 + 80);
      if (mime.startsWith('application/vnd.oasis.opendocument.text'))
        return { ok: true, contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt' };
      if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet'))
        return { ok: true, contentType: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' };
    }
    if (names.includes('[Content_Types].xml')) {
      // OOXML with an unusual part order: trust the extension among the OOXML ones.
      const ooxml: Record<string, string> = {
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      };
      if (ooxml[ext]) return { ok: true, contentType: ooxml[ext], extension: ext };
    }
    return { ok: false, reason: 'unsupported', message: `Архивы не принимаются. Допустимые форматы: ${ALLOWED_DESCRIPTION}.` };
  }
  const encoding = textEncoding(bytes);
  if (encoding) {
    if (/^\s*<(!doctype html|html|script|svg)/i.test(ascii(bytes, 0, 200)) || ['html', 'htm', 'svg', 'xml'].includes(ext)) {
      return {
        ok: false,
        reason: 'unsupported',
        message: `HTML, SVG и XML не принимаются (могут содержать сценарии). Допустимые форматы: ${ALLOWED_DESCRIPTION}.`,
      };
    }
    const charset = encoding === 'utf-8' ? '; charset=utf-8' : '';
    if (ext === 'csv') return { ok: true, contentType: `text/csv${charset}`, extension: 'csv' };
    return { ok: true, contentType: `text/plain${charset}`, extension: 'txt' };
  }
  return { ok: false, reason: 'unsupported', message: `Формат файла не распознан. Допустимые форматы: ${ALLOWED_DESCRIPTION}.` };
}
