import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';

/**
 * The requests still being handled, so a shutdown can wait for them before it closes the database.
 *
 * Fastify's close waits for open connections, not for handlers: a client that gives up (a proxy's
 * timeout, a load generator that stops) closes its socket while its handler still awaits the
 * database, and closing the pool under that handler fails its next query («Cannot use a pool after
 * calling end on the pool»). A request counts until both its answer was sent (or its handler
 * settled) and its connection let go of the response.
 */
export interface InFlight {
  /** How many requests are being handled now. */
  count(): number;
  /** Resolves true once no request is being handled, false if `timeoutMs` passes first. */
  drained(timeoutMs: number): Promise<boolean>;
}

interface RequestState {
  answered: boolean;
  closed: boolean;
  released: boolean;
}

export function registerInFlight(app: FastifyInstance): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const states = new WeakMap<FastifyRequest, RequestState>();

  const settle = (s: RequestState) => {
    if (s.released || !s.answered || !s.closed) return;
    s.released = true;
    count--;
    if (count === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };
  const answered = (request: FastifyRequest) => {
    const s = states.get(request);
    if (!s) return;
    s.answered = true;
    settle(s);
  };

  app.addHook('onRequest', (request, reply, done) => {
    const s: RequestState = { answered: false, closed: false, released: false };
    states.set(request, s);
    count++;
    // 'close' comes after the last byte on a finished answer, or at once when the client went away.
    reply.raw.once('close', () => {
      s.closed = true;
      settle(s);
    });
    done();
  });
  // Every answer passes here, a handler's or an error's; a stream's body is sent before 'close'.
  app.addHook('onSend', (request, _reply, payload, done) => {
    answered(request);
    done(null, payload);
  });
  // A handler that resolves without a payload on a closed socket is answered by nobody: its end counts instead.
  app.addHook('onRoute', (route) => {
    const handler = route.handler as (...args: Parameters<RouteHandlerMethod>) => unknown;
    route.handler = function (this: FastifyInstance, request, reply) {
      const result = handler.call(this, request, reply);
      if (result && typeof (result as Promise<unknown>).finally === 'function') return (result as Promise<unknown>).finally(() => answered(request));
      answered(request);
      return result;
    } as RouteHandlerMethod;
  });

  return {
    count: () => count,
    drained(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
