import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { createBackupStream } from '../server/backup/backup.js';
import { restoreBackup } from '../server/backup/restore.js';
import { openConfiguredDatabase } from '../server/db/open-database.js';
import { parseEnv } from '../server/env.js';
import { configuredFileStorage } from '../server/storage/file-storage.js';

/**
 * `planik backup FILE` / `planik restore FILE`. With the embedded database the
 * server holds the data directory, so these run while it is stopped (or use
 * GET /api/admin/backup on a running server); with PostgreSQL they run any time.
 */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('Сохранить согласованную резервную копию базы данных и загруженных файлов в файл (.ndjson.gz)')
    .action(async (file: string) => {
      const env = parseEnv();
      const opened = await openConfiguredDatabase(env);
      const partial = `${file}.partial`;
      try {
        await pipeline(createBackupStream(opened.database, configuredFileStorage(env, opened.database.db)), createWriteStream(partial));
        await rename(partial, file);
        console.log(`Резервная копия сохранена: ${file}`);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      } finally {
        await opened.close();
      }
    });

  program
    .command('restore <file>')
    .description('Восстановить резервную копию в пустую базу данных (DATA_DIR или DATABASE_URL)')
    .action(async (file: string) => {
      const env = parseEnv();
      const opened = await openConfiguredDatabase(env);
      try {
        const { storedFiles, ...counts } = await restoreBackup(
          opened.database,
          createReadStream(file),
          { ip: 'cli' },
          configuredFileStorage(env, opened.database.db),
        );
        console.log(
          `Восстановлено: ${Object.entries(counts)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}; файлов: ${storedFiles ?? 0}`,
        );
      } finally {
        await opened.close();
      }
    });
}
