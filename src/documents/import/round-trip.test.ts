import { describe, expect, it } from 'vitest';
import { planDraftSchema } from '../../shared/plan-format.js';
import { SEEDS, seedBytes, type SeedName } from '../../../test/fixtures/seed-files.fixture.js';
import { importPlan } from './import-plan.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe.each(Object.keys(SEEDS) as SeedName[])('round trip of seed %s', (name) => {
  it('import → JSON → import gives the same plan', async () => {
    const draft = await importPlan(seedBytes(name));
    expect(planDraftSchema.safeParse(draft).success).toBe(true);
    const json = JSON.stringify(draft, null, 2);
    const again = await importPlan(encode(json), { fileName: 'plan.json' });
    expect(again).toEqual(draft);
    expect(JSON.stringify(again, null, 2)).toBe(json);
  });
});

describe('JSON input', () => {
  it('is recognised by content, whatever the file name says', async () => {
    const draft = await importPlan(seedBytes('hq'));
    const again = await importPlan(encode(`\ufeff  ${JSON.stringify(draft)}`), { fileName: 'plan.txt' });
    expect(again.items).toHaveLength(17);
  });

  it('accepts a minimal hand-written plan', async () => {
    const minimal = {
      title: 'План',
      kind: 'other',
      period: null,
      approval: null,
      abbreviations: [],
      description: null,
      items: [{ number: '1', title: 'Пункт', deadline: null, executors: [], fields: {}, children: [] }],
      warnings: [],
    };
    const draft = await importPlan(encode(JSON.stringify(minimal)));
    expect(draft.items[0]!.title).toBe('Пункт');
  });

  it('rejects JSON that is not a plan with the field named', async () => {
    await expect(importPlan(encode('{"title": 5}'))).rejects.toMatchObject({ code: 'import_not_a_plan' });
    await expect(importPlan(encode('[1,2,3]'))).rejects.toMatchObject({ code: 'import_not_a_plan' });
  });
});
