/**
 * The operative part of an act in Azerbaijani and Romanian: the formula «… qərara alır:» (decides), Romanian
 * «… hotărăşte:», «HOTĂRĂŞTE:», «decide:», and the points under it — Azerbaijani orders with the verb last in the
 * jussive («… Təqvim Planı təsdiq edilsin.», «… dərc edilsin.»), Romanian with «Se aprobă …», «Prezenta hotărâre intră
 * în vigoare …». Such points are the act's, not the plan's rows.
 */
export const LATIN_OPERATIVE = /(?:q[əe]rara\s+al[ıi]r|hot[ăa]r[ăa][șşs]te|decide|dispune)\s*:\s*$/iu;

const AZ_POINT = /[a-zəğıöüşç](?:s[ıiuü]n|s[ıiuü]nl[əa]r)[.!]?(?:\s*\([^()]*\))?\s*$|q[üu]vv[əe]y[əe]\s+minir\.?\s*$/iu;
const RO_POINT =
  /^(?:Se\s+(?:aprob[ăa]|public[ăa]|stabile[șşs]te|abrog[ăa])|Prezenta\s+hot[ăa]r[âîa]re|Controlul\s+asupra|A\s+aproba|A\s+publica)(?![a-zăâîșşțţ])/u;

export const isLatinResolutionPoint = (title: string): boolean => AZ_POINT.test(title.split('\n')[0]!.trim()) || RO_POINT.test(title.trim());
