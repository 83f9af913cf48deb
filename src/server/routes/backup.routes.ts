import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/responses.js';
import { createBackupStream } from '../backup/backup.js';
import type { Database } from '../db/client.js';
import type { FileStorage } from '../storage/file-storage.js';
import { AppError } from '../errors.js';
import { contextOf } from '../http/request-context.js';
import { audit } from '../services/audit.js';

export const backupRoutes =
  (database: Database, storage: FileStorage): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/backup',
      {
        schema: {
          tags: ['administration'],
          summary: 'Резервная копия базы данных и загруженных файлов (только системный администратор)',
          response: { 200: fileResponse('Резервная копия: NDJSON, сжатый gzip', 'application/gzip') },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        if (!ctx.user?.roles.includes('sysadmin')) throw new AppError('forbidden', 'Резервную копию может сделать только системный администратор');
        await database.db.transaction((tx) => audit(tx, ctx, { action: 'system.backup', entityType: 'system', entityId: null }));
        const name = `planik-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.ndjson.gz`;
        return reply
          .header('content-type', 'application/gzip')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(createBackupStream(database, storage));
      },
    );
  };
