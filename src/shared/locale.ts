/** The interface and document languages: Russian (official) and Kyrgyz (the state language of Kyrgyzstan). */
export const locales = ['ru', 'ky'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);
