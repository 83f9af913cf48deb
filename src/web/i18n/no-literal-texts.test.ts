import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyrillicOutsideComments, sourceFiles } from './cyrillic-literals';
import { ky } from './ky';
import { ru } from './ru';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const i18nDir = fileURLToPath(new URL('.', import.meta.url));

describe('UI texts live in the dictionaries', () => {
  it('the scanner finds Russian text outside comments', () => {
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

  it('no file of the web app outside i18n/ holds a Russian string literal or JSX text', () => {
    const files = sourceFiles(webDir).filter((f) => !f.startsWith(i18nDir));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      cyrillicOutsideComments(readFileSync(file, 'utf8')).map(({ line, text }) => `${relative(webDir, file)}:${line}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the Kyrgyz dictionary mirrors the Russian one', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('every key exists in both dictionaries', () => {
    expect(Object.keys(ky).sort()).toEqual(Object.keys(ru).sort());
  });

  it('every Kyrgyz text is filled and keeps the placeholders of its Russian twin', () => {
    for (const [key, text] of Object.entries(ru)) {
      const kyText = (ky as Record<string, string>)[key] ?? '';
      if (text.trim()) expect(kyText.trim(), key).not.toBe('');
      expect(placeholders(kyText), key).toEqual(placeholders(text));
    }
  });

  it('Kyrgyz texts are Kyrgyz: the letters ң, ө, ү appear across the dictionary, no Latin look-alikes inside Cyrillic words', () => {
    const all = Object.values(ky).join('\n');
    expect(all).toMatch(/[ңөү]/);
    const mixed = Object.entries(ky).filter(([, text]) => /[а-яёңөү][a-z]|[a-z][а-яёңөү]/i.test(text));
    expect(mixed).toEqual([]);
  });
});
