import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PlanRow {
  id: string;
  title: string;
  kind: string;
  status: string;
  organizationId: string;
  period: { start: string; end: string } | null;
  itemCount: number;
}

/** The plans the user can read (the server filters); the dashboard itself decides who may see progress. */
export const usePlansForControl = () =>
  useQuery({ queryKey: ['execution', 'plans'], queryFn: () => api<{ plans: PlanRow[] }>('/api/plans?limit=500').then((r) => r.plans) });
