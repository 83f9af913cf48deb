/**
 * Kyrgyz dates the way the CEC of Kyrgyzstan writes them: «2017-жылдын 3-сентябры»,
 * «2025-жылдын 14-ноябрындагы № 139 токтому». Month names are the Russian-derived ones
 * Kyrgyz uses; the day's form is the month's possessive (3rd person) form.
 */
export const KY_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** «27-ноябры»: the month in the possessive after a day number. */
const KY_MONTHS_POSSESSIVE = ['январы', 'февралы', 'марты', 'апрели', 'майы', 'июну', 'июлу', 'августу', 'сентябры', 'октябры', 'ноябры', 'декабры'];
/** «14-ноябрындагы»: a date that qualifies a noun (an act, a report). */
const KY_MONTHS_ATTRIBUTIVE = [
  'январындагы',
  'февралындагы',
  'мартындагы',
  'апрелиндеги',
  'майындагы',
  'июнундагы',
  'июлундагы',
  'августундагы',
  'сентябрындагы',
  'октябрындагы',
  'ноябрындагы',
  'декабрындагы',
];

function parts(iso: string | null | undefined): [number, number, number] | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? [Number(m[1]), month, Number(m[3])] : null;
}

/** «2026-жылдын 27-ноябры». */
export function kyLongDate(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${p[0]}-жылдын ${p[2]}-${KY_MONTHS_POSSESSIVE[p[1] - 1]}` : (iso ?? '');
}

/** «2025-жылдын 14-ноябрындагы»: the date of an act before its number and name. */
export function kyLongDateAttributive(iso: string | null | undefined): string {
  const p = parts(iso);
  return p ? `${p[0]}-жылдын ${p[2]}-${KY_MONTHS_ATTRIBUTIVE[p[1] - 1]}` : (iso ?? '');
}

/** «2022-жылдын март айы» for a YYYY-MM month. */
export function kyMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? KY_MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${m[1]}-жылдын ${name} айы` : month;
}

/** The month's name, capitalised as a calendar heading: «Ноябрь». */
export function kyMonthName(month: number): string {
  const name = KY_MONTHS[month - 1];
  return name ? name[0]!.toUpperCase() + name.slice(1) : String(month);
}
