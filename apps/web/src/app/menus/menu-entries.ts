import { can, type Permission, type Role } from '@qiancheng/domain';

export type MenuKey =
  | 'dashboard'
  | 'my-demand'
  | 'my-wishes'
  | 'my-classes'
  | 'classes'
  | 'class-review'
  | 'my-certificates'
  | 'my-vouchers'
  | 'my-subsidies'
  | 'my-attendance'
  | 'demand'
  | 'wishes'
  | 'aggregate'
  | 'projects'
  | 'catalogues'
  | 'my-institution'
  | 'my-applications'
  | 'attendance'
  | 'my-supervision'
  | 'institutions'
  | 'selection'
  | 'supervision'
  | 'teachers'
  | 'resources'
  | 'brands'
  | 'assessment-bodies'
  | 'evaluation'
  | 'certificates'
  | 'issued-certificates'
  | 'subsidy-policies'
  | 'funds'
  | 'vouchers'
  | 'subsidy-quote'
  | 'claims'
  | 'payments'
  | 'region-overview'
  | 'calendar'
  | 'users'
  | 'reference'
  | 'profile';

export interface MenuEntry {
  key: MenuKey;
  path: string;
  /** The permission that opens the page; 'signed-in' when every role has it. */
  requires: Permission | 'signed-in';
}

/** The signed-in side menu, in display order. Each entry names what it needs, never which roles. */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'dashboard', path: '/app', requires: 'signed-in' },
  { key: 'my-demand', path: '/app/my-demand', requires: 'demand.declare' },
  { key: 'my-wishes', path: '/app/my-wishes', requires: 'wishes.declare' },
  { key: 'my-classes', path: '/app/my-classes', requires: 'classes.enrol' },
  { key: 'my-certificates', path: '/app/my-certificates', requires: 'certificates.mine' },
  { key: 'my-vouchers', path: '/app/my-vouchers', requires: 'vouchers.mine' },
  { key: 'my-subsidies', path: '/app/my-subsidies', requires: 'subsidies.mine' },
  { key: 'my-attendance', path: '/app/my-attendance', requires: 'attendance.checkIn' },
  { key: 'demand', path: '/app/demand', requires: 'demand.read' },
  { key: 'wishes', path: '/app/wishes', requires: 'wishes.read' },
  { key: 'aggregate', path: '/app/aggregate', requires: 'demand.aggregate' },
  { key: 'projects', path: '/app/projects', requires: 'projects.read' },
  { key: 'catalogues', path: '/app/catalogues', requires: 'catalogue.manage' },
  { key: 'my-institution', path: '/app/my-institution', requires: 'institutions.manageOwn' },
  { key: 'my-applications', path: '/app/my-applications', requires: 'selection.apply' },
  { key: 'classes', path: '/app/classes', requires: 'classes.file' },
  { key: 'attendance', path: '/app/attendance', requires: 'attendance.record' },
  { key: 'my-supervision', path: '/app/my-supervision', requires: 'supervision.respond' },
  { key: 'institutions', path: '/app/institutions', requires: 'institutions.read' },
  { key: 'selection', path: '/app/selection', requires: 'selection.read' },
  { key: 'class-review', path: '/app/class-review', requires: 'classes.read' },
  { key: 'supervision', path: '/app/supervision', requires: 'supervision.read' },
  { key: 'teachers', path: '/app/teachers', requires: 'teachers.read' },
  { key: 'resources', path: '/app/resources', requires: 'resources.read' },
  { key: 'brands', path: '/app/brands', requires: 'brands.read' },
  { key: 'assessment-bodies', path: '/app/assessment-bodies', requires: 'assessment.bodies' },
  { key: 'evaluation', path: '/app/evaluation', requires: 'assessment.evaluate' },
  { key: 'certificates', path: '/app/certificates', requires: 'certificates.read' },
  { key: 'issued-certificates', path: '/app/issued-certificates', requires: 'certificates.issue' },
  { key: 'subsidy-policies', path: '/app/subsidy-policies', requires: 'subsidyPolicies.read' },
  { key: 'funds', path: '/app/funds', requires: 'funds.read' },
  { key: 'vouchers', path: '/app/vouchers', requires: 'vouchers.read' },
  { key: 'subsidy-quote', path: '/app/subsidy-quote', requires: 'subsidies.quote' },
  { key: 'claims', path: '/app/claims', requires: 'claims.read' },
  { key: 'payments', path: '/app/payments', requires: 'payments.read' },
  { key: 'region-overview', path: '/app/regions', requires: 'region.overview' },
  { key: 'calendar', path: '/app/calendar', requires: 'calendar.manage' },
  { key: 'users', path: '/app/users', requires: 'users.read' },
  { key: 'reference', path: '/reference', requires: 'signed-in' },
  { key: 'profile', path: '/app/profile', requires: 'signed-in' },
];

export function menuEntriesFor(role: Role): MenuEntry[] {
  return MENU_ENTRIES.filter((entry) => entry.requires === 'signed-in' || can(role, entry.requires));
}

/** The entry a path belongs to: the longest menu path that prefixes it. */
export function menuKeyForPath(pathname: string): MenuKey | null {
  let best: MenuEntry | null = null;
  for (const entry of MENU_ENTRIES) {
    const matches = pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.key ?? null;
}
