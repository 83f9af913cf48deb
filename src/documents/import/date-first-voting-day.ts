/**
 * The voting day told in a sentence with the date BEFORE the election's words: «при подготовке и проведении 8 октября
 * 2006 года выборов главы …» (the date inside the name of the work, as a title of such a plan would close it), «14
 * сентября 2014 года состоятся выборы губернатора …» (a news opening), «10 сентября, в Единый день голосования,
 * ельчанам предстоит выбирать …» (the date set off before the words that say it is the voting day). The forms with the
 * date after the words are in elections.parse.ts and yearless-voting-day.ts; these lists join theirs.
 */

const DATE_WORDS = String.raw`\d{1,2}\s+[а-яё]+\s+\d{4}`;
/** Up to a few words between the date and the verb («14 сентября 2014 года в Оренбургской области состоятся выборы»). */
const FEW_WORDS = String.raw`(?:[^.;:!?\d]{0,60}?\s)?`;
const COMING = String.raw`(?:пройд[её]т|пройдут|состоится|состоятся)\s+(?:голосование|выборы|референдум)`;
const VOTING_DAY_WORDS = String.raw`(?:[—–-]\s*)?(?:в|во)\s+(?:единый\s+)?день\s+(?:голосования|выборов)`;

/** With the year printed: group 1 is the date. */
export const DATE_FIRST_TOLD_DAY: readonly RegExp[] = [
  // «… при подготовке и проведении 8 октября 2006 года выборов главы муниципального образования»
  new RegExp(String.raw`проведени[а-яё]+\s+(${DATE_WORDS})\s*(?:года|г\.)?\s+(?:[а-яё]+\s+)?(?:выбор|референдум)`, 'i'),
  // «14 сентября 2014 года состоятся выборы губернатора Оренбургской области»
  new RegExp(String.raw`(?:^|[\s(])(${DATE_WORDS})\s*(?:года|г\.)?,?\s+${FEW_WORDS}${COMING}`, 'i'),
  // «10 сентября 2017 года, в Единый день голосования, …»
  new RegExp(String.raw`(?:^|[\s(])(${DATE_WORDS})\s*(?:года|г\.)?\s*,?\s+${VOTING_DAY_WORDS}`, 'i'),
];

/**
 * Without the year (yearless-voting-day.ts takes it from the text's one printed year): group 1 is the earlier days of a
 * voting of several (none here), group 2 the day, group 3 the month word.
 */
export const DATE_FIRST_TOLD_YEARLESS: readonly RegExp[] = [
  // «10 сентября, в Единый день голосования, ельчанам предстоит выбирать депутатов …»
  new RegExp(String.raw`(?:^|[\s(])()(\d{1,2})\s+([а-яё]{3,})(?!\s*\d)\s*,?\s+${VOTING_DAY_WORDS}`, 'iu'),
];
