import { latinHeadingRole } from './latin-headings.js';

/**
 * Titles of the plans of CIS bodies writing in Latin script. Romanian puts the plan word first, as Russian does
 * («Programul calendaristic pentru realizarea acţiunilor …», «PROGRAMUL CALENDARISTIC», «Planul de acţiuni …»);
 * Azerbaijani puts it last, as Kazakh and Kyrgyz do («… əsas hərəkət və tədbirlərin Təqvim Planı», the plan word often
 * in spaced capitals on a line of its own: «T Ə Q V İ M P L A N I»).
 */
const LETTER = 'A-Za-zƏəÖöÜüŞşÇçĞğIıİiĂăÂâÎîȘșŞşȚțŢţ';
/** «T Ə Q V İ M P L A N I» is «TƏQVİM PLANI»: letters printed apart are joined (the word gap is lost, so it is matched without). */
const joinSpaced = (text: string): string =>
  text.replace(new RegExp(`(?:^|(?<=\\s))((?:[${LETTER}]\\s){3,}[${LETTER}])(?=\\s|$)`, 'gu'), (m) => m.replace(/\s/g, ''));

const RO_START =
  /^(?:programul\s+calendaristic|planul\s+(?:calendaristic|de\s+ac[țţt]iuni|de\s+activitate|de\s+m[ăa]suri)|calendarul\s+(?:electoral|ac[țţt]iunilor))(?![a-zăâîșşțţ])/iu;
const AZ_END = /(?:t[əe]qvim\s*plan[ıi]|i[şs]\s+plan[ıi]|t[əe]dbirl[əe]r\s+plan[ıi]|plan[ıi])\s*$/iu;

/** A Romanian title line: the plan word first. */
export const startsLatinTitle = (text: string): boolean => RO_START.test(text.trim());

/** An Azerbaijani title line: the plan word last («… Təqvim Planı», «T Ə Q V İ M P L A N I»). */
export function endsWithLatinPlanWord(text: string): boolean {
  const t = joinSpaced(text.trim())
    .toLocaleLowerCase('az')
    .replace(/\u0307/g, '');
  return /[əışçğöü]/.test(t) || /t[əe]qvim/.test(t) ? AZ_END.test(t) && !/[.!?]\s/.test(t) : false;
}

/** «Cadrul legal», «Responsabili»: a short column heading under the title is no part of it. */
export const isLatinHeadingLine = (text: string): boolean => text.trim().length <= 40 && latinHeadingRole(text.trim().toLowerCase()) !== null;

// «Mərkəzi Seçki Komissiyasının “… əsas hərəkət və tədbirlərin Təqvim Planı”nda öz əksini tapıb»: a news sentence names
// the plan in quotes, the plan word last and a case ending after the closing quote.
const AZ_QUOTED = /[“"«]([^“”"«»]{10,400}?\s(?:t[əe]qvim\s+plan[ıi]|i[şs]\s+plan[ıi]|t[əe]dbirl[əe]r\s+plan[ıi]))[”"»]/iu;

/** The plan's name an Azerbaijani news sentence gives in quotes; null when none. */
export function azerbaijaniQuotedTitle(text: string): string | null {
  return AZ_QUOTED.exec(text.replace(/\s+/g, ' '))?.[1]!.trim() ?? null;
}
