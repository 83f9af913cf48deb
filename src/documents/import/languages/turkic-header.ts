import type { PlanKind } from '../../../shared/plan-format.js';
import { findDates } from '../header-dates.js';
import { foldTurkic, LOWER } from './turkic-letters.js';

/**
 * Titles and election anchors of Kyrgyz and Kazakh plans. Both languages put the plan word last
 * («… иш-чараларынын КАЛЕНДАРДЫК ПЛАНЫ», «… негізгі іс-шаралардың КҮНТІЗБЕЛІК ЖОСПАРЫ», «… жұмыс
 * жоспары») and the election before it, called on a day: «2024-жылдын 28-апрелине дайындалган …»,
 * «2022 жылғы 20 қарашаға тағайындалған …». Matched folded (foldTurkic).
 */

/** The heading ends with the plan word: Kyrgyz план / программа, Kazakh жоспар / бағдарлама / кесте. */
const TITLE_END = /(?:план[ыи]|пландары|программасы|жоспар[ыи]|жоспарлары|багдарламасы|кестеси)\s*$/;
export const endsWithTurkicPlanWord = (text: string): boolean => TITLE_END.test(foldTurkic(text));

/** Lines that are anchors or parts of the гриф, never the title: «Сайлау күні – …», «Дауыс беру күні», «… қаулысына қосымша». */
const NOT_TITLE = /^(?:шайлоо\s+кун|добуш\s+беруу\s+кун|сайлау\s+куни|дауыс\s+беру\s+куни)|(?:косымша|тиркеме|бекитилген|бекитилди)\s*$/;
export const isTurkicNonTitle = (text: string): boolean => NOT_TITLE.test(foldTurkic(text.trim()));

/**
 * A title line broken off on a word that needs the next one: a genitive (Kazakh -ның/-нің/-дың/…,
 * Kyrgyz -нын/-нин/…), a participle (-ған/-ген/-қан/-кен, -ган/-гөн/…), «және», «жана», «мен», «менен».
 */
export const TURKIC_RUNS_ON =
  /(?:[,\-–]|\s(?:жана|және|менен|мен|боюнча|бойынша|жөніндегі|үчүн|и|по|на|в))$|(?:[ндт](?:ын|ин|ун|үн|ың|ің)|[гкқғ](?:ан|ен|он|өн))$/i;
/** The гриф's closing words: a line ending with them never runs into the title below. */
export const TURKIC_GRIF_WORDS = /бекитил|токтом|каулы|косымша|тиркеме/;

/** Kind of plan the Kazakh or Kyrgyz title names; null when it names none in these languages. */
export function turkicPlanKind(title: string): PlanKind | null {
  const t = foldTurkic(title);
  if (/календардык|календарлык|кунтизбелик/.test(t)) return 'calendar';
  if (/(?:даярдоо\s+жана|дайындау\s+(?:мен|жане))\s+(?:откоруу|откизу)/.test(t)) return 'calendar';
  if (/иш\s+планы|жумыс\s+жоспары/.test(t)) return 'work_plan';
  return null;
}

/** «… шайлоону даярдоо жана өткөрүү …», «… сайлауын дайындау мен өткізу …»: a plan of preparing an election. */
export const namesTurkicElectionPreparation = (title: string): boolean => /даярдоо|дайындау|дайындык/.test(foldTurkic(title));

// Kyrgyz «дайындалган», Kazakh «тағайындалған» — called (for a day); Kyrgyz «… өткөрүү датасы деп
// аныкталган» — whose holding date is set (the CEC sets the day of an early election itself).
const CALLED = /(?:та[гғ]айындал[гғ]ан|дайындалган|[өѳ]тк[өѳ]р[үу][үу]\s+датасы\s+деп\s+аныкталган)/i;
const DATE_BEFORE_CALLED = new RegExp(`(\\d{4}\\s*-?\\s*ж(?:ыл[${LOWER}]*|\\.)\\s*\\d{1,2}\\s*-?\\s*[${LOWER}]+)\\s+${CALLED.source}`, 'i');

/**
 * «2022 жылғы 20 қарашаға тағайындалған …», «2021-жылдын 10-январына дайындалган …», «2021-жылдын
 * 10-январы өткөрүү датасы деп аныкталган …»: the voting day the title names.
 */
export function turkicVotingDayInTitle(title: string): string | null {
  const m = DATE_BEFORE_CALLED.exec(title);
  return m ? (findDates(m[1]!)[0]?.iso ?? null) : null;
}

/**
 * The election the title names, in the nominative: it stands between «дайындалган» / «тағайындалған»
 * and «даярдоо» / «дайындау» (to prepare) in the accusative. Kyrgyz «шайлоону» → «шайлоо»,
 * «референдумун» → «референдуму»; Kazakh «сайлауын» → «сайлауы», «сайлауды» → «сайлау».
 */
export function turkicElectionNameIn(text: string): string | null {
  const t = text.replace(/\s+/g, ' ');
  const kyrgyz = /(?:дайындалган|датасы\s+деп\s+аныкталган)\s+(.+?)\s+(?:даярдоо|[өѳ]тк[өѳ]рүү)/i.exec(t);
  if (kyrgyz)
    return kyrgyz[1]!
      .replace(/([а-яөүң]+?)(?:ну|нү)(?=\s*(?:\(|$))/i, '$1')
      .replace(/([а-яөүң]+?[уүыи])н(?=\s*(?:\(|$))/i, '$1')
      .trim();
  const kazakh = /та[гғ]айындал[гғ]ан\s+(.+?)\s+(?:дайында|өткіз|әзірле)/i.exec(t);
  if (kazakh) {
    const name = kazakh[1]!
      // Possessive accusative «сайлауын», «референдумын» → «сайлауы», «референдумы».
      .replace(/([а-яёәғқңөұүһі]+?[уыі])н(?=\s*(?:\(|$))/i, '$1')
      // Plain accusative «сайлауды», «референдумды» → «сайлау», «референдум».
      .replace(/([а-яёәғқңөұүһі]{3,}?)(?:ды|ді|ты|ті|ны|ні)(?=\s*(?:\(|$))/i, '$1')
      .trim();
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return null;
}
