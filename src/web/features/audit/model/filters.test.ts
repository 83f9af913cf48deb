import { describe, expect, it } from 'vitest';
import { csvHref, filtersFromSearch } from './filters';

describe('audit filters in the address', () => {
  it('reads known keys and drops malformed dates and ids', () => {
    const f = filtersFromSearch(new URLSearchParams('planId=0b7e8f40-1c2d-4e5f-8a9b-0c1d2e3f4a5b&from=2025-01-01&to=01.02.2025&actorId=x&entityId=42&foo=bar'));
    expect(f).toEqual({ planId: '0b7e8f40-1c2d-4e5f-8a9b-0c1d2e3f4a5b', from: '2025-01-01', entityId: '42' });
  });

  it('the CSV link carries the filters', () => {
    expect(csvHref({ action: 'item.update', from: '2025-01-01' })).toBe('/api/audit.csv?action=item.update&from=2025-01-01');
    expect(csvHref({})).toBe('/api/audit.csv');
  });
});
