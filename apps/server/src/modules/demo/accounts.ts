import type { Role } from '@qiancheng/domain';

/** The one password of every demo account. Demo mode only; the README lists the accounts. */
export const DEMO_PASSWORD = 'Qiancheng2025';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  /** 'province', or the index of a city under the province. */
  region: 'province' | 0 | 1;
  organizationName?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'demo-admin', role: 'admin', displayName: '省级系统管理员', region: 'province' },
  { username: 'demo-staff', role: 'staff', displayName: '省人社厅经办人', region: 'province' },
  { username: 'demo-staff-city', role: 'staff', displayName: '第一市人社局经办人', region: 0 },
  { username: 'demo-staff-city2', role: 'staff', displayName: '第二市人社局经办人', region: 1 },
  { username: 'demo-finance', role: 'finance', displayName: '省财政厅经办人', region: 'province' },
  { username: 'demo-auditor', role: 'auditor', displayName: '省级监督员', region: 'province' },
  {
    username: 'demo-institution',
    role: 'institution',
    displayName: '培训机构管理员',
    region: 0,
    organizationName: '前程示范职业培训学校',
  },
  {
    username: 'demo-enterprise',
    role: 'enterprise',
    displayName: '企业人事专员',
    region: 0,
    organizationName: '前程示范装备制造有限公司',
  },
  {
    username: 'demo-assessor',
    role: 'assessor',
    displayName: '评价机构管理员',
    region: 'province',
    organizationName: '前程示范职业技能等级认定中心',
  },
];

/** Demo workers: real-name registered people with accounts. ID numbers are generated with a valid check character. */
export const DEMO_WORKERS = [
  { username: 'demo-worker', name: '张晓梅', birth: '19900315', sequence: '002', city: 0 as const },
  { username: 'demo-worker2', name: '李建国', birth: '19850708', sequence: '013', city: 1 as const },
];
