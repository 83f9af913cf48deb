import { client, type Client } from '../support/http.js';
import type { TestApp } from '../support/test-app.js';
import { createOrganization, type OrganizationRow } from './organization.factory.js';
import { createUser } from './user.factory.js';

export interface Commissions {
  /** The system administrator of the demo directory (approves, closes, reads everything). */
  admin: Client;
  /** A planner of the regional commission: makes its plans (approving them is the administrator's here). */
  owner: Client;
  /** An executor of the territorial commission under it. */
  executor: Client;
  /** The commission above the region (the central one): its observers watch the region's plans. */
  central: OrganizationRow;
  region: OrganizationRow;
  tik: OrganizationRow;
  /** The territorial commission as an item's executors name it. */
  tikExecutors: { text: string; organizationId: string }[];
}

/**
 * A regional commission under a central one and a territorial one under it, the last two with a signed-in user: the setting of the plan
 * lifecycle tests (carry-over, closing, programme progress) without leaning on the demo directory's names.
 */
export async function createCommissions(t: TestApp): Promise<Commissions> {
  const db = t.database.db;
  const central = await createOrganization(db, { kind: 'cec' });
  const region = await createOrganization(db, { kind: 'regional', parentId: central.id });
  const tik = await createOrganization(db, { kind: 'territorial', parentId: region.id });
  const owner = await createUser(db, { roles: ['planner'], organizationId: region.id });
  const executor = await createUser(db, { roles: ['executor'], organizationId: tik.id });
  return {
    admin: client(t, await t.login('admin')),
    owner: client(t, await t.login(owner.login, owner.password)),
    executor: client(t, await t.login(executor.login, executor.password)),
    central,
    region,
    tik,
    tikExecutors: [{ text: tik.name, organizationId: tik.id }],
  };
}
