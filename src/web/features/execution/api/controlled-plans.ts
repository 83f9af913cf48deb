import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ControlledPlan } from '../model/types';

/** The plans whose execution the user controls or watches, with their overdue and waiting-for-review counts (the server decides which). */
export const usePlansForControl = () =>
  useQuery({ queryKey: ['execution', 'plans'], queryFn: () => api<{ plans: ControlledPlan[]; total: number }>('/api/execution/plans') });
