/**
 * Acts that approve, amend or close a plan (постановление, решение, распоряжение,
 * протокол) and the two grammatical forms the гриф needs: the act in the
 * instrumental («постановлением») and the approving body in the genitive
 * («Избирательной комиссии Калужской области»). Pure: no I/O.
 */
export const actKinds = ['постановление', 'решение', 'распоряжение', 'протокол', 'приказ'] as const;
export type ActKind = (typeof actKinds)[number];

export interface Act {
  kind: ActKind | null;
  authority: string | null;
  date: string | null;
  number: string | null;
  appendix?: string | null | undefined;
}

const INSTRUMENTAL: Record<ActKind, string> = {
  постановление: 'постановлением',
  решение: 'решением',
  распоряжение: 'распоряжением',
  протокол: 'протоколом',
  приказ: 'приказом',
};

/** «постановление» → «постановлением». */
export function actInstrumental(kind: ActKind): string {
  return INSTRUMENTAL[kind];
}

/** «постановление» → «постановления» (the «в редакции постановления …» line). */
export function actGenitive(kind: ActKind): string {
  return kind === 'протокол' || kind === 'приказ' ? `${kind}а` : kind.replace(/е$/, 'я');
}

export function isActKind(value: unknown): value is ActKind {
  return typeof value === 'string' && (actKinds as readonly string[]).includes(value);
}

/**
 * The head nouns of approving bodies, nominative → genitive. A body whose head is
 * not here (an unusual wording) is not declined: the caller prints it as written.
 */
const HEAD_NOUNS: Record<string, string> = {
  комиссия: 'комиссии',
  палата: 'палаты',
  коллегия: 'коллегии',
  служба: 'службы',
  дума: 'думы',
};

/** «ЦИК», «ТИК», «ИККО»: short capitals (a body written all in capitals has long words). */
const ABBREVIATION = /^[А-ЯЁA-Z]{2,6}(?:[-–][А-ЯЁA-Z]+)?$/;

function matchCase(pattern: string, word: string): string {
  if (pattern === pattern.toUpperCase()) return word.toUpperCase();
  if (pattern[0] === pattern[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * «Избирательная комиссия Калужской области» → «Избирательной комиссии Калужской
 * области», «Общественная палата …» → «Общественной палаты …». The leading
 * feminine adjectives and the head noun change; what follows the head is already
 * genitive (or a name in quotes) and stays. An abbreviation («ЦИК России», «ТИК
 * Бабынинского района») is indeclinable and stays too. Returns null when the
 * wording is not one of these patterns, so that nobody prints a wrong case.
 */
export function bodyGenitive(body: string): string | null {
  const words = body.trim().split(/\s+/);
  if (!words[0]) return null;
  if (ABBREVIATION.test(words[0])) return words.join(' ');
  const out = [...words];
  let i = 0;
  while (i < words.length && /^[А-ЯЁа-яё-]+(ая|АЯ)$/.test(words[i]!)) {
    out[i] = words[i]!.replace(/ая$/, 'ой').replace(/АЯ$/, 'ОЙ');
    i++;
  }
  const noun = words[i];
  const genitive = noun ? HEAD_NOUNS[noun.toLowerCase()] : undefined;
  if (!noun || !genitive) return null;
  out[i] = matchCase(noun, genitive);
  return out.join(' ');
}
