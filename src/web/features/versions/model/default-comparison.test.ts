import { describe, expect, it } from 'vitest';
import { comparisonFromSearch, defaultComparison } from './default-comparison';

describe('default comparison of plan versions', () => {
  it('compares the previous with the latest version', () => {
    expect(defaultComparison([{ version: 2 }, { version: 5 }, { version: 3 }])).toEqual({ from: 3, to: 5 });
  });

  it('with one version compares it with the current state; without versions there is nothing', () => {
    expect(defaultComparison([{ version: 2 }])).toEqual({ from: 2, to: 'current' });
    expect(defaultComparison([])).toBeNull();
  });

  it('takes from/to from the address when those versions exist', () => {
    const versions = [{ version: 2 }, { version: 3 }, { version: 4 }];
    expect(comparisonFromSearch(new URLSearchParams('from=2&to=current'), versions)).toEqual({ from: 2, to: 'current' });
    expect(comparisonFromSearch(new URLSearchParams('from=9&to=x'), versions)).toEqual({ from: 3, to: 4 });
  });
});
