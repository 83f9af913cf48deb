import type { ExportPlan } from '../../documents/export/export-plan.js';
import { countItems, selectSubset } from '../../documents/export/plan-rows.js';
import { contentTypes, exportFileName, renderExport, type RenderedExport, type RenderOptions } from '../../documents/export/render-export.js';
import type { ExportFormat } from '../../shared/export-api.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { createRenderPool } from '../jobs/render-pool.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { listElectionsOfPlan } from '../repositories/plan.repository.js';
import { toExportPlan } from './export-plan.map.js';
import type { PlanService } from './plan.service.js';

/**
 * Official outputs of a plan. Reading is authorised by the plan service (an
 * export shows exactly what the caller may read); exports change nothing, so
 * they write no audit events.
 */
/** From this many rows on, DOCX and PDF are laid out in a worker thread (seconds of CPU for thousands of rows). */
const OFF_THREAD_ROWS = 300;

export function createExportService(db: Db, plans: PlanService) {
  const pool = createRenderPool();

  async function exportPlan(ctx: RequestContext, id: string): Promise<ExportPlan> {
    // Official documents show the approved text, never an amendment still being drafted.
    const plan = await plans.getOfficial(ctx, id);
    const [elections, organization] = await Promise.all([listElectionsOfPlan(db, id), findOrganization(db, plan.organizationId)]);
    return toExportPlan(plan, elections, organization ? { name: organization.name, timeZone: organization.timeZone } : null);
  }

  return {
    exportPlan,

    async render(ctx: RequestContext, id: string, format: ExportFormat, options: RenderOptions): Promise<RenderedExport> {
      const plan = await exportPlan(ctx, id);
      if ((format === 'docx' || format === 'pdf') && countItems(selectSubset(plan, options).items) >= OFF_THREAD_ROWS) {
        const { linkBase: _unused, ...documentOptions } = options;
        return { body: await pool.render(format, plan, documentOptions), contentType: contentTypes[format], fileName: exportFileName(plan.title, format) };
      }
      return renderExport(plan, format, options);
    },

    /** Stops the render worker (the app calls it on close). */
    close: () => pool.close(),

    /**
     * A published plan for anyone: always read as an anonymous caller, so a signed-in
     * visitor of the public page sees what everyone sees, and an unpublished plan is 404.
     */
    publishedPlan(ip: string | null, id: string) {
      return exportPlan({ user: null, ip }, id);
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
