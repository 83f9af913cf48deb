import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('module boundary', () => {
  it('the engine imports only its own files and shared contracts (no server, database or web code)', () => {
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of sources) {
      const text = readFileSync(join(here, file), 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1] as string;
        expect(spec.startsWith('./') || spec === '../../shared/plan-format.js', `${file} imports ${spec}`).toBe(true);
      }
    }
  });
});
