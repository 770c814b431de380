import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, permissionsOf, ROLES_CREATABLE_BY_ADMIN } from './permissions';
import { isRegionScoped, isRole, ROLES } from './roles';

describe('permissions', () => {
  it.each([
    ['worker', 'profile.read', true],
    ['worker', 'region.overview', false],
    ['staff', 'region.overview', true],
    ['staff', 'users.read', false],
    ['finance', 'people.read', false],
    ['auditor', 'users.read', true],
    ['auditor', 'users.manage', false],
    ['admin', 'users.manage', true],
    ['institution', 'audit.read', false],
  ] as const)('%s %s → %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(isRole(role)).toBe(true);
  });

  it('gives every role its profile and no role nothing', () => {
    for (const role of ROLES) {
      expect(permissionsOf(role)).toContain('profile.read');
    }
  });

  it('lets administrators create every role but workers, who register themselves', () => {
    expect(ROLES_CREATABLE_BY_ADMIN).not.toContain('worker');
    expect(ROLES.filter((r) => r !== 'worker').every((r) => ROLES_CREATABLE_BY_ADMIN.includes(r))).toBe(true);
  });

  it.each([
    ['staff', true],
    ['admin', true],
    ['worker', false],
    ['institution', false],
  ] as const)('%s region-scoped → %s', (role, expected) => {
    expect(isRegionScoped(role)).toBe(expected);
  });
});
