import { ROLES } from '@qiancheng/domain';
import { describe, expect, it } from 'vitest';
import { menuEntriesFor, menuKeyForPath } from './menu-entries';

describe('menuEntriesFor', () => {
  const expected: Record<(typeof ROLES)[number], string[]> = {
    worker: ['dashboard', 'reference', 'profile'],
    enterprise: ['dashboard', 'reference', 'profile'],
    institution: ['dashboard', 'reference', 'profile'],
    assessor: ['dashboard', 'reference', 'profile'],
    staff: ['dashboard', 'region-overview', 'reference', 'profile'],
    finance: ['dashboard', 'region-overview', 'reference', 'profile'],
    auditor: ['dashboard', 'region-overview', 'users', 'reference', 'profile'],
    admin: ['dashboard', 'region-overview', 'users', 'reference', 'profile'],
  };

  it.each(ROLES)('gives %s exactly its menu', (role) => {
    expect(menuEntriesFor(role).map((entry) => entry.key)).toEqual(expected[role]);
  });
});

describe('menuKeyForPath', () => {
  it.each([
    ['/app', 'dashboard'],
    ['/app/users', 'users'],
    ['/app/regions/410100', 'region-overview'],
    ['/app/profile', 'profile'],
    ['/reference/occupations', 'reference'],
    ['/application', null],
    ['/', null],
  ])('maps %s to %s', (path, key) => {
    expect(menuKeyForPath(path)).toBe(key);
  });
});
