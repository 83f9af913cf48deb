/**
 * What a cell of an Azerbaijani or Romanian plan reads like, for the layouts that place cells by content.
 *   Terms: Azerbaijani «2023-cü il dekabrın 9-dək», «Səsvermə gününə azı 60 gün qalmış», «… 2 gün müddətində»;
 *   Romanian «Până la 5 mai 2021 inclusiv», «Începând cu 5 mai 2021», «Îndată după …», «Cu cel puţin 60 de zile
 *   înainte de ziua alegerilor».
 *   Law references: Azerbaijani «Maddələr: 8.1, 179.2» (often in spaced letters «M a d d ə l ə r»), Romanian
 *   «art. 21 alin. (1)».
 */
const AZ_DEADLINE = /^\d{4}\s*-?\s*c[iıuü]\s+il\b|-?d[əa]k$|gün\s+qalmış|gün\s+müddətində|gündən\s+gec\s+olmayaraq|^\d{1,2}\s+[a-zəğıöüşç]+\s+\d{4}/iu;
const RO_DEADLINE =
  /^(?:p[âîa]n[ăa]\s+(?:la|pe|în)|[îi]ncep[âîa]nd\s+cu|de\s+la\s+\d|din\s+\d|[îi]ndat[ăa]\s+dup[ăa]|cel\s+t[âîa]rziu|nu\s+mai\s+t[âîa]rziu|[îi]ntre\s+\d|concomitent\s+cu|[îi]n\s+termen\s+de|cu\s+cel\s+pu[țţt]in|conform\s+graficului)/iu;

export function isLatinDeadline(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  return AZ_DEADLINE.test(t) || RO_DEADLINE.test(t);
}

/** «M a d d ə l ə r : 8.1» is «Maddələr: 8.1»: letters printed apart are one word. */
const despaced = (text: string): string => text.replace(/(?<=^|\s)((?:\p{L}\s){2,}\p{L})(?=\s|$|:)/gu, (m) => m.replace(/\s/g, ''));

export function isLatinLegalBasis(text: string): boolean {
  const t = despaced(text.trim());
  return t.length < 400 && /^(?:madd[əe](?:l[əe]r)?|art\.|articolul|alin\.)\s*:?\s*\d|(?:^|\s)art\.\s*\d+\s+alin\./iu.test(t);
}

// Romanian and Azerbaijani bodies: «CEC», «Comisia Electorală Centrală», «Mərkəzi Seçki Komissiyası», «dairə seçki
// komissiyaları», «Partidele, …», «Consiliile electorale».
const BODY =
  /(?:komissiyas[ıi]|komissiyalar[ıi]|komit[əe]si|icra\s+hakimiyy[əe]ti|nazirliyi|comisia|consiliul|consiliile|biroul|birourile|partidele|autorit[ăa][țţ]ile|ministerul|agen[țţ]ia|direc[țţ]ia)/iu;

export function isLatinBodyName(text: string): boolean {
  const t = text.trim();
  return t.length < 200 && t.split(/\s+/).length <= 10 && BODY.test(t) && !/[.!?]$/.test(t);
}

const RO_TERM_FIRST = new RegExp(
  `^((?:p[âîa]n[ăa]\\s+(?:la|pe)|[îi]ncep[âîa]nd\\s+cu|de\\s+la|din)\\s+(?:\\d{1,2}\\s+[a-zăâîșşțţ]{3,10}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\s+inclusiv)?)\\s+(.+)$`,
  'iu',
);
// «art. 22 alin. (1) lit. g), art. 34 alin (1)», «pct. 27 din Regulamentul …»: runs until the capital that opens the action.
const RO_LAW_FIRST = /^((?:art|pct|alin|lit)\.\s*(?:[^A-ZĂÂÎȘŞȚŢ]|(?<=\()[A-Z])*?)\s+(?=[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ])/u;

/**
 * «Până la 5 mai 2021 inclusiv art. 22, 26, Repartizarea atribuțiilor …»: a Romanian row run into one line (a PDF's
 * columns read across) opens with its term, then the articles of the Electoral Code, then the action. Null when the
 * line does not open with a term.
 */
export function romanianTermFirst(text: string): { deadline: string; legalBasis: string | null; title: string; executors: string | null } | null {
  const m = RO_TERM_FIRST.exec(text.trim());
  if (!m) return null;
  const rest = m[2]!;
  const law = RO_LAW_FIRST.exec(rest);
  let title = (law ? rest.slice(law[0].length) : rest).trim();
  if (!/^[A-ZĂÂÎȘŞȚŢ]/u.test(title)) return null;
  // «… Începutul perioadei electorale CEC»: the executor's abbreviation closes the line (the last column).
  const executor = /\s([A-ZĂÂÎȘŞȚŢ]{2,6})$/u.exec(title);
  if (executor) title = title.slice(0, executor.index).trim();
  return { deadline: m[1]!, legalBasis: law ? law[1]!.replace(/[,;\s]+(?:și|şi)?$/u, '').trim() : null, title, executors: executor ? executor[1]! : null };
}
