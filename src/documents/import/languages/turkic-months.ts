/** Kazakh month names live in the domain, where the deadline engine reads Kazakh dates with them too. */
export * from '../../../domain/locale/kazakh-months.js';
