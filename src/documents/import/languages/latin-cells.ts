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
