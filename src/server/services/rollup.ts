import { matchingOccurrence, rolledUpStatus } from '../../domain/consolidation/consolidation.js';
import { dueBucket } from '../../domain/execution/occurrence-state.js';
import type { Db } from '../db/client.js';
import { cascadedItemLinks } from '../repositories/consolidation.repository.js';
import { listOccurrencesOfItems, type OccurrenceListRow } from '../repositories/occurrence.repository.js';
import { listReportStates } from '../repositories/report.repository.js';
import { groupReports, occurrenceListDto, type OccurrenceListDto } from './execution-view.js';

/**
 * Execution rolled up along cascades: a lower body's occurrence of a regional item
 * without a report of its own takes the state of the body's occurrence of the item
 * cascaded into its own plan, so the body reports once, in its own plan, and it counts
 * for the regional item (dashboard, control lists, the execution report).
 */
export async function cascadeRollup(tx: Db, planIds: string[], now: Date) {
  const links = await cascadedItemLinks(tx, planIds);
  if (!links.length) return { apply: (dto: OccurrenceListDto) => ({ dto, rolledUpFrom: null as string | null }) };
  const targetOf = new Map<string, string[]>();
  for (const l of links) {
    const key = `${l.sourceItemId}|${l.organizationId}`;
    targetOf.set(key, [...(targetOf.get(key) ?? []), l.targetItemId!]);
  }
  const rows = await listOccurrencesOfItems(
    tx,
    links.map((l) => l.targetItemId!),
  );
  const reports = groupReports(
    await listReportStates(
      tx,
      rows.map((r) => r.id),
    ),
  );
  const byItem = new Map<string, OccurrenceListRow[]>();
  for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
  return {
    apply(dto: OccurrenceListDto): { dto: OccurrenceListDto; rolledUpFrom: string | null } {
      if (!dto.organizationId || dto.current || dto.needsRework) return { dto, rolledUpFrom: null };
      const targets = targetOf.get(`${dto.itemId}|${dto.organizationId}`);
      if (!targets) return { dto, rolledUpFrom: null };
      // Only the body's own occurrences of the cascaded item (not a co-executor's).
      const candidates = targets.flatMap((id) => byItem.get(id) ?? []).filter((r) => r.organizationId === dto.organizationId);
      const match = matchingOccurrence(dto, candidates);
      if (!match) return { dto, rolledUpFrom: null };
      const theirs = occurrenceListDto(match, reports.get(match.id) ?? [], now);
      const status = rolledUpStatus(dto._status, theirs._status);
      if (status === dto._status) return { dto, rolledUpFrom: null };
      return {
        dto: {
          ...dto,
          state: status.state,
          bucket: dueBucket(status, dto.today),
          dueDate: status.dueDate,
          moved: status.moved,
          needsRework: status.needsRework,
          reportCount: theirs.reportCount,
          current: theirs.current,
          lastReportId: theirs.lastReportId,
          _status: status,
        },
        rolledUpFrom: match.id,
      };
    },
  };
}
