import { describe, expect, it } from 'vitest';
import { enrolActionFor, groupsFor } from './enrol-choices';

describe('groupsFor', () => {
  it('offers the project’s groups in the domain’s order, with their evidence', () => {
    const groups = groupsFor(['veteran', 'rural_migrant_worker', 'no_such_group']);
    expect(groups.map((group) => group.code)).toEqual(['rural_migrant_worker', 'veteran']);
    expect(groups[1]?.evidence).toContain('退役');
  });

  it('offers every group when the project names none it knows', () => {
    expect(groupsFor([]).length).toBeGreaterThan(5);
    expect(groupsFor(['no_such_group'])).toEqual(groupsFor([]));
  });
});

describe('enrolActionFor', () => {
  const open = { id: 'c1', enrollable: true, seatsLeft: 3 };
  const nobody = { role: null, enrolledClassIds: new Set<string>() };

  it.each([
    ['a visitor is sent to sign in', open, nobody, 'sign-in'],
    ['a worker may enrol', open, { ...nobody, role: 'worker' as const }, 'enrol'],
    ['other roles may not', open, { ...nobody, role: 'institution' as const }, 'workers-only'],
    [
      'a class already joined says so',
      open,
      { role: 'worker' as const, enrolledClassIds: new Set(['c1']) },
      'enrolled',
    ],
    ['a full class says it is full', { ...open, enrollable: false, seatsLeft: 0 }, nobody, 'full'],
    ['a class not taking enrolments says so', { ...open, enrollable: false }, nobody, 'closed'],
  ] as const)('%s', (_, cls, reader, action) => {
    expect(enrolActionFor(cls, reader)).toBe(action);
  });
});
