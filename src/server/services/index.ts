import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { createAccess } from './access.service.js';
import { createAdminService } from './admin.service.js';
import { createAuditLogService } from './audit-log.service.js';
import { createAuthService } from './auth.service.js';
import { createCalendarService } from './calendar.service.js';
import { createDirectoryService } from './directory.service.js';
import { createExportService } from './export.service.js';
import { createImportService } from './import.service.js';
import { createItemService } from './item.service.js';
import { createPlanService } from './plan.service.js';
import { createTokenService } from './token.service.js';

/** Wires services over one database handle; routes receive this object. */
export function createServices(db: Db, env: Pick<Env, 'SESSION_TTL_HOURS' | 'IMPORT_MAX_BYTES'>) {
  const access = createAccess();
  const plans = createPlanService(db, access);
  const planExports = createExportService(db, plans);
  return {
    access,
    auth: createAuthService(db, { sessionTtlHours: env.SESSION_TTL_HOURS }),
    plans,
    tokens: createTokenService(db),
    imports: createImportService(db, access, plans, { maxBytes: env.IMPORT_MAX_BYTES }),
    items: createItemService(db, access),
    directory: createDirectoryService(db),
    admin: createAdminService(db, access),
    auditLog: createAuditLogService(db),
    exports: planExports,
    calendars: createCalendarService(db, access, plans, planExports),
  };
}

export type Services = ReturnType<typeof createServices>;
