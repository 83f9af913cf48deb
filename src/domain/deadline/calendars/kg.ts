/**
 * Kyrgyz production calendar. The Labour Code of 2025 lists the non-working holidays (1–6 January New Year
 * holidays, 7 January, 8 March, 21 March, 1–9 May, 31 August, Orozo Ait and Kurman Ait by the lunar calendar)
 * and, unlike the old code (ст. 113), moves neither a holiday falling on a weekend nor a working day to a
 * Saturday; 23 February, 7 April and 7–8 November are holidays but working days. The two Aits are fixed each
 * year by the Muslims' Spiritual Directorate, and the Cabinet may still add days off by resolution.
 *
 * A year is listed only with the acts and announcements it was read from. Days whose status could not be
 * confirmed are `uncertain`: working-day counting that crosses them answers «unknown», never a guess.
 * Years before 2025 (old code, yearly transfer resolutions not all found) are not listed.
 */
import type { ProductionYear } from './production-calendar.js';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  const [y, m, d1] = from.split('-').map(Number) as [number, number, number];
  const d2 = Number(to.split('-')[2]);
  for (let d = d1; d <= d2; d++) out.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  return out;
};

export const KG_PRODUCTION_CALENDAR: Readonly<Record<number, ProductionYear>> = {
  2025: {
    source:
      'Трудовой кодекс КР 2025 г.; решение Кабинета Министров о признании утратившим силу постановления «О переносе выходных дней в 2025 году» (kabar.kg, 04.02.2025); Курман айт 06.06.2025 (ДУМК, kabar.kg 28.05.2025)',
    off: [...range('2025-01-01', '2025-01-07'), '2025-03-21', ...range('2025-05-01', '2025-05-09'), '2025-06-06'],
    work: [],
    // January ran under the repealed transfer resolution, which was not read; Orozo Ait 2025 was not found.
    uncertain: [
      ['2025-01-01', '2025-02-04'],
      ['2025-03-28', '2025-04-01'],
    ],
  },
  2026: {
    source:
      'Трудовой кодекс КР 2025 г.; перечень нерабочих праздничных дней 2026 г. Минтруда КР (sayasat.kg со ссылкой на vesti.kg); постановление Кабинета Министров КР от 25.12.2025 № 835 (8 и 9 января 2026 г., online.toktom.kg); Орозо айт 20.03.2026 (муфтият, azattyk.org 10.03.2026)',
    off: [...range('2026-01-01', '2026-01-09'), '2026-03-20', ...range('2026-05-01', '2026-05-08'), '2026-08-31'],
    work: [],
    // Kurman Ait 2026 (about 70 days after Orozo Ait) was not announced in the sources read.
    uncertain: [['2026-05-25', '2026-06-01']],
  },
};
