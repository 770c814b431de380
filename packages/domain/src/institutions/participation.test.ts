import { describe, expect, it } from 'vitest';
import { type ParticipationFacts, participationBlock } from './participation';

const ok: ParticipationFacts = {
  reviewStatus: 'approved',
  creditStatus: 'normal',
  qualifications: [{ validFrom: '2020-01-01', validUntil: '2028-01-01' }],
  pledgeSigned: true,
};
const today = '2026-11-25';

describe('participationBlock', () => {
  it.each([
    [{}, 'apply', null],
    [{}, 'file', null],
    [{ creditStatus: 'warned' }, 'file', null],
    [{ reviewStatus: 'pending' }, 'apply', 'institutions.not_approved'],
    [{ reviewStatus: 'returned' }, 'file', 'institutions.not_approved'],
    [{ creditStatus: 'suspended' }, 'apply', 'institutions.status_forbids'],
    [{ creditStatus: 'blacklisted' }, 'file', 'institutions.status_forbids'],
    [
      { qualifications: [{ validFrom: '2020-01-01', validUntil: '2026-11-24' }] },
      'apply',
      'institutions.qualification_expired',
    ],
    [{ qualifications: [] }, 'apply', 'institutions.no_qualification'],
    [{ pledgeSigned: false }, 'apply', null],
    [{ pledgeSigned: false }, 'file', 'institutions.pledge_missing'],
    [
      { creditStatus: 'suspended', pledgeSigned: false, qualifications: [] },
      'file',
      'institutions.status_forbids',
    ],
  ] as const)('%j %s → %s', (change, action, expected) => {
    expect(participationBlock({ ...ok, ...change } as ParticipationFacts, action, today)?.code ?? null).toBe(
      expected,
    );
  });
});
