import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDraftSchema } from '../../shared/plan-format.js';
import { seedToDocx } from '../../../test/fixtures/seed-docx.fixture.js';
import { SEEDS, seedText, type SeedName } from '../../../test/fixtures/seed-files.fixture.js';
import { ImportError } from './import-error.js';
import { UNEXPECTED_FAILURE, importPlan } from './import-plan.js';

// Mutated real plans must never crash the importer: a draft that passes the contract, or an
// ImportError. Anything else (TypeError, RangeError, a hang) is a bug.
async function survives(bytes: Uint8Array): Promise<boolean> {
  try {
    const draft = await importPlan(bytes);
    return planDraftSchema.safeParse(draft).success;
  } catch (error) {
    // An unforeseen exception is wrapped for the user, but for the fuzz it is a crash.
    if (error instanceof ImportError && error.message !== UNEXPECTED_FAILURE) return true;
    throw error instanceof ImportError ? (error.cause ?? error) : error;
  }
}

type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'swap'; a: number; b: number }
  | { op: 'untab'; at: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; text: string };

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\t',
    '\t\t\t',
    '<p>',
    '</b>',
    '**',
    '«',
    '»',
    '№',
    '1.1.',
    'Январь',
    'ИККО ТИК',
    '(далее – ',
    'УТВЕРЖДЕН',
    '---\t---',
    '\u0000',
    '\r',
    '|',
    '│',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('untab' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), text: junk }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = Math.max(1, lines.length);
    switch (m.op) {
      case 'delete':
        lines.splice(m.at % n, m.count);
        break;
      case 'duplicate':
        lines.splice(m.at % n, 0, lines[m.at % n] ?? '');
        break;
      case 'insert':
        lines.splice(m.at % n, 0, m.text);
        break;
      case 'swap': {
        const a = m.a % n;
        const b = m.b % n;
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        break;
      }
      case 'untab':
        lines[m.at % n] = (lines[m.at % n] ?? '').replace(/\t/g, '   ');
        break;
      case 'truncate':
        lines = lines
          .join('\n')
          .slice(0, m.at % (text.length + 1))
          .split('\n');
        break;
      case 'splice': {
        const i = m.at % n;
        const line = lines[i] ?? '';
        const at = line.length ? m.at % line.length : 0;
        lines[i] = line.slice(0, at) + m.text + line.slice(at);
        break;
      }
    }
  }
  return lines.join('\n');
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe.each(Object.keys(SEEDS) as SeedName[])('fuzz: mutated seed %s', (name) => {
  const text = seedText(name);

  it('never crashes on line-level mutations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 12 }), async (mutations) => {
        expect(await survives(encode(mutate(text, mutations)))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('never crashes on byte flips and Windows-1251 garbage', async () => {
    const bytes = encode(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }), async (flips) => {
        const copy = new Uint8Array(bytes);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        expect(await survives(copy)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('fuzz: damaged DOCX', () => {
  it('never crashes when bytes of a Word file are overwritten', async () => {
    const docx = await seedToDocx(seedText('training'), 'tables');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), async (flips) => {
        const copy = new Uint8Array(docx);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        expect(await survives(copy)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
