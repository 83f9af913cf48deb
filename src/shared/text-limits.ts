/**
 * The longest text each field of a plan may hold, in characters, at every
 * entry point (API requests, the interchange JSON, the importer's output) —
 * docs/plan-format.md, «Limits». Far above anything a real plan writes (the
 * longest item in the seed plans is about 1 500 characters) and low enough
 * that one row cannot make a page, an export or a search index unusable.
 */
export const TEXT_LIMITS = {
  planTitle: 2_000,
  planDescription: 100_000,
  itemTitle: 4_000,
  /** One value of the plan's own columns (legal basis, result, financing …). */
  fieldValue: 10_000,
  fieldKey: 100,
  /** Columns per plan and field values per item. */
  fieldCount: 100,
  notes: 20_000,
  deadlineText: 2_000,
  executorText: 1_000,
  executorsPerItem: 200,
  itemNumber: 50,
  abbreviationShort: 200,
  abbreviationFull: 2_000,
  abbreviationCount: 1_000,
  approvalAuthority: 1_000,
  approvalNumber: 100,
  approvalAppendix: 20,
  columnTitle: 500,
  warningMessage: 10_000,
  electionName: 500,
} as const;

/** The standard Russian message for a text over its limit. */
export const tooLongMessage = (max: number) => `Не длиннее ${max.toLocaleString('ru-RU')} символов`;
