import type { Role } from '@qiancheng/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page, User, UserEnvelope } from '../../app/api/types';

export interface UserSearch {
  page: number;
  pageSize: number;
  q?: string;
  role?: Role;
  region?: string;
}

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  regionCode: string;
  organizationName?: string;
  mobile?: string;
}

export interface UserChange {
  disabled?: boolean;
  displayName?: string;
}

export const USERS_QUERY_ROOT = ['users'] as const;

export function usersQuery(search: UserSearch) {
  return queryOptions({
    queryKey: [...USERS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<User>>('/api/v1/users', { ...search }),
  });
}

export async function createUser(user: NewUser): Promise<User> {
  return (await api.post<UserEnvelope>('/api/v1/users', user)).user;
}

export async function updateUser(id: string, change: UserChange): Promise<User> {
  return (await api.patch<UserEnvelope>(`/api/v1/users/${encodeURIComponent(id)}`, change)).user;
}
