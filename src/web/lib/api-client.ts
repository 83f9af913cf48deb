import { kyErrorMessage } from '../i18n/ky-errors';
import { getLocale, t } from '../i18n/t';

/** Error raised for any non-2xx answer, carrying the API's Russian message and stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field?: string; [key: string]: unknown } | null = null,
  ) {
    super(message);
  }

  /** The form field the server blamed («title», «period.start»), so the message can stand next to it. */
  get field(): string | null {
    return typeof this.details?.field === 'string' ? this.details.field : null;
  }
}

interface ErrorBody {
  error?: { code: string; message: string; details?: Record<string, unknown> };
}

/**
 * The error as the user reads it: in a Kyrgyz interface the code's Kyrgyz text where the code says it all,
 * else the server's (Russian) message.
 */
export function errorFromBody(status: number, body: ErrorBody | null): ApiError {
  const code = body?.error?.code ?? 'unknown';
  const details = body?.error?.details ?? null;
  const translated = getLocale() === 'ky' && body?.error ? kyErrorMessage(code, details) : null;
  return new ApiError(status, code, translated ?? body?.error?.message ?? t('error.server', { status }), details);
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...rest,
      headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as (ErrorBody & T) | null;
  if (!response.ok) throw errorFromBody(response.status, body);
  return body as T;
}

/** Query string from an object, skipping empty values. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
