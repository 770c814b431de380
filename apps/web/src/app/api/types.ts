import type { Permission, Role } from '@qiancheng/domain';

/** The signed-in user, or a row of the user list, as the API returns it. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  organizationName: string | null;
  mobileMasked: string | null;
  idNumberMasked: string | null;
  permissions: Permission[];
  createdAt: string;
  /** Present on user-management rows; a disabled account cannot sign in. */
  disabled?: boolean;
}

export interface UserEnvelope {
  user: User;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemList<T> {
  items: T[];
}
