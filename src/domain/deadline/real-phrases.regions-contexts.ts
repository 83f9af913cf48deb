/**
 * Plan contexts of the phrases gathered from other regions (Belarus, Kazakhstan,
 * Russian territorial commissions) and the CEC of Kyrgyzstan on 27.11.2026; shared by
 * the main fixture and the second held-out set. Voting and calling dates are the ones
 * the same sources print.
 */
import { w } from './real-phrases.types.js';
import type { DeadlineContext } from './deadline.types.js';

export const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

/** Belarus, President 26.01.2025, called by the House of Representatives on 23.10.2024. */
export const BY_2025: DeadlineContext = {
  elections: [{ votingDay: '2025-01-26', calledOn: '2024-10-23' }],
  period: w('2024-10-23', '2025-02-28'),
};
/** Belarus, President 09.08.2020, called on 08.05.2020. */
export const BY_2020: DeadlineContext = { elections: [{ votingDay: '2020-08-09', calledOn: '2020-05-08' }], period: w('2020-05-08', '2020-08-31') };
/** Belarus, House of Representatives 23.09.2012. */
export const BY_2012: DeadlineContext = { elections: [{ votingDay: '2012-09-23' }], ...year(2012) };
/** Belarus, unified voting day 25.02.2024, called on 20.11.2023. */
export const BY_2024: DeadlineContext = { elections: [{ votingDay: '2024-02-25', calledOn: '2023-11-20' }], period: w('2023-11-20', '2024-02-29') };
/** Belarus, local councils 18.02.2018, called on 16.11.2017. */
export const BY_2018: DeadlineContext = { elections: [{ votingDay: '2018-02-18', calledOn: '2017-11-16' }], period: w('2017-11-16', '2018-02-28') };
/** Kazakhstan, President 20.11.2022. */
export const KZ_2022: DeadlineContext = { elections: [{ votingDay: '2022-11-20' }], period: w('2022-09-01', '2022-12-31') };
/** Kazakhstan, akims of districts and towns 05.11.2023. */
export const KZ_2023: DeadlineContext = { elections: [{ votingDay: '2023-11-05' }], ...year(2023) };
/** Kazakhstan, referendum on the draft Constitution, 15.03.2026. */
export const KZ_2026: DeadlineContext = { elections: [{ votingDay: '2026-03-15' }], ...year(2026) };
/** Kyrgyzstan: re-election in district № 13, 01.03.2026. */
export const KG_2026: DeadlineContext = { elections: [{ votingDay: '2026-03-01' }], ...year(2026) };
/** Kyrgyzstan: local councils 25.11.2012. */
export const KG_2012: DeadlineContext = { elections: [{ votingDay: '2012-11-25' }], ...year(2012) };
/** Kyrgyzstan: Jogorku Kenesh and local councils 28.11.2021. */
export const KG_2021: DeadlineContext = { elections: [{ votingDay: '2021-11-28' }], ...year(2021) };
/** Kyrgyzstan: early Jogorku Kenesh election 30.11.2025, called by the decree of 30.09.2025. */
export const KG_2025: DeadlineContext = { elections: [{ votingDay: '2025-11-30', calledOn: '2025-09-30' }], ...year(2025) };
/** Kyrgyzstan: repeated local elections 26.05.2013. */
export const KG_2013: DeadlineContext = { elections: [{ votingDay: '2013-05-26' }], ...year(2013) };
/** Kyrgyzstan: referendum 11.12.2016. */
export const KG_2016: DeadlineContext = { elections: [{ votingDay: '2016-12-11' }], ...year(2016) };
/** Kyrgyzstan: President 15.10.2017. */
export const KG_2017: DeadlineContext = { elections: [{ votingDay: '2017-10-15' }], ...year(2017) };
/** Russia, unified voting day 14.09.2025 (one day). */
export const V_2025_09_14: DeadlineContext = { elections: [{ votingDay: '2025-09-14' }], ...year(2025) };
/** Russia, a municipal election on 10.09.2017 with no plan period. */
export const V_2017: DeadlineContext = { elections: [{ votingDay: '2017-09-10' }] };
/** The same election with its results published on 20.09.2017. */
export const RESULTS_2017: DeadlineContext = {
  ...V_2017,
  events: [{ key: 'официального опубликования результатов выборов', date: '2017-09-20' }],
};

// Contexts of the third held-out set (28.11.2026; its phrases now close real-phrases.fixture.ts). Voting days are
// the ones the same sources print; a period is the plan year, or the campaign the source describes.

/** Abkhazia, President 25.08.2019. */
export const ABKH_2019: DeadlineContext = { elections: [{ votingDay: '2019-08-25' }], ...year(2019) };
/** Armenia, Council of Elders of Yerevan 17.09.2023. */
export const AM_2023: DeadlineContext = { elections: [{ votingDay: '2023-09-17' }], ...year(2023) };
/** Armenia, President 18.02.2013; the schedule was announced on 08.12.2012. */
export const AM_2013: DeadlineContext = { elections: [{ votingDay: '2013-02-18' }], period: w('2012-12-08', '2013-02-28') };
/** Kazakhstan, Mazhilis and maslikhats 19.03.2023. */
export const KZ_2023M: DeadlineContext = { elections: [{ votingDay: '2023-03-19' }], ...year(2023) };
/** Kazakhstan, early presidential election 09.06.2019. */
export const KZ_2019: DeadlineContext = { elections: [{ votingDay: '2019-06-09' }], ...year(2019) };
/** Kazakhstan, early presidential election 03.04.2011. */
export const KZ_2011: DeadlineContext = { elections: [{ votingDay: '2011-04-03' }], ...year(2011) };
/** Kyrgyzstan, local councils 17.11.2024. */
export const KG_2024: DeadlineContext = { elections: [{ votingDay: '2024-11-17' }], ...year(2024) };
/** Kyrgyzstan, repeat city-council elections (Bishkek, Osh, Tokmok) 11.07.2021. */
export const KG_2021R: DeadlineContext = { elections: [{ votingDay: '2021-07-11' }], ...year(2021) };
/** Kyrgyzstan, repeat Jogorku Kenesh election 20.12.2020. */
export const KG_2020R: DeadlineContext = { elections: [{ votingDay: '2020-12-20' }], ...year(2020) };
/** Russia, President 04.03.2012 (campaign from November 2011). */
export const RU_2012: DeadlineContext = { elections: [{ votingDay: '2012-03-04' }], period: w('2011-11-01', '2012-03-31') };
/** Russia, President 17.03.2024 (campaign from the news of 08.12.2023). */
export const RU_2024: DeadlineContext = { elections: [{ votingDay: '2024-03-17' }], period: w('2023-12-08', '2024-03-31') };
/** Leningrad region, elections of 08.09.2019. */
export const LO_2019: DeadlineContext = { elections: [{ votingDay: '2019-09-08' }], ...year(2019) };
/** Leningrad region, elections of 19.09.2021. */
export const LO_2021: DeadlineContext = { elections: [{ votingDay: '2021-09-19' }], ...year(2021) };
