import type { ExportPlan } from './export-plan.js';
import { xmlSafe } from './xml-text.js';

export const GLOSSARY_HEADING = 'Список используемых сокращений';

/** «ИККО – Избирательная комиссия Калужской области», in the plan's own order. */
export function glossaryLines(plan: Pick<ExportPlan, 'abbreviations'>): string[] {
  return plan.abbreviations.filter((a) => a.short.trim()).map((a) => `${xmlSafe(a.short).trim()} – ${xmlSafe(a.full).trim()}`);
}
