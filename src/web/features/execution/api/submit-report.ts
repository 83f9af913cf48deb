import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Report, ReportStatus } from '../model/types';

export interface ReportInput {
  status: ReportStatus;
  text?: string | null;
  movedTo?: string | null;
  metrics?: Record<string, number>;
  links?: string[];
  fileIds?: string[];
  /** Same key on a retry: the server stores the report once. */
  clientKey: string;
}

export const submitReport = (occurrenceId: string, input: ReportInput) =>
  api<Report>(`/api/occurrences/${occurrenceId}/reports`, { method: 'POST', json: input });

export function useSubmitReport(occurrenceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => submitReport(occurrenceId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution'] }),
  });
}
