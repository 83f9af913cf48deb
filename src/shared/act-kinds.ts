/**
 * Kinds of the act that approves a plan, as Russian documents name them. A module of its own
 * (no zod) so the web client can list them without pulling the contract schemas in.
 */
export const approvalActKinds = ['постановление', 'решение', 'распоряжение', 'протокол', 'приказ'] as const;
export type ApprovalActKind = (typeof approvalActKinds)[number];
