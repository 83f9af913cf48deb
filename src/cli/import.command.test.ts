import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planDraftSchema, type PlanDraft } from '../shared/plan-format.js';
import { importDeps } from './import-deps.js';
import { registerImportCommand, runImportCommand } from './import.command.js';

const seeds = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));
const training = join(seeds, 'kuzbass-training-plan-2022.txt');

describe('planik import', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('--json prints the interchange draft', async () => {
    const out = await runImportCommand(training, { json: true });
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    const draft = planDraftSchema.parse(JSON.parse(out.stdout));
    expect(draft.title).toMatch(/^Сводный план основных мероприятий/);
    expect(draft.items).toHaveLength(3);
  });

  it('--json and the summary never open the database (a running server holds its lock)', async () => {
    const opened: string[] = [];
    const deps = {
      loadDirectory: async () => {
        opened.push('directory');
        throw new Error('the data directory is locked by a running server');
      },
      saveDraft: async () => {
        opened.push('save');
        return 'never';
      },
    };
    const json = await runImportCommand(training, { json: true }, deps);
    const text = await runImportCommand(training, {}, deps);
    expect(json.exitCode).toBe(0);
    expect(planDraftSchema.parse(JSON.parse(json.stdout)).items).toHaveLength(3);
    expect(text.stdout).toContain('Разделов: 12');
    expect(opened).toEqual([]);
  });

  it('--json works with the real database hooks while another process holds the data-directory lock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'planik-import-'));
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    // The lock of a live process other than this one, as a running `planik serve` leaves it.
    writeFileSync(join(dataDir, 'planik.lock'), `${process.ppid}\n${hostname()}\n${new Date().toISOString()}\n`);
    try {
      process.env.DATA_DIR = dataDir;
      delete process.env.DATABASE_URL;
      const out = await runImportCommand(training, { json: true }, importDeps);
      expect(out.stderr).toBe('');
      expect(out.exitCode).toBe(0);
      expect(planDraftSchema.parse(JSON.parse(out.stdout)).title).toMatch(/^Сводный план/);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('prints a Russian summary without --json', async () => {
    const out = await runImportCommand(training);
    expect(out.stdout).toContain('Разделов: 12, пунктов: 47');
    expect(out.stdout).toContain('Утверждён: Избирательная комиссия Кемеровской области – Кузбасса от 2021-12-27 № 3/20-7');
  });

  it('reports import errors with their code and exit code 1', async () => {
    const out = await runImportCommand('empty.txt', { json: true }, { readFile: async () => new Uint8Array(0) });
    expect(out).toMatchObject({ stdout: '', exitCode: 1 });
    expect(out.stderr).toContain('import_empty');
  });

  it('reports a missing file and bad options as usage errors', async () => {
    expect((await runImportCommand(join(seeds, 'нет-такого.txt'))).exitCode).toBe(2);
    expect((await runImportCommand(training, { maxBytes: 'много' })).exitCode).toBe(2);
    const noSaving = await runImportCommand(training, { org: 'org-1' });
    expect(noSaving.exitCode).toBe(2);
    expect(noSaving.stderr).toContain('--json');
  });

  it('--org hands the draft to the saving hook with the directory', async () => {
    const saved: [PlanDraft, string][] = [];
    const out = await runImportCommand(
      training,
      { org: 'org-1' },
      {
        saveDraft: async (draft, org) => {
          saved.push([draft, org]);
          return 'plan-42';
        },
        loadDirectory: async () => ({ organizations: [{ name: 'Избирательная комиссия Кемеровской области – Кузбасса', shortName: 'ИККО' }] }),
      },
    );
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('plan-42');
    expect(saved[0]![1]).toBe('org-1');
  });

  it('is registered on a commander program', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const program = new Command().exitOverride();
    registerImportCommand(program);
    await program.parseAsync(['node', 'planik', 'import', training, '--json']);
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    write.mockRestore();
    expect(JSON.parse(printed).kind).toBe('consolidated');
    expect(process.exitCode).toBe(0);
  });
});
