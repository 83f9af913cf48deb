import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan.js';
import { generatedPlan, seedExportPlan } from './export-plan.fixture.js';
import { planRows } from './plan-rows.js';
import { planToPdf } from './pdf.writer.js';

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Text and page size through poppler, which reads what a viewer would show. */
function inspect(pdf: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'planik-pdf-'));
  try {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { text, info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('PDF', () => {
  it('a PDF document', async () => {
    const pdf = await planToPdf(generatedPlan(10));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.skipIf(!hasPoppler())('landscape A4 with the approval block, every number, the glossary, page numbers and «ПРОЕКТ»', async () => {
    const plan = await seedExportPlan('kuzbass-work-plan-2024.txt');
    const { text, info } = inspect(await planToPdf(plan));
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('УТВЕРЖДЕН');
    expect(words).toContain('от 22 декабря 2023 г. № 81/606-7');
    expect(words).toContain('ПРОЕКТ');
    const tokens = new Set(text.split(/\s+/));
    for (const { item } of planRows(plan.items)) expect(tokens, item.number).toContain(item.number);
    expect(words).toContain('Список используемых сокращений');
    expect(words).toContain('СМИ – средствами массовой информации');
  });

  it.skipIf(!hasPoppler())('the header repeats on every page', async () => {
    const { text } = inspect(await planToPdf(generatedPlan(300)));
    // Pages with table rows (the glossary may take a page of its own after the table).
    const pages = text.split('\f').filter((p) => /^\s*\d+\.\d+\s/m.test(p));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toContain('Наименование мероприятия');
  });

  it('invalid characters and huge cells do not break it', async () => {
    const plan: ExportPlan = generatedPlan(3);
    plan.items[0]!.children[0]!.title = 'Семинар\u0000\u000B для ТИК ' + 'очень длинный текст '.repeat(3000);
    const pdf = await planToPdf(plan);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
