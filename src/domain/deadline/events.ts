/**
 * Well-known events of an election campaign, recognised from the genitive words
 * a phrase names them with, and their Russian labels for «ожидает даты: …».
 * Anything else stays a custom event keyed by its own (folded) words.
 */
import type { PlanEventKey } from './deadline.types.js';

const KNOWN: readonly [RegExp, PlanEventKey][] = [
  [
    /^(?:официального\s+)?опубликовани[а-я]*\s+(?:\(?(?:публикации|обнародовани[а-я]*)\)?\s+)?(?:решения|постановления|указа)\s+(?:[а-я]+\s+){0,3}?о\s+назначении\s+(?:выбор|голосовани|референдум)/,
    'official_publication',
  ],
  [/^(?:регистрации|регистрирования)\s+(?:кандидат|списк)/, 'candidate_registration'],
  [/^(?:окончани[а-я]*|завершени[а-я]*)\s+(?:периода\s+|срока\s+)?выдвижени/, 'nomination_end'],
  [/^образовани[а-я]*\s+(?:избирательных\s+)?участк/, 'polling_stations_formed'],
];

export const EVENT_LABELS: Readonly<Record<string, string>> = {
  voting_day: 'день голосования',
  election_called: 'назначение выборов',
  official_publication: 'официальное опубликование решения о назначении выборов',
  candidate_registration: 'регистрация кандидатов',
  nomination_end: 'окончание выдвижения кандидатов',
  polling_stations_formed: 'образование избирательных участков',
};

export function eventKeyOf(words: string): PlanEventKey {
  // «… решения о назначении выборов, но не ранее дня опубликования схемы округов» adds a condition the
  // well-known event does not carry: such words stay a custom event, so no date is given from the known one.
  if (words.includes(',')) return words;
  for (const [re, key] of KNOWN) if (re.test(words)) return key;
  return words;
}

export function eventLabel(key: PlanEventKey, words: string | null = null): string {
  return EVENT_LABELS[key] ?? words ?? key;
}
