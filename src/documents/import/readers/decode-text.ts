/**
 * Bytes → string for text-like inputs. Russian plans still arrive in Windows-1251 (saved from
 * old Word or 1C), so anything that is not valid UTF-8 is read as 1251 rather than rejected.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export function detectTextEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', bomLength: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1251', bomLength: 0 };
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectTextEncoding(bytes);
  const body = bytes.subarray(bomLength);
  return new TextDecoder(encoding).decode(body);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text saved as "Unicode" by Windows tools without a BOM: every other byte is zero. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (sample < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  // Cyrillic in UTF-16 has 0x04 as the high byte, not zero; ASCII-heavy texts have zeros.
  let evenFour = 0;
  let oddFour = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0x04) evenFour++;
    if (bytes[i + 1] === 0x04) oddFour++;
  }
  if (oddZero + oddFour > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero + evenFour > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Share of characters that never occur in a real document (C0 controls except tab/newlines,
 * NUL, replacement characters). Binary files decoded as 1251 are full of them.
 */
export function garbageRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / limit;
}
