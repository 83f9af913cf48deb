import type { Period } from '../../../shared/plan-format.js';
import { foldTurkic } from './turkic-letters.js';

/**
 * The period a Kazakh or Kyrgyz title names: «2024 жылға арналған» (for 2024), «2024-2025 жылдарға
 * арналған», Kyrgyz «2024-жылга», «2025-жыл үчүн», «2024-2025-жылдарга», and half-years «2024 жылдың бірінші
 * жартыжылдығына», Kyrgyz «2024-жылдын биринчи жарым жылдыгына». Matched folded (foldTurkic).
 */
const RANGE = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\s*-?\s*жылдар/;
const YEAR = /((?:19|20)\d{2})\s*-?\s*(?:жылга|жылдын|жылгы|жыл\s+учун|ж\.)/;
const HALF =
  /(бирин(?:ши|чи)|i|1)\s*-?\s*(?:жартыжылды|жарты\s+жылды|жарым\s+жылды)|(екин(?:ши|чи)|экин(?:чи|ши)|ii|2)\s*-?\s*(?:жартыжылды|жарты\s+жылды|жарым\s+жылды)/;

export function turkicPeriod(text: string): Period | null {
  const t = foldTurkic(text);
  const range = RANGE.exec(t);
  if (range && +range[1]! <= +range[2]!) return { start: `${range[1]}-01-01`, end: `${range[2]}-12-31` };
  const year = YEAR.exec(t);
  if (!year) return null;
  const half = HALF.exec(t.slice(year.index));
  if (half?.[1]) return { start: `${year[1]}-01-01`, end: `${year[1]}-06-30` };
  if (half?.[2]) return { start: `${year[1]}-07-01`, end: `${year[1]}-12-31` };
  // «2024 жылға арналған», «2024-жылга», «2025-жыл үчүн»: the year the plan is for; a date in the title («2022 жылғы 20 қарашаға тағайындалған») is not.
  return /(?:19|20)\d{2}\s*-?\s*(?:жылга|жыл\s+учун)/.test(t) ? { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` } : null;
}
