import type { ImportOverrides, PlanDraft } from '../../../../shared/plan-format';

export interface ImportRecord {
  id: string;
  fileName: string;
  draft: PlanDraft;
  /** The corrections the draft was last re-read with, kept by the server (`{}` for the first reading). */
  overrides: ImportOverrides;
  createdAt: string;
}
