import type { ExportPlan } from '../../documents/export/export-plan.js';
import { renderExport, type RenderOptions } from '../../documents/export/render-export.js';
import type { ExportFormat } from '../../shared/export-api.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { findOrganization } from '../repositories/organization.repository.js';
import { listElectionsOfPlan } from '../repositories/plan.repository.js';
import { toExportPlan } from './export-plan.map.js';
import type { PlanService } from './plan.service.js';

/**
 * Official outputs of a plan. Reading is authorised by the plan service (an
 * export shows exactly what the caller may read); exports change nothing, so
 * they write no audit events.
 */
export function createExportService(db: Db, plans: PlanService) {
  async function exportPlan(ctx: RequestContext, id: string): Promise<ExportPlan> {
    const plan = await plans.get(ctx, id);
    const [elections, organization] = await Promise.all([listElectionsOfPlan(db, id), findOrganization(db, plan.organizationId)]);
    return toExportPlan(plan, elections, organization ? { name: organization.name, timeZone: organization.timeZone } : null);
  }

  return {
    exportPlan,

    async render(ctx: RequestContext, id: string, format: ExportFormat, options: RenderOptions) {
      return renderExport(await exportPlan(ctx, id), format, options);
    },

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
