import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('module boundary', () => {
  // The Kazakh month names and Turkic letter folding are pure domain locale code, shared with the importer.
  it('the engine imports only its own files, domain locale code and shared contracts (no server, database or web code)', () => {
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of sources) {
      const text = readFileSync(join(here, file), 'utf8');
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1] as string;
        const allowed = spec.startsWith('./') || spec.startsWith('../locale/') || spec === '../../shared/plan-format.js';
        expect(allowed, `${file} imports ${spec}`).toBe(true);
      }
    }
  });
});
