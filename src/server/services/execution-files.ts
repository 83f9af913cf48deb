import { createHash } from 'node:crypto';
import { can, type Relation } from '../../domain/auth/policy.js';
import { sniffFileType } from '../../domain/execution/file-type.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { RequestContext, SessionUser } from '../http/request-context.js';
import { fileIdsOfOccurrence, findFile, insertFile, listFiles, reportsWithFile, type FileRow } from '../repositories/report.repository.js';
import { storageKeyFor } from '../storage/file-storage.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import { createOccurrenceAccess, type ExecutionDeps } from './execution-access.js';

export function fileDto(f: FileRow) {
  return { id: f.id, name: f.name, contentType: f.contentType, size: f.size, sha256: f.sha256, createdAt: f.createdAt.toISOString() };
}

export function tooLarge(max: number) {
  return new AppError(
    'file_too_large',
    `Файл слишком большой: допускается не более ${Math.round((max / 1024 / 1024) * 10) / 10} МБ. Остальные поля отчета сохранены в форме.`,
    { field: 'file', maxBytes: max },
  );
}

/**
 * Files attached to reports: upload (type judged by content, executables refused) and download for those who may
 * read a report the file is attached to.
 */
export function createExecutionFiles(db: Db, access: Access, deps: ExecutionDeps) {
  const { loadOccurrence } = createOccurrenceAccess(access);

  async function checkFiles(tx: Db, user: SessionUser, occurrenceId: string, fileIds: string[]) {
    if (!fileIds.length) return;
    const unique = [...new Set(fileIds)];
    const rows = await listFiles(tx, unique);
    const attachedHere = rows.some((f) => f.createdBy !== user.id) ? await fileIdsOfOccurrence(tx, occurrenceId) : new Set<string>();
    for (const id of unique) {
      const f = rows.find((r) => r.id === id);
      if (!f || (f.createdBy !== user.id && !attachedHere.has(id))) {
        throw new AppError('validation_failed', 'Файл не найден: загрузите его снова', { field: 'fileIds' });
      }
    }
  }

  return {
    checkFiles,

    /** Stores an uploaded file (type judged by content, executables refused) for a report to come. */
    async upload(ctx: RequestContext, input: { bytes: Buffer; name: string }) {
      const user = ctx.user!;
      if (!can(user, 'report', 'item', new Set<Relation>(['assigned']))) throw new AppError('forbidden', 'Прикладывать файлы к отчетам могут исполнители');
      if (input.bytes.length > deps.uploadMaxBytes) throw tooLarge(deps.uploadMaxBytes);
      const name = (input.name || 'файл').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255);
      const sniffed = sniffFileType(input.bytes, name);
      if (!sniffed.ok) throw new AppError('file_type_refused', sniffed.message, { field: 'file', reason: sniffed.reason });
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      const storageKey = storageKeyFor(sha256);
      await deps.storage.put(storageKey, input.bytes);
      return db.transaction(async (tx) => {
        const row = await insertFile(tx, { sha256, name, contentType: sniffed.contentType, size: input.bytes.length, storageKey, createdBy: user.id });
        await audit(tx, ctx, { action: 'file.upload', entityType: 'file', entityId: row.id, after: fileDto(row) });
        return fileDto(row);
      });
    },

    /** A file may be downloaded by its uploader and by whoever may read a report it is attached to. */
    async download(ctx: RequestContext, id: string) {
      const file = await findFile(db, id);
      if (!file) throw new AppError('file_not_found', 'Файл не найден');
      let allowed = ctx.user !== null && file.createdBy === ctx.user.id;
      if (!allowed) {
        for (const r of await reportsWithFile(db, id)) {
          try {
            await loadOccurrence(db, ctx.user, r.occurrenceId, 'read');
            allowed = true;
            break;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
        }
      }
      if (!allowed) throw new AppError('file_not_found', 'Файл не найден');
      try {
        return { file: fileDto(file), stream: await deps.storage.open(file.storageKey) };
      } catch {
        throw new AppError('file_not_found', 'Содержимое файла недоступно в хранилище');
      }
    },
  };
}
