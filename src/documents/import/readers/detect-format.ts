import { decodeText, garbageRatio } from './decode-text.js';

export type InputFormat = 'empty' | 'zip' | 'cfb' | 'pdf' | 'rtf' | 'binary' | 'json' | 'html' | 'text';

export interface DetectedInput {
  format: InputFormat;
  /** Decoded text for json / html / text. */
  text?: string;
}

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Decides by content, never by file name: uploads are often misnamed (.doc that is HTML, .txt that is DOCX). */
export function detectFormat(bytes: Uint8Array): DetectedInput {
  if (bytes.length === 0) return { format: 'empty' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { format: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: 'cfb' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { format: 'pdf' };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { format: 'rtf' };
  if (KNOWN_BINARY.some((sig) => startsWith(bytes, sig))) return { format: 'binary' };

  const text = decodeText(bytes);
  if (text.trim() === '') return { format: 'empty', text };
  if (text.includes('\u0000') || garbageRatio(text) > 0.01) return { format: 'binary' };

  const head = text.trimStart();
  if ((head.startsWith('{') || head.startsWith('[')) && looksLikeJson(head)) return { format: 'json', text };
  if (looksLikeHtml(head)) return { format: 'html', text };
  return { format: 'text', text };
}

const KNOWN_BINARY: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // EXE
];

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function looksLikeHtml(head: string): boolean {
  const sample = head.slice(0, 4096).toLowerCase();
  if (sample.startsWith('<') && /<(!doctype html|html|head|body|table|div|p|h[1-6]|meta)\b/.test(sample)) return true;
  // Tab-separated text may carry <p>/<b> fragments inside cells; only a real table makes it HTML.
  return /<table\b/i.test(head) && /<\/t[dh]>/i.test(head);
}
