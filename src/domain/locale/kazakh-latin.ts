/**
 * Kazakh in the Latin alphabet of 2018 (qz.inform.kz and some akimats' sites): «21 qazan saǵat 18:00-den bastap
 * 19 qarasha, senbi saǵat 0:00-ge deıin». Its letters are mapped onto the folded Cyrillic spelling the Kazakh reader
 * matches (қ → к, ү → у, і → и …), so one vocabulary reads both scripts: ı is «й», y is «ы», ý is «у».
 */
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  á: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ǵ: 'г',
  h: 'х',
  i: 'и',
  ı: 'й',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ń: 'н',
  o: 'о',
  ó: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  ú: 'у',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'ы',
  ý: 'у',
  z: 'з',
};

// Words only Kazakh written in Latin has: its month names, and the postpositions and time words of a term.
const KAZAKH_LATIN_WORD = /(?:^|[\s\d-])(?:qańtar|aqpan|naýryz|sáýir|mamyr|maýsym|shilde|tamyz|qyrkúıek|qazan|qarasha|jeltoqsan|bastap|deıin|saǵat|jylǵy|kúni)/;

/** Whether the text is Kazakh in Latin letters: no Cyrillic, and one of its own words. */
export function looksKazakhLatin(text: string): boolean {
  return !/[а-яё]/i.test(text) && KAZAKH_LATIN_WORD.test(text.toLowerCase());
}

/** Lower-case Latin Kazakh → the folded Cyrillic spelling; digits and punctuation stay. */
export function kazakhLatinToFolded(text: string): string {
  return text
    .toLowerCase()
    .replace(/sh/g, 'ш')
    .replace(/ch/g, 'ч')
    .replace(/[a-záǵıńóúý]/g, (c) => LETTERS[c] ?? c);
}
