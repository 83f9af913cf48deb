import { api } from '../../../lib/api-client';

export const deleteItem = (id: string) => api<void>(`/api/items/${id}`, { method: 'DELETE' });
