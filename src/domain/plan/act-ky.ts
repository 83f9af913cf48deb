import type { ActKind } from './act.js';

/**
 * The Kyrgyz гриф: «Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук
 * комиссиясынын 2025-жылдын 14-ноябрындагы № 139 токтому менен бекитилген» (shailoo.gov.kg).
 * The act is in the possessive (its body's act), the body in the genitive. Pure: no I/O.
 */
const POSSESSIVE: Record<ActKind, string> = {
  постановление: 'токтому',
  решение: 'чечими',
  распоряжение: 'тескемеси',
  протокол: 'протоколу',
  приказ: 'буйругу',
};

/** «(… токтомунун редакциясында)»: the act's possessive in the genitive. */
const POSSESSIVE_GENITIVE: Record<ActKind, string> = {
  постановление: 'токтомунун',
  решение: 'чечиминин',
  распоряжение: 'тескемесинин',
  протокол: 'протоколунун',
  приказ: 'буйругунун',
};

export const actPossessiveKy = (kind: ActKind): string => POSSESSIVE[kind];
export const actPossessiveGenitiveKy = (kind: ActKind): string => POSSESSIVE_GENITIVE[kind];

// Bodies whose Russian name has a fixed Kyrgyz one: the CEC names itself so in its Kyrgyz acts.
const KNOWN_BODIES: [RegExp, string][] = [
  [
    /^(центральн(ая|ой) комисси(я|и) по выборам и проведению референдумов кыргызской республики|цик кр|цик кыргызской республики|бшк)$/i,
    'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын',
  ],
];

const lastVowel = (word: string) => [...word.toLowerCase()].reverse().find((c) => 'аеёиоөуүыэюя'.includes(c)) ?? 'а';

/**
 * The body in the Kyrgyz genitive: a known body's Kyrgyz name, or a body already written
 * in Kyrgyz («… аймактык шайлоо комиссиясы» → «… комиссиясынын»). Null when the body is
 * written in Russian and unknown: Russian cannot be declined in Kyrgyz.
 */
export function bodyGenitiveKy(body: string): string | null {
  const trimmed = body.trim().replace(/\s+/g, ' ');
  for (const [re, genitive] of KNOWN_BODIES) if (re.test(trimmed)) return genitive;
  if (!/[ңөү]|комиссиясы$|кеңеши$/i.test(trimmed)) return null;
  if (/(нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$/i.test(trimmed)) return trimmed;
  const v = lastVowel(trimmed);
  const suffix = 'аыя'.includes(v) ? 'нын' : 'еэиё'.includes(v) ? 'нин' : 'оую'.includes(v) ? 'нун' : 'нүн';
  // A noun ending in a vowel (a possessive: «комиссиясы») takes -нын; after a consonant the genitive is -дын/-тын.
  if ('аеёиоөуүыэюя'.includes(trimmed.slice(-1).toLowerCase())) return trimmed + suffix;
  return trimmed + (/[кпстфхцчшщ]$/i.test(trimmed) ? 'т' : 'д') + suffix.slice(1);
}
