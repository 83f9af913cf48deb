/**
 * A column heading may cite the law its terms are set by: «Срок в соответствии с Федеральным законом от 12.06.2002
 * № 67-ФЗ», Romanian «Termenul de realizare potrivit Legii nr. 67/2004 pentru alegerea autorităţilor …». The law's
 * number and date are words of such a heading, not the figures of a row, and the heading runs longer than most.
 */
const LAW_NUMBER = /(?:№|(?<![\p{L}])N|(?<![\p{L}])nr\.?)\s*\d[\p{L}\d./-]*/giu;
const LAW_DATE = /(?<![\p{L}])(?:от|din)\s+\d{1,2}\.\d{1,2}\.\d{4}/giu;
const NAMES_LAW = /(?<![\p{L}])(?:закон|кодекс|legii|legea|codul|qanun|məcəll)/iu;

/** The heading without the number and date of the law it cites; unchanged when it cites none. */
export function withoutCitedLaw(text: string): string {
  if (!NAMES_LAW.test(text)) return text;
  return text.replace(LAW_DATE, '').replace(LAW_NUMBER, '');
}

// «potrivit Legii nr. 67/2004 pentru …, republicată, …», «в соответствии с Федеральным законом … № 67-ФЗ»: the clause
// citing the law, up to a bracket or the end.
const LAW_CLAUSE =
  /\s*(?<![\p{L}])(?:potrivit|conform|[îi]n\s+conformitate\s+cu|в\s+соответствии\s+со?|согласно|предусмотренн[а-я]*)\s+(?:[\p{L}]+\s+){0,3}?(?:закон|кодекс|legii|legea|codul)[^()]*/iu;

/** The heading without the clause citing its law («Termenul de realizare (articolul)»): what names the column. */
export const withoutLawClause = (text: string): string => text.replace(LAW_CLAUSE, ' ').replace(/\s+/g, ' ').trim();
