/**
 * Kazakh in the Latin alphabets of 2018 (qz.inform.kz, aqshamnews.kz: «21 qazan saǵat 18:00-den bastap 19 qarasha …
 * deıin») and of 2021 (astana-akshamy.kz: «8 mausym künı saǧat 00.00-ge deiın»). Their letters are mapped onto the
 * folded Cyrillic spelling the Kazakh reader matches (қ → к, ү → у, і → и …), so one vocabulary reads every script.
 * The two alphabets swap the dotless and dotted i: in 2018 ı is «й» and i is «і»; in 2021 ı is «і» and i is «и/й»
 * (here «й», as in the words of terms: «deiın» дейін, «keşıktırmei» кешіктірмей). The 2021 alphabet is told by its
 * own letters (ä ğ ǧ ş ŋ ū ü ö).
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
const KAZAKH_LATIN_WORD =
  /(?:^|[\s\d-])(?:qańtar|qaŋtar|aqpan|naýryz|nauryz|sáýir|säuır|mamyr|maýsym|mausym|shilde|şılde|tamyz|qyrkúıek|qyrküiek|qazan|qarasha|qaraşa|jeltoqsan|bastap|deıin|deiın|saǵat|saǧat|jylǵy|jylǧy|kúni|künı)/;

const ALPHABET_2021 = /[äğǧşŋūüöç]/;
const LETTERS_2021: Readonly<Record<string, string>> = { ...LETTERS, ä: 'а', ğ: 'г', ǧ: 'г', ş: 'ш', ç: 'ч', ŋ: 'н', ū: 'у', ü: 'у', ö: 'о', ı: 'и', i: 'й' };

/** Whether the text is Kazakh in Latin letters: no Cyrillic, and one of its own words. */
export function looksKazakhLatin(text: string): boolean {
  return !/[а-яё]/i.test(text) && KAZAKH_LATIN_WORD.test(text.toLowerCase());
}

/** Lower-case Latin Kazakh → the folded Cyrillic spelling; digits and punctuation stay. */
export function kazakhLatinToFolded(text: string): string {
  const lower = text.toLowerCase();
  const letters = ALPHABET_2021.test(lower) ? LETTERS_2021 : LETTERS;
  return lower
    .replace(/sh/g, 'ш')
    .replace(/ch/g, 'ч')
    .replace(/[a-záǵıńóúýäğǧşŋūüöç]/g, (c) => letters[c] ?? c);
}
