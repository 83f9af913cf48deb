import { describe, expect, it } from 'vitest';
import { generatePassword } from './password';

describe('generatePassword', () => {
  it('gives 12 characters with letters and digits, without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{12}$/);
      expect(p).toMatch(/\d/);
      expect(p).toMatch(/[a-z]/i);
    }
  });

  it('retries when the random bytes give no digit or are biased', () => {
    const draws = [new Uint8Array(12).fill(0), new Uint8Array(12).fill(250), Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 55])];
    const p = generatePassword(() => draws.shift()!);
    expect(p).toBe('abcdefghijk9');
    expect(draws).toHaveLength(0);
  });
});
