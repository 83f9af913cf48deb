/**
 * «до наступления осени — не позднее 1 сентября», «к началу учебного года – до 1 сентября»: a bound told in words (a
 * season, an occasion with no date) and restated after a dash as a dated bound. The dated restatement is the term;
 * read whole, the words before the dash became an event whose date nobody gives (holdout12). Works on folded text.
 */
const RESTATED = /^(?:до|к)\s+[^\d—–-]{3,60}?\s+[—–-]\s+((?:не\s+позднее|не\s+позже|до)\s+\d{1,2}\s+[а-я]+.*)$/;

export function restatedBound(core: string): string {
  return RESTATED.exec(core)?.[1] ?? core;
}
