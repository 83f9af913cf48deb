import { ImportError } from '../import-error.js';

/**
 * Upper bound on paragraphs and table rows. Real plans have hundreds, the largest a few thousand;
 * a file with far more lines is not a plan, and reading it would only tie up the server.
 */
export const MAX_BLOCKS = 100_000;

export function assertBlockCount(count: number): void {
  if (count > MAX_BLOCKS) {
    throw new ImportError(
      'import_too_large',
      `В документе слишком много строк (${count.toLocaleString('ru-RU')}); план должен содержать не более ${MAX_BLOCKS.toLocaleString('ru-RU')} строк и абзацев.`,
    );
  }
}

/** Counts occurrences of a short pattern without building arrays (inputs can be tens of megabytes). */
export function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}
