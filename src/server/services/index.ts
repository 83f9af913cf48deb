import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { createAccess } from './access.service.js';
import { createAuthService } from './auth.service.js';
import { createDirectoryService } from './directory.service.js';
import { createItemService } from './item.service.js';
import { createPlanService } from './plan.service.js';

/** Wires services over one database handle; routes receive this object. */
export function createServices(db: Db, env: Pick<Env, 'SESSION_TTL_HOURS'>) {
  const access = createAccess();
  return {
    access,
    auth: createAuthService(db, { sessionTtlHours: env.SESSION_TTL_HOURS }),
    plans: createPlanService(db, access),
    items: createItemService(db, access),
    directory: createDirectoryService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
