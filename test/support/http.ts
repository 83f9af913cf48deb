import type { TestApp } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/**
 * Tests read response bodies field by field and assert them; typing each body here would
 * restate the API schemas in every test. A test that wants the type passes it explicitly.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyBody = any;

/** A signed-in client over app.inject that returns status and parsed JSON. */
export function client(t: TestApp, cookie: string | null) {
  const call = async <T = AnyBody>(method: Method, url: string, payload?: unknown) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
    });
    const body = response.body ? (safeJson(response.body) as T) : (undefined as T);
    return { status: response.statusCode, body, headers: response.headers };
  };
  return {
    get: <T = AnyBody>(url: string) => call<T>('GET', url),
    post: <T = AnyBody>(url: string, payload?: unknown) => call<T>('POST', url, payload ?? {}),
    patch: <T = AnyBody>(url: string, payload: unknown) => call<T>('PATCH', url, payload),
    put: <T = AnyBody>(url: string, payload: unknown) => call<T>('PUT', url, payload),
    del: <T = AnyBody>(url: string) => call<T>('DELETE', url),
    raw: call,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export type Client = ReturnType<typeof client>;
