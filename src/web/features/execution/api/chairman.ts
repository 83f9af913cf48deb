import { useQuery } from '@tanstack/react-query';
import type { ChairmanData } from '../../../../shared/execution-control-api';
import { api } from '../../../lib/api-client';

export type { ChairmanData };

/** The chairman's summary over the plans the user controls (the server decides which). */
export const useChairmanSummary = () => useQuery({ queryKey: ['execution', 'chairman'], queryFn: () => api<ChairmanData>('/api/chairman') });
