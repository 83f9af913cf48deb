import { describe, expect, it } from 'vitest';
import {
  damagedDocx,
  encryptedCfb,
  garbage,
  legacyDoc,
  lyingZip,
  manyEntriesZip,
  smallDocx,
  truncatedDocx,
  zipBomb,
  zipEncryptedEntries,
} from '../../../test/fixtures/bad-files.fixture.js';
import { ImportError, type ImportErrorCode } from './import-error.js';
import { importPlan } from './import-plan.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const STALL_MS = 15_000;

async function expectFailure(bytes: Uint8Array, code: ImportErrorCode, options = {}): Promise<ImportError> {
  const started = performance.now();
  const error = await importPlan(bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  const elapsed = performance.now() - started;
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  expect((error as ImportError).message).toMatch(/[а-яё]/i);
  // A guard against a stall (a quadratic reading, a zip bomb unpacked), not a speed target: those live in bench/.
  // Generous so that a loaded CI machine never trips it; a stall takes minutes.
  expect(elapsed).toBeLessThan(STALL_MS);
  return error as ImportError;
}

describe('bad input gives a clear ImportError quickly', () => {
  it('empty file', async () => {
    await expectFailure(new Uint8Array(0), 'import_empty');
    await expectFailure(encode('  \n\t\n  '), 'import_empty');
  });

  it('binary garbage', async () => {
    await expectFailure(garbage(64 * 1024), 'import_unreadable');
    await expectFailure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'import_unreadable');
  });

  it('PDF and RTF are named as unsupported', async () => {
    const pdf = await expectFailure(encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'import_unreadable');
    expect(pdf.message).toContain('PDF');
    const rtf = await expectFailure(encode('{\\rtf1\\ansi План}'), 'import_unreadable');
    expect(rtf.message).toContain('RTF');
  });

  it('corrupt DOCX: truncated or with damaged content', async () => {
    await expectFailure(await truncatedDocx(), 'import_unreadable');
    await expectFailure(await damagedDocx(), 'import_unreadable');
    await expectFailure(encode('PK\u0003\u0004 not really a zip'), 'import_unreadable');
  });

  it('encrypted DOCX (OLE container) and encrypted ZIP entries', async () => {
    await expectFailure(encryptedCfb(), 'import_encrypted');
    await expectFailure(await zipEncryptedEntries(), 'import_encrypted');
  });

  it('legacy .doc is refused with advice to save as DOCX', async () => {
    const error = await expectFailure(legacyDoc(), 'import_unreadable');
    expect(error.message).toContain('DOCX');
  });

  it('ZIP bombs: high ratio, lying sizes, too many entries', async () => {
    await expectFailure(await zipBomb(), 'import_unreadable');
    await expectFailure(await lyingZip(), 'import_unreadable');
    await expectFailure(await manyEntriesZip(), 'import_unreadable');
  });

  it('oversize upload, by default limit and by option', async () => {
    await expectFailure(new Uint8Array(21 * 1024 * 1024), 'import_too_large');
    const error = await expectFailure(await smallDocx(), 'import_too_large', { maxBytes: 1000 });
    expect(error.message).toContain('МБ');
  });

  it('a text that is not a plan', async () => {
    await expectFailure(encode('Уважаемые коллеги!\nНаправляем информацию о проведённом семинаре.\nС уважением, секретарь.'), 'import_not_a_plan');
  });

  it('a valid small DOCX still imports', async () => {
    const draft = await importPlan(await smallDocx());
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]).toMatchObject({ number: '1', title: 'Совещание', deadline: { text: 'Январь' } });
  });
});

describe('size guards keep the importer linear', () => {
  it('refuses a file with more lines than any plan has', async () => {
    await expectFailure(encode('1. А\n'.repeat(150_000)), 'import_too_large');
  });

  it('markup without closing brackets does not stall the reader', async () => {
    const started = performance.now();
    await expectFailure(encode(`<html><body><table><tr><td>${'<a'.repeat(400_000)}</td></tr></table>`), 'import_not_a_plan');
    await expectFailure(encode(`<!DOCTYPE html>${'<span>'.repeat(100_000)}`), 'import_not_a_plan');
    expect(performance.now() - started).toBeLessThan(STALL_MS);
  });

  it('a row continued thousands of times stays fast', async () => {
    const lines = ['План работы на 2024 год', '№\tНаименование\tСрок\tИсполнители', '1\tНачало\tЯнварь\tТИК'];
    for (let i = 0; i < 5000; i++) lines.push(`\tпродолжение строки ${i}\t\tУИК`);
    const free = ['План работы на 2024 год', '1. Первый', '2. Второй', '3. Третий'];
    for (let i = 0; i < 20_000; i++) free.push('продолжение названия третьего пункта');
    const started = performance.now();
    const [table, freeDraft] = await Promise.allSettled([importPlan(encode(lines.join('\n'))), importPlan(encode(free.join('\n')))]);
    expect(performance.now() - started).toBeLessThan(STALL_MS);
    // Both rows end up far over the text limits (docs/plan-format.md): refused with the row named, never cut.
    expect(table).toMatchObject({
      status: 'rejected',
      reason: { code: 'import_too_large', message: expect.stringMatching(/^Строка 3: у пункта 5.001 исполнителей/) },
    });
    expect(freeDraft).toMatchObject({
      status: 'rejected',
      reason: { code: 'import_too_large', message: expect.stringMatching(/слишком длинный \(\d{3}.\d{3} символов/) },
    });
  });
});
