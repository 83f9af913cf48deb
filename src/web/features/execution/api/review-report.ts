import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Report } from '../model/types';

export const reviewReport = (reportId: string, input: { decision: 'accept' | 'return'; comment?: string | null }) =>
  api<Report>(`/api/reports/${reportId}/review`, { method: 'POST', json: input });

export function useReviewReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, ...input }: { reportId: string; decision: 'accept' | 'return'; comment?: string | null }) => reviewReport(reportId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['execution'] }),
  });
}
