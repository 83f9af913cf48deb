import type { ColumnRole } from '../records/column-roles.js';
import { endsWithTurkicPlanWord } from './turkic-header.js';
import { foldTurkic } from './turkic-letters.js';

/**
 * Column headings of Kazakh and Kyrgyz plans, matched on the folded spelling (see foldTurkic) so
 * that case endings («Орындаушылар», «Жауаптылардың»), plural forms and texts typed without the
 * Kazakh letters read the same. Order matters: «Іс-шаралардың орындалу мерзімі» is a deadline,
 * «Жауапты орындаушы» an executor, although both name the measure or the act of doing it.
 */
const TURKIC_ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  // «р/с», «Р/с №», «№ р/с» (реттік саны / ирээттик саны — order number), «р/н».
  ['number', /^(?:№\s*)?р\s*\/\s*[сн]\.?(?:\s*№)?$/],
  // Kazakh «Бірлесіп орындаушылар», Kyrgyz «Биргелешкен аткаруучулар» — co-executors.
  ['co_executors', /бирлес|биргелеш/],
  // «Орындалуы туралы белгі», Kyrgyz «Аткарылышы жөнүндө белги»: the mark of execution, not the executor.
  ['note', /белги(?:си)?$|орындалуы\s+туралы|аткарылышы/],
  // Kyrgyz жооптуу / аткаруучу, Kazakh жауапты / орындаушы — responsible, executor; a council's or a
  // commission's work plan asks «Ким даярдайт» (who prepares the question) — the one who carries it out.
  ['executors', /жооптуу|аткаруучу|жауапты|орындаушы|^ким\s+(?:даярдайт|аткарат)$/],
  // Kyrgyz мөөнөт, Kazakh мерзім — term; «Өткізу уақыты», «Өткөрүү убактысы» — time of holding.
  ['deadline', /моонот|мерзим|уакыты|убактысы/],
  // Kazakh «Аяқталу нысаны» — form of completion (the document that closes the measure).
  ['reporting_document', /аякталу\s+нысан|аяктоо\s+форма/],
  ['financing', /каржыланд|каржылоо/],
  // Kazakh негіздеме / құқықтық негіз, Kyrgyz негиздер; the articles of the law (баптар, беренелер).
  // «негізгі» (main, basic) is no basis.
  ['legal_basis', /негизде|негиздер|негиз(?:и)?(?:$|\s)|берене|(?:^|\s)бап(?:тар[ыи]?|ы)?(?:$|\s)/],
  // Kyrgyz эскертүү, Kazakh ескерту / ескертпе — note.
  ['note', /эскертуу|ескерт/],
  // Kazakh нәтиже, Kyrgyz натыйжа («Күтүлүүчү натыйжа», «Күтүлгөн натыйжа» — the expected result), жыйынтык.
  ['result', /натиже|натыйжа|жыйынтык/],
  // «Отчеттук документ» — the document that reports the measure done.
  ['reporting_document', /отчеттук\s+документ/],
  // Strategic and anti-corruption plans: «Стратегиялык максат» (goal; «максаттуу топ» is a target
  // group), «Милдеттер» (tasks), «Аракет же иш-чара» (action, before «иш-чара» below).
  ['goal', /(?:^|\s)максат(?:тар|ы|тары)?$/],
  ['tasks', /^милдет/],
  ['action', /^аракет/],
  // Kyrgyz иш-чара / мазмуну / аталышы, Kazakh іс-шара / атауы / мазмұны — the measure and its name.
  ['title', /и[шс]\s*-?\s*[чш]ара|мазмун|аталыш|атауы/],
  // «Коррупцияга каршы чара(лар)» — the measure of an anti-corruption plan (after «иш-чара» above).
  ['measure', /(?:^|\s)чара(?:лар|сы|лары)?$/],
];

/** The role a Kazakh or Kyrgyz heading names; null when it is none of theirs. */
export function turkicHeadingRole(text: string): ColumnRole | null {
  const t = foldTurkic(text).replace(/\s+/g, ' ').trim();
  // «… негізгі іс-шараларының күнтізбелік жоспары»: a title line names the measures too, but ends with the plan word.
  if (endsWithTurkicPlanWord(t)) return null;
  for (const [role, re] of TURKIC_ROLE_PATTERNS) if (re.test(t)) return role;
  return null;
}

/** A cheap look before the full test, as the Russian header hint does: most lines are not headings. */
export const mayBeTurkicHeading = (text: string): boolean =>
  /[иi][шс]\s*-?\s*[чш]ара|мерз|орында|жауапт|р\s*\/\s*[сн]|атауы|негіз|ескерт|мөөнөт|жооптуу|аткар|даярдайт|натыйжа|максат|милдет|аракет|чара/i.test(text);
