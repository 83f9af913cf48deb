import { useQuery } from '@tanstack/react-query';
import type { ChairmanData, NationalRollupData } from '../../../../shared/execution-control-api';
import { api } from '../../../lib/api-client';

export type { ChairmanData, NationalRollupData };

/** The chairman's summary over the plans the user controls (the server decides which). */
export const useChairmanSummary = () => useQuery({ queryKey: ['execution', 'chairman'], queryFn: () => api<ChairmanData>('/api/chairman') });

/** The national roll-up by region and commission level (every plan the user controls; the CEC: the whole country). */
export const useNationalRollup = () =>
  useQuery({ queryKey: ['execution', 'chairman', 'national'], queryFn: () => api<NationalRollupData>('/api/chairman/national') });
