import type { z } from 'zod';
import type { TestApp } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

export interface ApiResult {
  status: number;
  /** Parsed JSON (or the text when the body is not JSON): unknown until a schema says what it is. */
  body: unknown;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * A signed-in client over app.inject without `any`: `get`/`post`/… return the status and an unknown body for
 * tests about refusals; `getOk`/`postOk`/… expect a 2xx and parse the body with the route's response schema
 * from `src/shared`, so the test reads typed fields and checks the contract the web app relies on.
 */
export function typedClient(t: TestApp, cookie: string | null) {
  const call = async (method: Method, url: string, payload?: unknown): Promise<ApiResult> => {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
    });
    return { status: response.statusCode, body: response.body ? safeJson(response.body) : undefined, headers: response.headers };
  };
  const ok = async <S extends z.ZodType>(result: Promise<ApiResult>, schema: S, what: string): Promise<z.infer<S>> => {
    const { status, body } = await result;
    if (status < 200 || status > 299) throw new Error(`${what}: expected 2xx, got ${status} ${JSON.stringify(body)}`);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new Error(`${what}: the answer does not match its response schema: ${parsed.error.message}`);
    return parsed.data;
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload: unknown = {}) => call('POST', url, payload),
    patch: (url: string, payload: unknown) => call('PATCH', url, payload),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    del: (url: string) => call('DELETE', url),
    getOk: <S extends z.ZodType>(url: string, schema: S) => ok(call('GET', url), schema, `GET ${url}`),
    postOk: <S extends z.ZodType>(url: string, payload: unknown, schema: S) => ok(call('POST', url, payload), schema, `POST ${url}`),
    patchOk: <S extends z.ZodType>(url: string, payload: unknown, schema: S) => ok(call('PATCH', url, payload), schema, `PATCH ${url}`),
    putOk: <S extends z.ZodType>(url: string, payload: unknown, schema: S) => ok(call('PUT', url, payload), schema, `PUT ${url}`),
  };
}

export type TypedClient = ReturnType<typeof typedClient>;

/** Signs a factory user in (test/factories/user.factory.ts) and returns a typed client for it. */
export async function signIn(t: TestApp, user: { login: string; password: string }): Promise<TypedClient> {
  return typedClient(t, await t.login(user.login, user.password));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
