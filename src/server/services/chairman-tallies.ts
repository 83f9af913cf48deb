import { chairmanRows, type ChairmanRow, type ChairmanWindow } from '../repositories/chairman-tally.repository.js';
import { regionLevelExecutionTallies, type RegionLevelTallyRow } from '../repositories/execution-tally.repository.js';
import { cachedChairmanRows, cachedRegionLevelTallies } from '../repositories/plan-tally-cache.repository.js';
import type { Db } from '../db/client.js';

/** Where the chairman's page takes its figures: the same rows either way, from the cache or classified live. */
export interface ChairmanTallies {
  regionLevel(db: Db, planIds: string[], today: ReadonlyMap<string, string>, w: ChairmanWindow): Promise<RegionLevelTallyRow[]>;
  summary(db: Db, planIds: string[], today: ReadonlyMap<string, string>, w: ChairmanWindow): Promise<ChairmanRow[]>;
}

/** The per-plan cache (`plan-tally-cache.repository.ts`): stale plans recomputed, then summed. What the app serves. */
export const cachedTallies: ChairmanTallies = {
  regionLevel: async (db, planIds, today, w) => (await cachedRegionLevelTallies(db, planIds, today, w)).rows,
  summary: async (db, planIds, today, w) => (await cachedChairmanRows(db, planIds, today, w)).rows,
};

/** Every occurrence classified on the spot: the reference the cache is held to. */
export const liveTallies: ChairmanTallies = {
  regionLevel: (db, planIds, today) => regionLevelExecutionTallies(db, planIds, today),
  summary: chairmanRows,
};
