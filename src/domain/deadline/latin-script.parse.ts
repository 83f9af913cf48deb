/**
 * Languages of CIS election bodies written in Latin script — Azerbaijani and Romanian (Moldova) — are rewritten into
 * Russian words before the engine reads them (Uzbek in its Latin script too), as Kazakh and Armenian are. Azerbaijani is tried first: its letters
 * (ə, ı, ğ) and its «2023-cü il» never occur in Romanian.
 */
import { looksAzerbaijani, rewriteAzerbaijani } from './azerbaijani.parse.js';
import { looksRomanian, rewriteRomanian } from './romanian.parse.js';
import { looksUzbekLatin, rewriteUzbekLatin } from './uzbek.parse.js';

/** The phrase in Russian words, or null when it is in neither language (or in wording they do not read). */
export function rewriteLatinScript(core: string): string | null {
  if (!/[a-z]/i.test(core)) return null;
  if (looksAzerbaijani(core)) return rewriteAzerbaijani(core);
  // Uzbek before Romanian: its «-gacha», «qadar», «yil» are never Romanian words.
  if (looksUzbekLatin(core)) return rewriteUzbekLatin(core);
  if (looksRomanian(core)) return rewriteRomanian(core);
  return null;
}
