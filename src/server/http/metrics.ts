import type { FastifyInstance } from 'fastify';

/**
 * A minimal Prometheus text-format exporter (exposition format 0.0.4): one
 * request-latency histogram plus whatever gauges a scrape adds. prom-client
 * would be a dependency for three metric families; this is the whole of it.
 */

/** Seconds; dense below 100 ms, where the targets of docs/performance.md are. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: Record<string, string>;
  counts: number[];
  sum: number;
  count: number;
}

export class LatencyHistogram {
  private readonly series = new Map<string, Series>();

  constructor(readonly buckets: number[] = LATENCY_BUCKETS) {}

  observe(labels: Record<string, string>, seconds: number) {
    const key = JSON.stringify(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) if (seconds <= this.buckets[i]!) s.counts[i]!++;
    s.sum += seconds;
    s.count++;
  }

  render(name: string, help: string): string {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((le, i) => lines.push(`${name}_bucket${labelText({ ...s.labels, le: String(le) })} ${s.counts[i]}`));
      lines.push(`${name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      lines.push(`${name}_sum${labelText(s.labels)} ${s.sum}`);
      lines.push(`${name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

export function labelText(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (!entries.length) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',')}}`;
}

export interface Gauge {
  name: string;
  help: string;
  type?: 'gauge' | 'counter';
  values: { labels?: Record<string, string>; value: number }[];
}

export function renderGauges(gauges: Gauge[]): string {
  return gauges
    .map((g) =>
      [`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} ${g.type ?? 'gauge'}`, ...g.values.map((v) => `${g.name}${labelText(v.labels ?? {})} ${v.value}`)].join(
        '\n',
      ),
    )
    .join('\n');
}

/**
 * Times every request by its route pattern (never the raw URL: ids would make a
 * series per plan) and status class.
 */
export function registerRequestMetrics(app: FastifyInstance, histogram: LatencyHistogram) {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    histogram.observe({ method: request.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
  });
}
