import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** LibreOffice's command-line binary, or null when it is not installed. */
export const soffice: string | null = onPath('soffice') ?? onPath('libreoffice');
export const pdftoppm: string | null = onPath('pdftoppm');
/** Calc, which XLSX → PDF needs (Writer alone converts only text documents). */
export const sofficeCalc: boolean =
  soffice !== null && ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'].some((p) => existsSync(p));
export const MISSING_CALC = 'LibreOffice Calc не установлен: проверка XLSX → PDF пропущена (apt-get install -y libreoffice-calc-nogui)';
export const MISSING_SOFFICE = 'LibreOffice (soffice) не установлен: проверка DOCX → PDF пропущена (apt-get install -y libreoffice-writer-nogui)';

/**
 * Converts DOCX (or XLSX) files to PDF in one LibreOffice run (one start-up for all
 * files) with a throw-away profile, so parallel runs do not share a profile lock.
 */
export async function convertToPdf(files: string[], outDir: string): Promise<void> {
  if (!soffice) throw new Error(MISSING_SOFFICE);
  const profile = await mkdtemp(join(tmpdir(), 'planik-lo-'));
  try {
    await run(
      soffice,
      ['--headless', '--norestore', '--nologo', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files],
      {
        timeout: 180_000,
      },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Page 1 of a PDF as `<pngBase>.png`. */
export async function renderFirstPage(pdf: string, pngBase: string, dpi = 80): Promise<string> {
  if (!pdftoppm) throw new Error('pdftoppm (poppler-utils) не установлен');
  await run(pdftoppm, ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
  return `${pngBase}.png`;
}

export async function pdfInfo(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run(onPath('pdfinfo') ?? 'pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout);
  return { pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0), width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
}

/** The text of a PDF (or of pages `first`..`last`), as pdftotext reads it. */
export async function pdfText(pdf: string, first?: number, last?: number): Promise<string> {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  const { stdout } = await run(onPath('pdftotext') ?? 'pdftotext', [...range, pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
