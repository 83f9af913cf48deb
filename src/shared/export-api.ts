import { z } from 'zod';
import { localeSchema } from './locale-schema.js';

/** Request contracts of exports, calendar feeds and public pages, shared by the server and the web app. */
export const exportFormats = ['docx', 'xlsx', 'pdf', 'ics', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .transform((v) => v || undefined);

export const exportQuery = z.object({
  format: z.enum(exportFormats, { message: `Формат должен быть одним из: ${exportFormats.join(', ')}` }),
  /** One section: its number («2», «1.3») or id. */
  section: optionalText(100),
  /** One executor: an organisation id or the executor as written («ТИК»). */
  executor: optionalText(500),
  /** One month: YYYY-MM. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Месяц в формате ГГГГ-ММ')
    .optional(),
  fontSize: z.coerce.number().int().min(10, 'Размер шрифта от 10 до 14').max(14, 'Размер шрифта от 10 до 14').optional(),
  /** The language of the document's own texts (headings, column titles, гриф): ru (default) or ky. */
  lang: localeSchema.optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;

export const calendarFeedBody = z
  .object({
    planId: z.uuid().optional(),
    /** The executor organisation whose events the feed shows. */
    organizationId: z.uuid().optional(),
  })
  .refine((b) => b.planId || b.organizationId, { message: 'Укажите план, организацию-исполнителя или оба', path: ['planId'] });
