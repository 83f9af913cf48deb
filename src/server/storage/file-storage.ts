import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Db } from '../db/client.js';
import { databaseFileStorage } from './database-storage.js';

/**
 * Where the bytes of uploaded files live. The database keeps name, type, size and
 * checksum; a storage keeps the content under a key. Content-addressed keys
 * (by SHA-256) make a repeated upload of the same file cost no space.
 */
export interface FileStorage {
  /**
   * Stores the bytes under the key unless they are there already. `handle`: the
   * caller's open transaction, for storages that live in the database.
   */
  put(key: string, bytes: Buffer, handle?: Db): Promise<void>;
  open(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  describe: string;
}

export function storageKeyFor(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/**
 * The storage of a configured instance. `database` (the default) keeps files in
 * the database, so several instances on one PostgreSQL share them; files an
 * older version wrote to DATA_DIR/files are still read from there. `disk` keeps
 * them in DATA_DIR/files only (one instance, or a directory every instance mounts).
 */
export function configuredFileStorage(env: { DATA_DIR: string; FILE_STORAGE: 'database' | 'disk' }, db: Db): FileStorage {
  const disk = diskFileStorage(join(env.DATA_DIR, 'files'));
  return env.FILE_STORAGE === 'disk' ? disk : databaseFileStorage(db, { fallback: disk });
}

/** Files on the local disk under `root` (DATA_DIR/files): written to a temporary name, then renamed. */
export function diskFileStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!/^[a-z0-9/]+$/.test(key) || key.includes('..')) throw new Error(`invalid storage key ${key}`);
    return join(base, key);
  };
  return {
    describe: `диск: ${base}`,
    async put(key, bytes) {
      const path = pathOf(key);
      try {
        const s = await stat(path);
        if (s.size === bytes.length) return;
      } catch {
        // not stored yet
      }
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
      await writeFile(tmp, bytes, { flag: 'wx' });
      await rename(tmp, path);
    },
    async open(key) {
      const path = pathOf(key);
      await stat(path);
      return createReadStream(path);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/** Keeps files in memory (tests and throw-away instances). */
export function memoryFileStorage(): FileStorage {
  const store = new Map<string, Buffer>();
  return {
    describe: 'память',
    async put(key, bytes) {
      if (!store.has(key)) store.set(key, Buffer.from(bytes));
    },
    async open(key) {
      const bytes = store.get(key);
      if (!bytes) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const { Readable } = await import('node:stream');
      return Readable.from([bytes]);
    },
    async remove(key) {
      store.delete(key);
    },
  };
}
