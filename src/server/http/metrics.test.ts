import { describe, expect, it } from 'vitest';
import { labelText, LatencyHistogram, renderGauges } from './metrics.js';

describe('Prometheus text format', () => {
  it('a histogram counts cumulatively per bucket, with +Inf, sum and count', () => {
    const h = new LatencyHistogram([0.1, 1]);
    h.observe({ route: '/api/plans' }, 0.05);
    h.observe({ route: '/api/plans' }, 0.5);
    h.observe({ route: '/api/plans' }, 3);
    expect(h.render('lat', 'Latency').split('\n')).toEqual([
      '# HELP lat Latency',
      '# TYPE lat histogram',
      'lat_bucket{route="/api/plans",le="0.1"} 1',
      'lat_bucket{route="/api/plans",le="1"} 2',
      'lat_bucket{route="/api/plans",le="+Inf"} 3',
      'lat_sum{route="/api/plans"} 3.55',
      'lat_count{route="/api/plans"} 3',
    ]);
  });

  it.each([
    [{}, ''],
    [{ a: 'x' }, '{a="x"}'],
    [{ a: 'quote"back\\slash\nline' }, '{a="quote\\"back\\\\slash\\nline"}'],
  ])('label values are escaped: %j', (labels, text) => {
    expect(labelText(labels)).toBe(text);
  });

  it('gauges carry their type and labels', () => {
    expect(renderGauges([{ name: 'up', help: 'Up', values: [{ value: 1 }, { labels: { job: 'r' }, value: 0 }] }])).toBe(
      '# HELP up Up\n# TYPE up gauge\nup 1\nup{job="r"} 0',
    );
  });
});
