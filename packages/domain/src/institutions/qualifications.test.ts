import { describe, expect, it } from 'vitest';
import { qualificationState, qualificationSummary } from './qualifications';

describe('qualificationState', () => {
  it.each([
    ['2024-01-01', null, '2026-11-25', 'valid'],
    ['2026-11-26', null, '2026-11-25', 'not_yet_valid'],
    ['2026-11-25', '2026-11-25', '2026-11-25', 'expiring'],
    ['2020-01-01', '2026-11-24', '2026-11-25', 'expired'],
    ['2020-01-01', '2026-12-25', '2026-11-25', 'expiring'],
    ['2020-01-01', '2026-12-26', '2026-11-25', 'valid'],
    ['2020-01-01', '2027-02-28', '2027-01-29', 'expiring'],
  ] as const)('from %s until %s on %s → %s', (validFrom, validUntil, today, expected) => {
    expect(qualificationState({ validFrom, validUntil }, today)).toBe(expected);
  });
});

describe('qualificationSummary', () => {
  const valid = { validFrom: '2020-01-01', validUntil: null };
  const expired = { validFrom: '2020-01-01', validUntil: '2025-01-01' };
  const future = { validFrom: '2030-01-01', validUntil: null };
  it.each([
    [[valid], { inForce: 1, expired: 0, expiring: 0, blocksFiling: false }],
    [[valid, expired], { inForce: 1, expired: 1, expiring: 0, blocksFiling: true }],
    [[], { inForce: 0, expired: 0, expiring: 0, blocksFiling: true }],
    [[future], { inForce: 0, expired: 0, expiring: 0, blocksFiling: true }],
  ])('%j → %j', (qualifications, expected) => {
    expect(qualificationSummary(qualifications, '2026-11-25')).toEqual(expected);
  });
});
