import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.js';

const lockModule = fileURLToPath(new URL('./data-dir-lock.ts', import.meta.url));
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planik-lock-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 999_999;
}

interface Contender {
  pid: number;
  /** 'won' or 'locked', once the child has tried. */
  outcome: Promise<string>;
  exited: Promise<void>;
  kill(): void;
}

/**
 * A separate Node process that waits until `startAt`, tries the lock, prints the
 * outcome and holds the lock for `holdMs` when it won.
 */
function contender(dataDir: string, startAt: number, holdMs: number): Contender {
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
    while (Date.now() < ${startAt}) await new Promise((r) => setTimeout(r, 1));
    try {
      acquireDataDirLock(${JSON.stringify(dataDir)});
      process.stdout.write('won\\n');
      setTimeout(() => process.exit(0), ${holdMs});
    } catch (error) {
      process.stdout.write(error.constructor.name === 'DataDirLockedError' ? 'locked\\n' : 'error ' + error.message + '\\n');
    }
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const outcome = new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', () => resolve(out.trim() || 'exited'));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid ?? -1, outcome, exited, kill: () => child.kill('SIGKILL') };
}

describe('data directory lock', () => {
  it('grants exactly one of three processes starting at once, after a crash left a lock file behind', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const dir = tempDir();
      // What a crashed owner leaves: a lock file naming a process of this host that is gone.
      writeFileSync(join(dir, 'planik.lock'), `${await deadPid()}\n${hostname()}\n2026-01-01T00:00:00Z\n`);
      const startAt = Date.now() + 1500;
      // The winner holds the lock until every racer has answered, however late it started.
      const racers = [0, 1, 2].map(() => contender(dir, startAt, 60_000));
      const outcomes = await Promise.all(racers.map((r) => r.outcome));
      for (const racer of racers) racer.kill();
      await Promise.all(racers.map((r) => r.exited));
      expect(outcomes.sort(), `trial ${trial}`).toEqual(['locked', 'locked', 'won']);
    }
  });

  it('starts when the PID in the lock file now belongs to an unrelated live process', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'planik.lock'), `${process.pid}\n${hostname()}\n2026-01-01T00:00:00Z\n`);
    const child = contender(dir, 0, 0);
    expect(await child.outcome).toBe('won');
    await child.exited;
  });

  it('is free again at once after its owner is killed with SIGKILL', async () => {
    const dir = tempDir();
    const owner = contender(dir, 0, 60_000);
    expect(await owner.outcome).toBe('won');
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    owner.kill();
    await owner.exited;
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('refuses a second holder inside the same process until the first releases', () => {
    const dir = tempDir();
    const first = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(/уже используется другим процессом Planik \(pid \d+\)/);
    first.release();
    first.release(); // idempotent
    const second = acquireDataDirLock(dir);
    second.release();
  });
});
