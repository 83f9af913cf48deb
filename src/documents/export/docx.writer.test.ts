import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { approvalLines } from './approval-block.js';
import { planToDocx } from './docx.writer.js';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, SEED_FILES, seedExportPlan } from './export-plan.fixture.js';
import { glossaryLines } from './glossary.js';
import { planRows } from './plan-rows.js';

async function parts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const headers = await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(read));
  const footers = await Promise.all(files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(read));
  const text = (await mammoth.extractRawText({ buffer })).value;
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), headers: headers.join(''), footers: footers.join(''), text };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.each(SEED_FILES)('DOCX of seed %s', (file) => {
  it('is landscape A4 with the approval block, every number, a repeated header and the glossary', async () => {
    const plan = await seedExportPlan(file);
    const { document, styles, headers, footers, text } = await parts(await planToDocx(plan));
    expect(document.match(/<w:pgSz [^>]*>/)?.[0]).toBe('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Both the column titles and the column-number row repeat on every page.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(styles.includes('w:ascii="Times New Roman"')).toBe(true);
    const words = flat(text);
    for (const line of approvalLines(plan)) expect(words).toContain(line);
    const cells = new Set(text.split('\n').map((l) => l.trim()));
    for (const { item } of planRows(plan.items)) expect(cells, `item ${item.number}`).toContain(item.number);
    for (const line of glossaryLines(plan)) expect(words).toContain(flat(line));
    expect(footers).toContain('PAGE');
    expect(headers).toContain('ПРОЕКТ');
  });
});

describe('DOCX options', () => {
  it('an approved plan carries no «ПРОЕКТ» marker', async () => {
    const plan = { ...generatedPlan(5), status: 'approved' };
    const { headers, text } = await parts(await planToDocx(plan));
    expect(headers).not.toContain('ПРОЕКТ');
    expect(text).not.toContain('ПРОЕКТ');
  });

  it('sets the font size in half-points', async () => {
    const { document, styles } = await parts(await planToDocx(generatedPlan(3), { fontSize: 14 }));
    expect(/<w:rPrDefault>.*<w:sz w:val="28"\/>.*<\/w:rPrDefault>/s.test(styles)).toBe(true);
    expect(document.includes('<w:sz w:val="32"/>')).toBe(true); // the title, two points larger
  });

  it('section rows span the table in bold', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const { document } = await parts(await planToDocx(plan));
    const columns = plan.columns.length;
    expect(document.includes(`<w:gridSpan w:val="${columns - 1}"/>`)).toBe(true);
  });

  it('a subset: one section, under a line that says so', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const { text } = await parts(await planToDocx(plan, { section: '2' }));
    const cells = new Set(text.split('\n').map((l) => l.trim()));
    expect(cells).toContain('2.1');
    expect(cells).not.toContain('1.1.1');
    expect(text).toContain('Выборка: раздел 2');
  });

  it('an empty subset still gives a document that says so', async () => {
    const { text } = await parts(await planToDocx(generatedPlan(10), { month: '2031-01' }));
    expect(text).toContain('Пунктов, отвечающих условиям выборки, нет.');
  });

  it('characters invalid in XML are removed, not fatal', async () => {
    const plan: ExportPlan = generatedPlan(3);
    plan.title = 'План\u0000 работы\u000B';
    plan.items[0]!.children[0]!.title = 'Семинар\u0001\u001F для ТИК\uFFFF';
    const { document, text } = await parts(await planToDocx(plan));
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(document)).toBe(false);
    expect(text).toContain('Семинар для ТИК');
    expect(text).toContain('План работы');
  });

  it('keeps the line breaks of a cell (executors one per line)', async () => {
    const plan = await seedExportPlan('kuzbass-training-plan-2022.txt');
    const { document } = await parts(await planToDocx(plan));
    const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;
    expect(document.includes(`${t('ЦИК РФ')}</w:r><w:r><w:br/>${t('РЦОИТ при ЦИК России')}</w:r><w:r><w:br/>${t('ИККО – Кузбасса')}`)).toBe(true);
  });
});
