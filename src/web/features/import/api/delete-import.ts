import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const deleteImport = (id: string) => api<void>(`/api/imports/${id}`, { method: 'DELETE' });

export const useDeleteImport = () => useMutation({ mutationFn: deleteImport });
