import { z } from 'zod';
import { locales } from './locale.js';

/** The language as a request carries it. Apart from locale.ts, which the web app imports at run time: zod stays out of the bundle. */
export const localeSchema = z.enum(locales, { message: 'Язык: ru или ky' });
