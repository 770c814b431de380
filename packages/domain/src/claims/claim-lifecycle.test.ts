import { describe, expect, it } from 'vitest';
import {
  CLAIM_STATUSES,
  type ClaimAction,
  type ClaimStatus,
  claimNumber,
  claimPayee,
  effectiveClaimStatus,
  fourEyesProblem,
  isUnderNotice,
  mayActOnClaim,
} from './claim-lifecycle';

describe('mayActOnClaim', () => {
  const allowed: Record<ClaimAction, ClaimStatus[]> = {
    submit: ['draft'],
    review: ['submitted'],
    return: ['submitted', 'reviewed'],
    approve: ['reviewed'],
    withdraw: ['draft'],
  };
  for (const [action, statuses] of Object.entries(allowed) as [ClaimAction, ClaimStatus[]][]) {
    it.each(CLAIM_STATUSES)(`${action} from %s`, (status) => {
      expect(mayActOnClaim(status, action)).toBe(statuses.includes(status));
    });
  }
});

describe('fourEyesProblem', () => {
  it.each([
    [{ createdBy: 'a', reviewedBy: null }, 'a', 'review', 'own_claim'],
    [{ createdBy: 'a', reviewedBy: null }, 'b', 'review', null],
    [{ createdBy: 'a', reviewedBy: 'b' }, 'b', 'approve', 'same_reviewer'],
    [{ createdBy: 'a', reviewedBy: 'b' }, 'a', 'approve', 'own_claim'],
    [{ createdBy: 'a', reviewedBy: 'b' }, 'c', 'approve', null],
    [{ createdBy: null, reviewedBy: 'b' }, 'c', 'approve', null],
  ] as const)('%o by %s (%s) → %s', (claim, user, action, problem) => {
    expect(fourEyesProblem(claim, user, action)).toBe(problem);
  });
});

describe('claimNumber', () => {
  it.each([
    ['410102', 2026, 1, 'BT4101022026000001'],
    ['410100', 2027, 123456, 'BT4101002027123456'],
  ])('%s %i #%i → %s', (region, year, sequence, number) => {
    expect(claimNumber(region, year, sequence)).toBe(number);
  });
});

describe('effectiveClaimStatus', () => {
  it.each([
    ['notice', '2026-12-08', '2026-12-08', 'notice'],
    ['notice', '2026-12-08', '2026-12-09', 'payable'],
    ['notice', null, '2026-12-09', 'notice'],
    ['reviewed', '2026-12-01', '2026-12-09', 'reviewed'],
  ] as const)('%s until %s on %s → %s', (status, until, today, expected) => {
    expect(effectiveClaimStatus(status, until, today)).toBe(expected);
  });

  it('stays under notice past its last day while an objection is open', () => {
    expect(effectiveClaimStatus('notice', '2026-12-08', '2026-12-20', 1)).toBe('notice');
    expect(effectiveClaimStatus('notice', '2026-12-08', '2026-12-20', 0)).toBe('payable');
  });
});

describe('isUnderNotice', () => {
  it.each([
    ['notice', '2026-12-08', '2026-12-08', true],
    ['notice', '2026-12-08', '2026-12-09', false],
    ['reviewed', '2026-12-08', '2026-12-01', false],
    ['notice', null, '2026-12-01', false],
  ] as const)('%s until %s on %s → %s', (status, until, today, expected) => {
    expect(isUnderNotice(status, until, today)).toBe(expected);
  });
});

describe('claimPayee', () => {
  it.each([
    [
      'a class claim pays its institution',
      { kind: 'class_training', institutionId: 'i', personId: null },
      { type: 'institution', id: 'i' },
    ],
    [
      'a skill-upgrade application pays its applicant',
      { kind: 'skill_upgrade', institutionId: null, personId: 'p' },
      { type: 'person', id: 'p' },
    ],
    [
      'a class claim without its institution pays nobody',
      { kind: 'class_training', institutionId: null, personId: 'p' },
      null,
    ],
    [
      'an application without its applicant pays nobody',
      { kind: 'skill_upgrade', institutionId: 'i', personId: null },
      null,
    ],
    ['an unknown kind pays nobody', { kind: 'voucher', institutionId: 'i', personId: 'p' }, null],
  ] as const)('%s', (_, claim, expected) => {
    expect(claimPayee(claim)).toEqual(expected);
  });
});
