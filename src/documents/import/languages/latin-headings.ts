import type { ColumnRole } from '../records/column-roles.js';

/**
 * Column headings of the plans of CIS bodies writing in Latin script: Azerbaijani (the CEC of Azerbaijan's «Təqvim
 * planı») and Romanian (the CEC of Moldova's «Programul calendaristic»). Matched lower-cased, both spellings of
 * Romanian (ş ţ with a cedilla, ș ț with a comma; the old «î» for «â»). Order matters: the law a term is set by
 * («… Seçki Məcəlləsinə … əsasən», «Cadrul legal») is its basis, not the plan's own term.
 */
const LATIN_ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  // «Sıra sayı», «S/s», «Sıra №» (order number); Romanian «Nr. d/o» (de ordine), «Nr. crt.» (curent), «Nr.».
  ['number', /^(?:sıra(?:\s+(?:sayı|№|nömrəsi))?|s\s*\/\s*s|№\s*s\/s|nr\.?(?:\s*(?:d\s*\/\s*o|crt|de\s+ordine)\.?)?)$/],
  // The law: «Seçki Məcəlləsinə və digər hüquqi aktlara əsasən», «Maddələr», «Hüquqi əsas»; Romanian «Referinţe»,
  // «Cadrul legal», «Temei legal», «Baza legală», «Articolul din Codul electoral».
  ['legal_basis', /m[əe]c[əe]ll[əe]|hüquqi\s+(?:akt|əsas)|^madd[əe]l[əe]r?$|referin[țţt]e|cadrul\s+legal|temei(?:ul)?\s+legal|baza\s+legal|^articol/],
  // Executors: «İcraçılar», «İcraçı», «Məsul» (responsible); Romanian «Executorul», «Executori», «Responsabili», «Cine
  // realizează acţiunea» (who carries out the action).
  ['executors', /^icraçı|^m[əe]sul|^executor|^responsabil|^cine\s+(?:realizeaz|execut|organizeaz|r[ăa]spunde)/],
  // Terms: «Keçirilmə müddətləri», «Tövsiyə olunan müddətlər», «İcra müddəti», «Tarix»; Romanian «Termenul de
  // realizare», «Termen», «Data», «Perioada».
  ['deadline', /müdd[əe]t|^tarix|^termen|^data(?:\s|$)|^perioada/],
  // The measure: «Əsas hərəkət və tədbirlər», «Tədbirin adı»; Romanian «Acţiunea», «Descrierea acțiunii»,
  // «Denumirea acțiunii», «Măsura», «Activitatea».
  ['title', /t[əe]dbir|h[əe]r[əe]k[əe]t|^ac[țţt]iun|descrierea|denumirea|^m[ăa]sur|^activit[ăa][țţt]/],
  // Romanian «Modalitatea de realizare» (how the action is done: «Hotărâre care se publică în Monitorul Oficial»).
  ['format', /^modalitatea(?:\s|$)|^forma\s+de\s+realizare/],
  ['note', /^qeyd|^not[ăa]|^observa[țţt]i/],
];

/** The role an Azerbaijani or Romanian heading names; null when it is none of theirs. */
export function latinHeadingRole(text: string): ColumnRole | null {
  if (!/[a-zəıöüşçğăâîșțşţ]/.test(text)) return null;
  const t = text
    .replace(/\u0307/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [role, re] of LATIN_ROLE_PATTERNS) if (re.test(t)) return role;
  return null;
}

/** A cheap look before the full test: most lines are not headings. */
export const mayBeLatinHeading = (text: string): boolean =>
  /sıra|icraçı|m[əe]sul|müdd[əe]t|t[əe]dbir|h[əe]r[əe]k[əe]t|m[əe]c[əe]ll|^nr\.?|termen|ac[țţt]iun|executor|responsabil|referin|cadrul|denumire|descrierea|^cine\s|^modalitatea/i.test(
    text,
  );
