import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ru } from './ru';
import { ruExecution } from './ru-execution';

const featureDir = fileURLToPath(new URL('../features/execution', import.meta.url));
const cyrillic = /[А-Яа-яЁё]/;

/**
 * The source with its comments blanked out (line breaks kept, so line numbers hold).
 * A small lexer rather than one regex: «//» inside a string ('https://…') or a regex
 * literal is not a comment, and a comment may contain quotes.
 */
function stripComments(src: string): string {
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
function cyrillicOutsideComments(src: string): { line: number; text: string }[] {
  return stripComments(src)
    .split('\n')
    .flatMap((text, index) => (cyrillic.test(text) ? [{ line: index + 1, text: text.trim() }] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Tests may hold Russian fixtures and expectations; only the feature's code must not.
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('ruExecution', () => {
  const entries = Object.entries(ruExecution) as [string, string][];

  it('keys are in the execution namespace', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [key] of entries) expect(key).toMatch(/^execution\.[A-Za-z0-9_.]+$/);
  });

  it('has no empty texts', () => {
    for (const [key, value] of entries) expect(value.trim(), key).not.toBe('');
  });

  it('uses only word placeholders, with balanced braces', () => {
    for (const [key, value] of entries) {
      for (const m of value.matchAll(/\{([^{}]*)\}/g)) expect(m[1], `${key}: ${value}`).toMatch(/^\w+$/);
      expect(value.replace(/\{\w+\}/g, ''), `${key}: ${value}`).not.toMatch(/[{}]/);
    }
  });

  it('is part of the dictionary, unchanged', () => {
    const dictionary: Record<string, string> = ru;
    for (const [key, value] of entries) expect(dictionary[key], key).toBe(value);
  });

  it('every key is used by the execution feature', () => {
    const code = sourceFiles(featureDir)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys built in a template, e.g. t(`execution.chart.month.${month}`).
    const prefixes = [...code.matchAll(/`(execution\.[\w.]*)\$\{/g)].map((m) => m[1]!);
    const unused = entries.map(([key]) => key).filter((key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});

describe('the execution feature', () => {
  it('finds Russian text outside comments (self-check of the scanner)', () => {
    const sample = [
      "// Комментарий с 'кавычкой'",
      '/* Многострочный',
      '   комментарий */',
      "const url = 'https://example.org'; // ссылка",
      'const re = /\\/\\/[а-я]/; const ok = 1;',
      '/** «Отчеты»: doc comment */',
      'const a = `${x} шт.`;',
      '<Text>{/* примечание */}Готово</Text>',
      "const b = t('execution.x'); const c = 'Текст';",
      'const d = `${`вложенный`}`;',
    ].join('\n');
    expect(cyrillicOutsideComments(sample).map((l) => l.line)).toEqual([5, 7, 8, 9, 10]);
  });

  it('holds no Russian string literals or JSX text: texts live in i18n/ru-execution.ts', () => {
    const files = sourceFiles(featureDir);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      cyrillicOutsideComments(readFileSync(file, 'utf8')).map(({ line, text }) => `${relative(featureDir, file)}:${line}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
