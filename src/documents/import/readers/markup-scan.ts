/**
 * A linear tokenizer for HTML and WordprocessingML. A regular expression for tags rescans the
 * rest of the input from every «<» that has no «>», so a hostile «<a<a<a…» upload would stall
 * the server; here the position of the next «>» is found once and shared.
 */
export interface TagToken {
  closing: boolean;
  prefix: string;
  name: string;
  attrs: string;
  selfClosing: boolean;
  index: number;
}

export function scanMarkup(src: string, onTag: (tag: TagToken) => void, onText: (text: string, index: number) => void): void {
  const n = src.length;
  let i = 0;
  let gt = -1;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      onText(src.slice(i), i);
      return;
    }
    if (lt > i) onText(src.slice(i, lt), i);
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (gt < lt) gt = src.indexOf('>', lt);
    if (gt < 0) {
      onText(src.slice(lt), lt);
      return;
    }
    const inner = src.slice(lt + 1, gt);
    if (inner.includes('<')) {
      onText('<', lt);
      i = lt + 1;
      continue;
    }
    const first = inner.charCodeAt(0);
    if (first === 33 /* ! */ || first === 63 /* ? */) {
      i = gt + 1;
      continue;
    }
    const m = /^(\/?)(?:([\w.-]+):)?([A-Za-z][\w.-]*)/.exec(inner);
    if (!m) {
      onText('<', lt);
      i = lt + 1;
      continue;
    }
    const rest = inner.slice(m[0].length);
    const selfClosing = rest.endsWith('/');
    onTag({
      closing: m[1] === '/',
      prefix: m[2] ?? '',
      name: m[3]!,
      attrs: selfClosing ? rest.slice(0, -1) : rest,
      selfClosing,
      index: lt,
    });
    i = gt + 1;
  }
}
