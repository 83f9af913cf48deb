import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tryLock, unlock } from 'fs-native-extensions';

/**
 * PGlite has no inter-process lock: two processes on one data dir silently lose
 * writes. We hold an OS lock on `planik.lock` for the life of the process
 * (open-file-description lock on Linux, flock on macOS, LockFileEx on Windows,
 * through fs-native-extensions' prebuilt binding). The kernel grants it to one
 * process only and drops it when the process dies, even by kill -9, so there is
 * no stale-lock guessing: the PID written into the file is for people only.
 * The file is never deleted: unlinking it would let a newcomer lock a fresh
 * inode while the owner still holds the old one.
 */
export class DataDirLockedError extends Error {}

export interface DataDirLock {
  release(): void;
}

function describeOwner(path: string): string {
  try {
    const pid = readFileSync(path, 'utf8').split('\n')[0]?.trim();
    return pid ? ` (pid ${pid})` : '';
  } catch {
    return '';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'planik.lock');
  // 'a+' creates the file when missing and never truncates someone else's note.
  const fd = openSync(path, 'a+');
  let granted = false;
  try {
    granted = tryLock(fd);
  } finally {
    if (!granted) closeSync(fd);
  }
  if (!granted) {
    throw new DataDirLockedError(
      `Каталог данных ${dataDir} уже используется другим процессом Planik${describeOwner(path)}. ` + 'Остановите его или укажите другой DATA_DIR.',
    );
  }
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        ftruncateSync(fd, 0);
        unlock(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}
