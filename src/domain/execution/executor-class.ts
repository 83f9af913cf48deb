import { normalizeName } from '../executor/normalize.js';

/**
 * Executors that name a class of bodies rather than one body: «ТИК» in a regional
 * plan means every territorial commission under the regional one, and each of them
 * reports for itself. The value is the organisation kind of the directory.
 */
export type ExecutorClass = 'territorial' | 'municipal' | 'precinct';

const patterns: [ExecutorClass, RegExp][] = [
  ['territorial', /^(все )?(тик|тики|тик-и|территориальн\S* избирательн\S* комисс\S*)( области| региона| субъекта)?$/],
  ['municipal', /^(все )?(икмо|икмо-и|избирательн\S* комисс\S* муниципальн\S* образован\S*)$/],
  ['precinct', /^(все )?(уик|уики|уик-и|участков\S* избирательн\S* комисс\S*)$/],
];

export function executorClass(text: string): ExecutorClass | null {
  const key = normalizeName(text);
  for (const [kind, re] of patterns) if (re.test(key)) return kind;
  return null;
}
