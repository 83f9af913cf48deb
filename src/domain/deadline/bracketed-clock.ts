/**
 * A clock time printed in brackets after the term it closes: «12 ақпан – 14 наурыз (00:00)», «до 20 августа (18:00)».
 * The brackets of a phrase are lifted out as notes (qualifiers.ts), and a note is no part of the term; this time is,
 * so it goes back to the end of the phrase, where the clock reading (clock-time.ts) takes it — a midnight closing a
 * term then ends it as that day begins (the campaign «… – 14 March (00:00)» has 13 March as its last day).
 */
const TIME_ONLY = /^(?:в\s+|до\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:час[а-яё]*|ч\.?))?$/iu;

export function clockFromBrackets(core: string, notes: string[]): string {
  const k = notes.findIndex((n) => TIME_ONLY.test(n.trim()));
  if (k < 0 || !/\d/.test(core)) return core;
  const time = notes[k]!.trim().replace(/^(?:в|до)\s+/iu, '');
  notes.splice(k, 1);
  return `${core.trimEnd()} ${time}`;
}
