import type { PlanDraft } from '../../../../shared/plan-format';

export interface ImportRecord {
  id: string;
  fileName: string;
  draft: PlanDraft;
  createdAt: string;
}
