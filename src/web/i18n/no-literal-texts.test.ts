import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyrillicOutsideComments, sourceFiles } from './cyrillic-literals';

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
