import type { Role } from './roles';

/**
 * What each role may do. Routes name a permission; one central hook checks it, and the
 * web derives its menus from the same table, so the two never disagree.
 */
export const PERMISSIONS = {
  'profile.read': ['worker', 'enterprise', 'institution', 'assessor', 'staff', 'finance', 'auditor', 'admin'],
  'profile.update': [
    'worker',
    'enterprise',
    'institution',
    'assessor',
    'staff',
    'finance',
    'auditor',
    'admin',
  ],
  'region.overview': ['staff', 'finance', 'auditor', 'admin'],
  'people.read': ['staff', 'auditor', 'admin'],
  'people.readFullIdNumber': ['staff', 'admin'],
  'users.read': ['auditor', 'admin'],
  'users.manage': ['admin'],
  'audit.read': ['auditor', 'admin'],
  'reference.manage': ['admin'],
  /** An enterprise declares and manages its own demand lines. */
  'demand.declare': ['enterprise'],
  /** Staff register demand for enterprises, import it from spreadsheets, and see all of their region's. */
  'demand.manage': ['staff'],
  'demand.read': ['staff', 'auditor', 'admin'],
  /** A worker declares their own training wishes. */
  'wishes.declare': ['worker'],
  /** Staff record wishes for walk-in workers and see all of their region's. */
  'wishes.manage': ['staff'],
  'wishes.read': ['staff', 'auditor', 'admin'],
  /** Demand and wishes summed by region × occupation × field × group, with export. */
  'demand.aggregate': ['staff', 'finance', 'auditor', 'admin'],
  'projects.manage': ['staff'],
  'projects.read': ['staff', 'finance', 'auditor', 'admin'],
  'catalogue.manage': ['staff'],
  /** The registry of training institutions: read by bureaus, reviewed and ruled on by staff. */
  'institutions.read': ['staff', 'finance', 'auditor', 'admin'],
  'institutions.review': ['staff'],
  /** Credit status decisions and findings. */
  'institutions.status': ['staff'],
  /** An institution account keeps its own registration: profile, qualifications, sites, pledge. */
  'institutions.manageOwn': ['institution'],
  /** Uploading files (qualifications, courseware, certificates). */
  'documents.upload': ['institution', 'staff'],
  'selection.manage': ['staff'],
  'selection.read': ['staff', 'finance', 'auditor', 'admin'],
  'selection.apply': ['institution'],
  /** 师资库: institutions keep their teachers, staff keep the region's pool. */
  'teachers.manage': ['institution', 'staff'],
  'teachers.read': ['institution', 'staff', 'auditor', 'admin'],
  /** 教学资源库: shared by the region; institutions and staff contribute. */
  'resources.manage': ['institution', 'staff'],
  'resources.read': ['institution', 'staff', 'auditor', 'admin'],
  /** 培训品牌: institutions and bureaus apply, staff review and publish in batches. */
  'brands.apply': ['institution', 'staff'],
  'brands.review': ['staff'],
  'brands.read': ['institution', 'staff', 'auditor', 'admin'],
  /** 工作日历 and region settings (the filing lead), kept by administrators. */
  'calendar.manage': ['admin'],
  /** 开班备案: a selected institution files and runs its classes, roster and results. */
  'classes.file': ['institution'],
  /** Staff approve or return filings and change requests of their region. */
  'classes.review': ['staff'],
  'classes.read': ['staff', 'finance', 'auditor', 'admin'],
  /** A worker enrols in an open class and sees their own classes. */
  'classes.enrol': ['worker'],
  /** Check in and out by scanning a session's QR code (trainees and teachers with an account). */
  'attendance.checkIn': ['worker'],
  /** The institution shows the QR code, keeps terminals, uploads their records and enters by hand. */
  'attendance.record': ['institution'],
  /** 过程监督: staff sample running classes, check them on site or remotely, record findings. */
  'supervision.manage': ['staff'],
  'supervision.read': ['staff', 'auditor', 'admin'],
  /** The institution answers a remote check with a time-stamped photo. */
  'supervision.respond': ['institution'],
  /** 评价机构 records skill-level and special-ability evaluations and issues their certificates. */
  'assessment.evaluate': ['assessor'],
  /** Staff and administrators register assessment bodies. */
  'assessment.bodies': ['staff', 'admin'],
  /** Issuing certificates: institutions issue training certificates, assessors skill certificates. */
  'certificates.issue': ['institution', 'assessor'],
  /** Revoking a certificate with a reason: its issuer, or staff of the region. */
  'certificates.revoke': ['institution', 'assessor', 'staff'],
  'certificates.read': ['staff', 'auditor', 'admin'],
  /** A worker's own certificates. */
  'certificates.mine': ['worker'],
  /** 资金: finance departments keep their region's budgets; bureaus and auditors read them. */
  'funds.manage': ['finance'],
  'funds.read': ['finance', 'staff', 'auditor', 'admin'],
  /** 补贴政策: administrators draft, publish and withdraw their region's versioned subsidy rules. */
  'subsidyPolicies.manage': ['admin'],
  'subsidyPolicies.read': ['staff', 'finance', 'auditor', 'admin'],
  /** The grant calculator: workers quote for themselves, staff for anyone in their region. */
  'subsidies.quote': ['worker', 'staff'],
  /** 参保缴费记录: staff import the social-insurance agency's periods the subsidy rules read. */
  'insuranceRecords.import': ['staff'],
  /** 稳定就业证明: the institution that trained a person, or staff, record their employment after training. */
  'employmentEvidence.record': ['institution', 'staff'],
  /** 补贴申领: institutions claim for their completed classes; staff review and approve (four eyes). */
  'claims.submit': ['institution'],
  'claims.own': ['institution', 'worker'],
  'claims.apply': ['worker'],
  'claims.review': ['staff'],
  'claims.read': ['institution', 'staff', 'finance', 'auditor', 'admin'],
  /** 我的补贴: a worker's own subsidies and the claim lines that hold them. */
  'subsidies.mine': ['worker'],
  /** 支付: finance makes payment batches, exports the bank file, imports its result, corrects failures. */
  'payments.manage': ['finance'],
  'payments.read': ['finance', 'staff', 'auditor', 'admin'],
  /** 追回: the bureau that found the fraud or finance decides a recovery of money paid. */
  'payments.recover': ['staff', 'finance'],
  /** 收款账户: an institution records the account its subsidies are paid to. */
  'payeeAccounts.own': ['institution', 'worker'],
  /** 职业培训券: staff issue and cancel; institutions redeem at enrolment; workers hold their own. */
  'vouchers.issue': ['staff'],
  'vouchers.redeem': ['institution'],
  'vouchers.mine': ['worker'],
  /** 领券: a worker claims a voucher of an offering open to them. */
  'vouchers.claim': ['worker'],
  'vouchers.read': ['staff', 'finance', 'auditor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/**
 * Which roles an administrator may create accounts for. Administrators create accounts in their own
 * region subtree; workers register themselves.
 */
export const ROLES_CREATABLE_BY_ADMIN: readonly Role[] = [
  'enterprise',
  'institution',
  'assessor',
  'staff',
  'finance',
  'auditor',
  'admin',
];
