import { describe, expect, it } from 'vitest';
import { seedToDocx } from '../../../test/fixtures/seed-docx.fixture.js';
import { SEEDS, seedBytes, seedText, type SeedName } from '../../../test/fixtures/seed-files.fixture.js';
import { shape } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Each seed rebuilt as a real Word document (tables split at page breaks with the header
// repeated, cell paragraphs and bold runs) must give the tree its text version gives.
describe.each(Object.keys(SEEDS) as SeedName[])('DOCX version of seed %s', (name) => {
  it('imports to the same plan as the text', async () => {
    const docx = await seedToDocx(seedText(name), SEEDS[name].layout);
    const [fromText, fromDocx] = await Promise.all([importPlan(seedBytes(name)), importPlan(docx)]);
    expect(shape(fromDocx.items)).toEqual(shape(fromText.items));
    for (const key of ['title', 'kind', 'period', 'approval', 'abbreviations', 'description', 'columns', 'elections'] as const) {
      expect(fromDocx[key], key).toEqual(fromText[key]);
    }
  }, 20_000);
});

describe('DOCX structure', () => {
  it('is a real Word package with tables', async () => {
    const docx = await seedToDocx(seedText('training'), 'tables');
    expect(Array.from(docx.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5);
    expect(xml).toContain('w:type="page"');
  });
});
