/**
 * Characters that XML 1.0 forbids (C0 controls except tab and line breaks,
 * U+FFFE/U+FFFF, unpaired surrogates). Plans pasted from old Word files carry
 * them (form feeds, vertical tabs, stray NULs); every writer removes them
 * instead of producing a file that Word or Excel refuses to open.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVALID, '');
}

/** Lines of a cell: CR LF and lone CR become line breaks, blank edges go. */
export function cellLines(text: string | null | undefined): string[] {
  const clean = xmlSafe(text).replace(/\r\n?/g, '\n').trim();
  return clean ? clean.split('\n').map((l) => l.trimEnd()) : [];
}
