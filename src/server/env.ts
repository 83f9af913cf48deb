import { isIP } from 'node:net';
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

/** An IPv4/IPv6 address or a CIDR block (10.0.0.0/8, fd00::/8). */
function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may tell us the client's address (X-Forwarded-For) and protocol.
 * Off by default: every peer is the client. `1` means a proxy on this machine
 * (loopback) — never «believe anyone», which would let any client pick the
 * address that rate limits and the audit trail see. Otherwise a list of proxy
 * addresses or CIDR blocks. Handed to Fastify's trustProxy as given.
 */
export const LOOPBACK_PROXIES = ['127.0.0.0/8', '::1'];
const trustProxy = z
  .string()
  .optional()
  .transform((v, ctx): false | string[] => {
    const value = (v ?? '').trim();
    if (value === '' || ['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
    if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return LOOPBACK_PROXIES;
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isAddressOrCidr(e));
    if (bad.length || !entries.length) {
      ctx.addIssue({
        code: 'custom',
        message: `ожидается 0, 1 или список адресов и подсетей прокси через запятую (например 10.0.0.0/8,127.0.0.1); не понято: ${bad.join(', ') || value}`,
      });
      return z.NEVER;
    }
    return entries;
  });

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
  /** With the demo: also the current-year plans at work (copies of two seed plans with reports); `0` loads the seed plans only. */
  PLANIK_DEMO_LIVING: bool(true),
  PLANIK_TRUST_PROXY: trustProxy,
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Largest file attached to an execution report. */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
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
  REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'REMINDER_TIME: ожидается ЧЧ:ММ')
    .default('08:00'),
  REMINDER_TIME_ZONE: z.string().refine(isTimeZone, 'REMINDER_TIME_ZONE: неизвестный часовой пояс').default('Europe/Moscow'),
  /** In-process scheduler of background jobs (reminders); safe to run on every instance. */
  PLANIK_SCHEDULER: bool(true),
  /** How often each instance asks the job table whether a job is due; the claim row, not this timing, makes a run happen once. */
  PLANIK_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Where uploaded files live: `database` (shared by every instance) or `disk` (DATA_DIR/files). */
  FILE_STORAGE: z.enum(['database', 'disk'], { message: 'FILE_STORAGE: ожидается database или disk' }).default('database'),
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
