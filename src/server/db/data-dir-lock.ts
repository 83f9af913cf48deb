import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no inter-process lock: two processes on one data dir silently lose
 * writes. We hold an exclusive lock file (created with O_EXCL, so exactly one
 * process wins) and treat it as stale only when its owner process is gone.
 * Hand-written instead of proper-lockfile because that library's mtime-based
 * staleness would make a restart after a crash wait for the stale timeout.
 */
export class DataDirLockedError extends Error {}

export interface DataDirLock {
  release(): void;
}

function ownerAlive(content: string): boolean {
  const [pidText, host] = content.split('\n');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (host && host !== hostname()) return true; // cannot check another host: assume alive
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'planik.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (readFileSync(path, 'utf8').startsWith(`${process.pid}\n`)) rmSync(path);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let content = '';
      try {
        content = readFileSync(path, 'utf8');
      } catch {
        continue; // removed between our open and read: retry
      }
      if (ownerAlive(content)) {
        const pid = content.split('\n')[0];
        throw new DataDirLockedError(
          `Каталог данных ${dataDir} уже используется другим процессом Planik (pid ${pid}). ` +
            'Остановите его или укажите другой DATA_DIR.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Не удалось захватить блокировку каталога данных ${dataDir}`);
}
