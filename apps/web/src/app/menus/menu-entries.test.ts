import { ROLES } from '@qiancheng/domain';
import { describe, expect, it } from 'vitest';
import { menuEntriesFor, menuKeyForPath } from './menu-entries';

describe('menuEntriesFor', () => {
  const expected: Record<(typeof ROLES)[number], string[]> = {
    worker: ['dashboard', 'my-wishes', 'my-certificates', 'my-attendance', 'reference', 'profile'],
    enterprise: ['dashboard', 'my-demand', 'reference', 'profile'],
    institution: [
      'dashboard',
      'my-institution',
      'my-applications',
      'attendance',
      'my-supervision',
      'teachers',
      'resources',
      'brands',
      'issued-certificates',
      'reference',
      'profile',
    ],
    assessor: ['dashboard', 'issued-certificates', 'reference', 'profile'],
    staff: [
      'dashboard',
      'demand',
      'wishes',
      'aggregate',
      'projects',
      'catalogues',
      'institutions',
      'selection',
      'supervision',
      'teachers',
      'resources',
      'brands',
      'certificates',
      'region-overview',
      'reference',
      'profile',
    ],
    finance: [
      'dashboard',
      'aggregate',
      'projects',
      'institutions',
      'selection',
      'region-overview',
      'reference',
      'profile',
    ],
    auditor: [
      'dashboard',
      'demand',
      'wishes',
      'aggregate',
      'projects',
      'institutions',
      'selection',
      'supervision',
      'teachers',
      'resources',
      'brands',
      'certificates',
      'region-overview',
      'users',
      'reference',
      'profile',
    ],
    admin: [
      'dashboard',
      'demand',
      'wishes',
      'aggregate',
      'projects',
      'institutions',
      'selection',
      'supervision',
      'teachers',
      'resources',
      'brands',
      'certificates',
      'region-overview',
      'users',
      'reference',
      'profile',
    ],
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
    ['/app/my-demand', 'my-demand'],
    ['/app/demand', 'demand'],
    ['/app/demand-summary', 'dashboard'],
    ['/app/projects/0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10', 'projects'],
    ['/app/catalogues/abc', 'catalogues'],
    ['/app/aggregate', 'aggregate'],
    ['/app/my-certificates/0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10', 'my-certificates'],
    ['/app/certificates', 'certificates'],
    ['/app/issued-certificates', 'issued-certificates'],
    ['/reference/occupations', 'reference'],
    ['/application', null],
    ['/', null],
  ])('maps %s to %s', (path, key) => {
    expect(menuKeyForPath(path)).toBe(key);
  });
});
