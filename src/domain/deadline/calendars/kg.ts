/**
 * Kyrgyz holidays (ст. 113 Трудового кодекса КР): fixed dates only. Orozo Ait and
 * Kurman Ait move every year and the Cabinet transfers days off by yearly
 * resolutions we do not hold, so no Kyrgyz year is complete: working-day
 * arithmetic for Kyrgyz plans answers «unknown» with a hint instead of a date
 * that could be wrong.
 */
export const KG_FIXED_HOLIDAYS: readonly string[] = [
  '01-01', // Новый год
  '01-07', // Рождество
  '02-23', // День защитника Отечества
  '03-08', // Международный женский день
  '03-21', // Нооруз
  '04-07', // День Народной апрельской революции
  '05-01', // Праздник труда
  '05-05', // День Конституции
  '05-09', // День Победы
  '08-31', // День независимости
  '11-07', // Дни истории и памяти предков
  '11-08',
];
