import type { Db } from '../db/client.js';
import type { OccurrenceListRow } from '../repositories/occurrence.repository.js';
import type { Access } from './access.service.js';
import { type ExecutionDeps } from './execution-access.js';
import { createExecutionDashboard } from './execution-dashboard.js';
import { createExecutionElections } from './execution-elections.js';
import { createExecutionFiles } from './execution-files.js';
import { createExecutionSubmission } from './execution-submission.js';
import type { OccurrenceListDto } from './execution-view.js';

export { assigneeOf, type ExecutionDeps } from './execution-access.js';
export { fileDto, tooLarge } from './execution-files.js';
export { reportDto } from './execution-submission.js';

/**
 * Execution control, one service in four parts along its seams: submission (occurrences, reports, reviews,
 * indicators), files, the plan's dashboard, and attaching elections.
 */
export function createExecutionService(db: Db, access: Access, deps: ExecutionDeps) {
  const files = createExecutionFiles(db, access, deps);
  const { checkFiles: _checkFiles, ...fileRoutes } = files;
  return {
    ...createExecutionSubmission(db, access, deps, files),
    ...fileRoutes,
    ...createExecutionDashboard(db, access, deps),
    ...createExecutionElections(db, access),
  };
}

export type ExecutionService = ReturnType<typeof createExecutionService>;
export type { OccurrenceListDto, OccurrenceListRow };
