import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { seedDemoDirectory } from './seed-demo.js';

/**
 * Seeds the demo organisations and users. The seed plans are added here once the importer exists.
 */
export async function seedDemo(db: Db, _env: Pick<Env, 'SESSION_TTL_HOURS'>): Promise<string> {
  const directory = await seedDemoDirectory(db);
  return `организаций: ${directory.organizationIds.size}, пользователей: ${directory.userIds.size}`;
}
