import { ru, type MessageKey } from './ru';
import { ky } from './ky';
import type { Locale } from '../../shared/locale';
import { kyLongDate, kyMonthName } from '../../domain/locale/ky-date';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { ru, ky };

// One language for the whole page at a time: the shell sets it before rendering (see locale.tsx).
let current: Locale = 'ru';

/** Switches the texts t() returns and the page's lang attribute (screen readers pick their voice by it). */
export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const getLocale = (): Locale => current;

/** Looks up a UI text in the active language; `{name}` placeholders are filled from params. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[current][key] ?? ru[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The BCP 47 tag for Intl and toLocale* calls. */
export const intlLocale = (): string => (current === 'ky' ? 'ky-KG' : 'ru-RU');

/** A number with the locale's digit grouping (both languages: «12 345,5»). */
export const formatNumber = (n: number): string => new Intl.NumberFormat(intlLocale()).format(n);

/** ISO date → dd.mm.yyyy: the numeric form documents use in both languages. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** ISO date → «27 ноября 2026 г.» or «2026-жылдын 27-ноябры». */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (current === 'ky') return kyLongDate(iso);
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)} ${ruMonthsGenitive[Number(m) - 1] ?? m} ${y} г.`;
}

/** dd.mm.yyyy (also d.m.yyyy) → ISO, or null when it is not a date. */
export function parseRuDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [, d, mo, y] = m;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

const monthNames = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];
const ruMonthsGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const monthName = (month: number): string => (current === 'ky' ? kyMonthName(month) : (monthNames[month - 1] ?? String(month)));

/**
 * The noun form after a number: Russian has three (plural(5, ['пункт', 'пункта', 'пунктов'])),
 * Kyrgyz keeps the singular after any numeral («5 пункт»), so the first form serves it.
 */
export function plural(n: number, forms: [string, string, string]): string {
  if (current === 'ky') return forms[0];
  const mod100 = Math.abs(n) % 100;
  const mod10 = mod100 % 10;
  if (mod100 >= 11 && mod100 <= 14) return forms[2];
  if (mod10 === 1) return forms[0];
  if (mod10 >= 2 && mod10 <= 4) return forms[1];
  return forms[2];
}
