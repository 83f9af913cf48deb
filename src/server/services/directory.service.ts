import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { listOrganizations, listPeople, listUnits } from '../repositories/organization.repository.js';

export function createDirectoryService(db: Db) {
  return {
    async organizations(_ctx: RequestContext) {
      const rows = await listOrganizations(db);
      return rows.map((o) => ({
        id: o.id,
        kind: o.kind,
        name: o.name,
        shortName: o.shortName,
        parentId: o.parentId,
        timeZone: o.timeZone,
        defaultLocale: o.defaultLocale,
      }));
    },
    async units(_ctx: RequestContext) {
      const rows = await listUnits(db);
      return rows.map((u) => ({ id: u.id, organizationId: u.organizationId, name: u.name, shortName: u.shortName }));
    },
    async people(_ctx: RequestContext, organizationId?: string) {
      const rows = await listPeople(db, organizationId);
      return rows.map((p) => ({
        id: p.id,
        organizationId: p.organizationId,
        unitId: p.unitId,
        fullName: p.fullName,
        shortName: p.shortName,
        position: p.position,
        email: p.email,
      }));
    },
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
