import { z } from 'zod';

/**
 * The only place that reads process.env. Parsed once at start; everything else
 * receives the typed result.
 */
const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : !['0', 'false', 'no', 'off'].includes(v.toLowerCase())));

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL должен начинаться с postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PLANIK_DEMO: bool(true),
  PLANIK_TRUST_PROXY: bool(false),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** Largest file attached to an execution report. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** Outgoing mail for reminders: smtp://user:pass@host:port or smtps://…; unset → no reminders are sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'SMTP_URL должен иметь вид smtp://пользователь:пароль@сервер:порт или smtps://…')
    .refine((v) => URL.canParse(v), 'SMTP_URL не является адресом')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('Planik <planik@localhost>'),
  /** Reminders list what falls due within this many days (besides everything overdue). */
  REMINDER_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** Daily time of the reminder run, HH:MM in REMINDER_TIME_ZONE. */
  REMINDER_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'REMINDER_TIME: ожидается ЧЧ:ММ').default('08:00'),
  REMINDER_TIME_ZONE: z.string().refine(isTimeZone, 'REMINDER_TIME_ZONE: неизвестный часовой пояс').default('Europe/Moscow'),
  /** In-process scheduler of background jobs (reminders); safe to run on every instance. */
  PLANIK_SCHEDULER: bool(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const details = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Неверная конфигурация окружения: ${details}`);
  }
  return result.data;
}
