import { describe, expect, it } from 'vitest';
import { describeEntity } from './describe-entity';

describe('describeEntity', () => {
  it('names an item by number and title, from after or else before', () => {
    expect(describeEntity({ before: null, after: { number: '2.3', title: 'Семинар' } })).toBe('2.3 «Семинар»');
    expect(describeEntity({ before: { login: 'kaluga' }, after: null })).toBe('«kaluga»');
  });

  it('is empty when the state has no name, and shortens long titles', () => {
    expect(describeEntity({ before: null, after: null })).toBe('');
    expect(describeEntity({ before: null, after: [1, 2] })).toBe('');
    expect(describeEntity({ before: null, after: { title: 'а'.repeat(200) } })).toHaveLength(92);
  });
});
