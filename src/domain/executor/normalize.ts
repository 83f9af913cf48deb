/** Normalises an organisation name or abbreviation for comparison: case, dashes, quotes, spaces. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/[«»"„“”']/g, '')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/[.;,]+$/, '')
    .trim();
}

export interface NamedOrganization {
  id: string;
  name: string;
  shortName: string | null;
}

/**
 * Finds the organisation an executor text names, directly or through the plan's glossary
 * («ИККО – Кузбасса» → «Избирательная комиссия Кемеровской области – Кузбасса» → its id).
 */
export function matchOrganization(
  text: string,
  organizations: readonly NamedOrganization[],
  glossary: readonly { short: string; full: string }[] = [],
): NamedOrganization | null {
  const key = normalizeName(text);
  if (!key) return null;
  const direct = organizations.find((o) => normalizeName(o.name) === key || (o.shortName && normalizeName(o.shortName) === key));
  if (direct) return direct;
  const expanded = glossary.find((g) => normalizeName(g.short) === key);
  if (!expanded) return null;
  const full = normalizeName(expanded.full);
  return organizations.find((o) => normalizeName(o.name) === full) ?? null;
}
