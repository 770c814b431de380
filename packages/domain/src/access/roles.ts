/** The roles of DESIGN.md §2. `public` is the absence of a session and has no account. */
export const ROLES = [
  'worker',
  'enterprise',
  'institution',
  'assessor',
  'staff',
  'finance',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose data access is the subtree of their region (province → city → district). */
export const REGION_SCOPED_ROLES: readonly Role[] = ['staff', 'finance', 'auditor', 'admin'];

/** Roles that act for an organisation (enterprise, institution, assessment body) and see only its own data. */
export const ORGANIZATION_ROLES: readonly Role[] = ['enterprise', 'institution', 'assessor'];

export const ROLE_NAMES: Record<Role, { 'zh-CN': string; 'en-US': string }> = {
  worker: { 'zh-CN': '劳动者', 'en-US': 'Worker' },
  enterprise: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
  institution: { 'zh-CN': '培训机构', 'en-US': 'Training institution' },
  assessor: { 'zh-CN': '评价机构', 'en-US': 'Assessment body' },
  staff: { 'zh-CN': '人社经办', 'en-US': 'HR bureau staff' },
  finance: { 'zh-CN': '财政', 'en-US': 'Finance' },
  auditor: { 'zh-CN': '监督', 'en-US': 'Auditor' },
  admin: { 'zh-CN': '系统管理员', 'en-US': 'Administrator' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isRegionScoped(role: Role): boolean {
  return REGION_SCOPED_ROLES.includes(role);
}
