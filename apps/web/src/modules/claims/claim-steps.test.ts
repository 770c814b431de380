import { describe, expect, it } from 'vitest';
import { claimSteps } from './claim-steps';

const institution = { submit: true, review: false };
const staff = { submit: false, review: true };
const reader = { submit: false, review: false };

describe('claimSteps', () => {
  it.each([
    ['draft', institution, ['submit', 'withdraw']],
    ['submitted', institution, []],
    ['draft', staff, []],
    ['submitted', staff, ['review', 'return']],
    ['reviewed', staff, ['approve', 'return']],
    ['notice', staff, []],
    ['payable', staff, []],
    ['withdrawn', institution, []],
    ['reviewed', reader, []],
  ] as const)('a claim %s offers %o the steps %o', (status, may, steps) => {
    expect(claimSteps(status, may)).toEqual(steps);
  });
});
