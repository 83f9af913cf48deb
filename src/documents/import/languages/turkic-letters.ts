/** The Turkic letter classes and folding live in the domain, where the deadline engine reads Kazakh with them too. */
export * from '../../../domain/locale/turkic-letters.js';
