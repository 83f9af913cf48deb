// Used by the tests that keep UI texts in the dictionaries; never imported by the app.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cyrillic = /[А-Яа-яЁё]/;

/**
 * The source with its comments blanked out (line breaks kept, so line numbers hold).
 * A small lexer rather than one regex: «//» inside a string ('https://…') or a regex
 * literal is not a comment, and a comment may contain quotes.
 */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  // Each entry is the brace depth of a `${…}` being read; empty at the top level.
  const templateExprs: number[] = [];
  let lastSignificant = '';
  const readQuoted = (quote: string) => {
    const start = i++;
    while (i < src.length && src[i] !== quote && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
    i++;
    out += src.slice(start, i);
  };
  const readTemplate = () => {
    // i is just past a backtick or a closing `}` of `${…}`; read up to the end or the next `${`.
    const start = i;
    while (i < src.length && src[i] !== '`' && !(src[i] === '$' && src[i + 1] === '{')) i += src[i] === '\\' ? 2 : 1;
    if (src[i] === '`') {
      i++;
      out += src.slice(start, i);
    } else {
      i += 2;
      out += src.slice(start, i);
      templateExprs.push(0);
    }
  };
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '/' && next !== '>' && (lastSignificant === '' || '(,=:[!&|?{;'.includes(lastSignificant))) {
      // A regex literal: up to the closing slash outside a character class.
      const start = i++;
      let inClass = false;
      while (i < src.length && src[i] !== '\n' && (inClass || src[i] !== '/')) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        i++;
      }
      i++;
      out += src.slice(start, i);
      lastSignificant = '/';
    } else if (c === "'" || c === '"') {
      readQuoted(c);
      lastSignificant = c;
    } else if (c === '`') {
      out += c;
      i++;
      readTemplate();
      lastSignificant = '`';
    } else {
      if (templateExprs.length && c === '{') templateExprs[templateExprs.length - 1]!++;
      if (templateExprs.length && c === '}') {
        if (templateExprs[templateExprs.length - 1] === 0) {
          templateExprs.pop();
          out += c;
          i++;
          readTemplate();
          lastSignificant = '`';
          continue;
        }
        templateExprs[templateExprs.length - 1]!--;
      }
      out += c;
      i++;
      if (!/\s/.test(c)) lastSignificant = c;
    }
  }
  return out;
}

/** Lines of code (string literals, template literals, JSX text and attributes) that still hold Russian text. */
export function cyrillicOutsideComments(src: string): { line: number; text: string }[] {
  return stripComments(src)
    .split('\n')
    .flatMap((text, index) => (cyrillic.test(text) ? [{ line: index + 1, text: text.trim() }] : []));
}

/** The app's source files below `dir`, without tests (they may hold Russian fixtures and expectations). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
