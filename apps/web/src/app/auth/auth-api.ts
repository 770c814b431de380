import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { User, UserEnvelope } from '../api/types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The current session's user, or null when nobody is signed in. */
export async function fetchCurrentUser(): Promise<User | null> {
  try {
    const { user } = await api.get<UserEnvelope>('/api/v1/auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export interface Credentials {
  username: string;
  password: string;
}

export async function signIn(credentials: Credentials): Promise<User> {
  const { user } = await api.post<UserEnvelope>('/api/v1/auth/login', credentials);
  return user;
}

export function signOut(): Promise<void> {
  return api.post<void>('/api/v1/auth/logout');
}

export interface WorkerRegistration {
  username: string;
  password: string;
  name: string;
  idNumber: string;
  mobile: string;
}

export async function registerWorker(registration: WorkerRegistration): Promise<User> {
  const { user } = await api.post<UserEnvelope>('/api/v1/auth/register', registration);
  return user;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export function changePassword(change: PasswordChange): Promise<void> {
  return api.post<void>('/api/v1/auth/password', change);
}
