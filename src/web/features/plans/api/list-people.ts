import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Person } from '../model/types';

export const listPeople = () => api<{ people: Person[] }>('/api/people').then((r) => r.people);

export const peopleQuery = queryOptions({ queryKey: ['people'], queryFn: listPeople, staleTime: 10 * 60_000 });

export const usePeople = () => useQuery(peopleQuery);
