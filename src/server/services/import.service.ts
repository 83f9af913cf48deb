import { canAnywhere } from '../../domain/auth/policy.js';
import { isImportError } from '../../documents/import/import-error.js';
import { overridesProblem } from '../../documents/import/records/overrides-check.js';
import { importOverridesSchema, type ImportOverrides, type PlanDraft } from '../../shared/plan-format.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { createImportPool } from '../jobs/import-pool.js';
import type { RequestContext } from '../http/request-context.js';
import { deleteImport, findImport, insertImport, updateImportDraft, updateImportReading, type ImportRow } from '../repositories/import.repository.js';
import { findOrganization, listOrganizations, listPeople } from '../repositories/organization.repository.js';
import type { Access } from './access.service.js';
import { audit } from './audit.js';
import type { PlanService } from './plan.service.js';

/** Only the lists that hold something: `{}` is «no corrections», the first reading. */
function compactOverrides(o: ImportOverrides): ImportOverrides {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => Array.isArray(v) && v.length > 0)) as ImportOverrides;
}

function storedOverrides(row: ImportRow): ImportOverrides {
  // Written only by `reread` after validation; a row from before the column reads as `{}`.
  const parsed = importOverridesSchema.safeParse(row.overrides ?? {});
  return parsed.success ? parsed.data : {};
}

function importDto(row: ImportRow) {
  return {
    id: row.id,
    organizationId: row.organizationId,
    fileName: row.fileName,
    draft: row.draft as unknown as PlanDraft,
    overrides: storedOverrides(row),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The draft's own size, not the file's: summaries for the audit trail. */
function draftSummary(draft: PlanDraft) {
  let items = 0;
  const walk = (list: PlanDraft['items']) => list.forEach((i) => (items++, walk(i.children)));
  walk(draft.items);
  return { title: draft.title, kind: draft.kind, items, warnings: draft.warnings.length };
}

function overridesSummary(o: ImportOverrides) {
  return {
    columns: o.columns?.length ?? 0,
    sectionRows: o.sectionRows?.length ?? 0,
    deleteRows: o.deleteRows?.length ?? 0,
    mergeRows: o.mergeRows?.length ?? 0,
    splitRows: o.splitRows?.length ?? 0,
  };
}

/**
 * Pending imports: a preview that is stored but is not yet a plan. Confirming
 * creates the plan and removes the pending import in one transaction.
 */
export function createImportService(db: Db, access: Access, plans: PlanService, options: { maxBytes: number }) {
  // Parsing runs on worker threads: a big document must not hold the event loop.
  const pool = createImportPool();
  async function loadOwn(tx: Db, ctx: RequestContext, id: string) {
    const row = await findImport(tx, id);
    // Someone else's pending import is not even acknowledged.
    if (!row || !ctx.user) throw new AppError('import_not_found', 'Импорт не найден');
    const relations = await access.orgRelations(tx, ctx.user, row.organizationId);
    const mine = row.createdBy === ctx.user.id || canAnywhere(ctx.user, 'read', 'import') || relations.has('own');
    if (!mine) throw new AppError('import_not_found', 'Импорт не найден');
    await access.assertOrg(tx, ctx.user, row.organizationId, 'create', 'import');
    return row;
  }

  async function parse(bytes: Uint8Array, fileName: string, overrides?: ImportOverrides): Promise<PlanDraft> {
    const [orgs, people] = await Promise.all([listOrganizations(db), listPeople(db)]);
    try {
      return await pool.parse(bytes, {
        fileName,
        maxBytes: options.maxBytes,
        directory: { organizations: orgs.map((o) => ({ name: o.name, shortName: o.shortName })), people: people.map((p) => ({ name: p.shortName })) },
        // No corrections is the first reading: `{}` would still switch a free-text reading to the table path.
        ...(overrides && Object.keys(overrides).length > 0 ? { overrides } : {}),
      });
    } catch (error) {
      if (isImportError(error)) throw new AppError(error.code, error.message);
      throw error;
    }
  }

  return {
    async create(ctx: RequestContext, input: { bytes: Uint8Array; fileName: string; organizationId?: string | undefined }) {
      const organizationId = input.organizationId ?? ctx.user?.organizationId;
      if (!organizationId || !(await findOrganization(db, organizationId))) throw new AppError('organization_not_found', 'Организация не найдена');
      await access.assertOrg(db, ctx.user, organizationId, 'create', 'import');
      const draft = await parse(input.bytes, input.fileName);
      return db.transaction(async (tx) => {
        const row = await insertImport(tx, {
          organizationId,
          createdBy: ctx.user?.id ?? null,
          fileName: input.fileName,
          draft: draft as unknown as Record<string, unknown>,
          // Kept only when the reading can be corrected: a JSON draft has no rows to re-read.
          sourceFile: draft.source ? Buffer.from(input.bytes).toString('base64') : null,
        });
        await audit(tx, ctx, {
          action: 'import.create',
          entityType: 'import',
          entityId: row.id,
          after: { fileName: input.fileName, size: input.bytes.length, ...draftSummary(draft) },
        });
        return importDto(row);
      });
    },

    async get(ctx: RequestContext, id: string) {
      return importDto(await loadOwn(db, ctx, id));
    },

    async update(ctx: RequestContext, id: string, draft: PlanDraft) {
      return db.transaction(async (tx) => {
        const row = await loadOwn(tx, ctx, id);
        const updated = await updateImportDraft(tx, id, draft as unknown as Record<string, unknown>);
        await audit(tx, ctx, {
          action: 'import.update',
          entityType: 'import',
          entityId: id,
          before: draftSummary(row.draft as unknown as PlanDraft),
          after: draftSummary(draft),
        });
        return importDto(updated);
      });
    },

    /**
     * Reads the kept file again with the wizard's corrections and replaces the draft. The
     * corrections refer to the rows of the first reading (`draft.source`), which a re-read
     * keeps unchanged, so the wizard always sends the whole set, not a difference.
     */
    async reread(ctx: RequestContext, id: string, overrides: ImportOverrides) {
      const found = await loadOwn(db, ctx, id);
      const source = (found.draft as unknown as PlanDraft).source;
      if (!found.sourceFile || !source) {
        throw new AppError('validation_failed', 'Этот импорт нельзя перечитать: исходный файл не сохранен или в нем нет строк таблицы. Загрузите файл заново.');
      }
      const problem = overridesProblem(source, overrides);
      if (problem) throw new AppError('validation_failed', problem);
      const kept = compactOverrides(overrides);
      const draft = await parse(Buffer.from(found.sourceFile, 'base64'), found.fileName, kept);
      return db.transaction(async (tx) => {
        // Checked again inside the transaction: the import may have been confirmed or removed meanwhile.
        const row = await loadOwn(tx, ctx, id);
        const updated = await updateImportReading(tx, id, draft as unknown as Record<string, unknown>, kept as Record<string, unknown>);
        await audit(tx, ctx, {
          action: 'import.update',
          entityType: 'import',
          entityId: id,
          before: { ...draftSummary(row.draft as unknown as PlanDraft), overrides: overridesSummary(storedOverrides(row)) },
          after: { ...draftSummary(draft), overrides: overridesSummary(kept) },
        });
        return importDto(updated);
      });
    },

    async confirm(ctx: RequestContext, id: string, input: { draft?: PlanDraft | undefined; organizationId?: string | undefined }) {
      return db.transaction(async (tx) => {
        const row = await loadOwn(tx, ctx, id);
        const draft = input.draft ?? (row.draft as unknown as PlanDraft);
        const plan = await plans.createFromDraftIn(tx, ctx, input.organizationId ?? row.organizationId, draft, { importId: id, fileName: row.fileName });
        await deleteImport(tx, id);
        await audit(tx, ctx, { action: 'import.confirm', entityType: 'import', entityId: id, planId: plan.id, after: { planId: plan.id } });
        return { plan, itemCount: plan.itemCount };
      });
    },

    /** Stops the import workers (the app calls it on close). */
    close: () => pool.close(),

    async remove(ctx: RequestContext, id: string) {
      await db.transaction(async (tx) => {
        const row = await loadOwn(tx, ctx, id);
        await deleteImport(tx, id);
        await audit(tx, ctx, { action: 'import.delete', entityType: 'import', entityId: id, before: { fileName: row.fileName } });
      });
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
