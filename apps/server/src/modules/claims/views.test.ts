import { describe, expect, it } from 'vitest';
import type { ClaimLineRow } from './repository';
import { claimLineSchema, presentLine } from './views';

const row = (quote: unknown, included: boolean): ClaimLineRow => ({
  id: 'line-1',
  claimId: 'claim-1',
  personId: 'person-1',
  enrolmentId: 'enrolment-1',
  certificateId: null,
  stage: included ? 'certification' : null,
  amountFen: included ? 140800 : 0,
  included,
  live: true,
  reasons: included ? [] : ['a3_attendance_low'],
  policyVersion: 'national-default',
  ruleIds: ['A3'],
  quote,
  createdAt: new Date('2026-05-01T02:00:00Z'),
});

describe('presentLine', () => {
  it('gives an excluded line’s unmet conditions with the values their texts name', () => {
    const unmet = [
      {
        ruleId: 'A3',
        code: 'a3_attendance_low',
        params: { attendedBasisPoints: 5000, requiredBasisPoints: 8000 },
      },
    ];
    const line = presentLine(row({ eligible: false, unmet }, false), {
      name: '郑海波',
      idNumberMasked: '410102********1234',
    });
    expect(line).toMatchObject({ name: '郑海波', included: false, reasons: ['a3_attendance_low'], unmet });
    expect(claimLineSchema.parse(line)).toEqual(line);
  });

  it('gives an included line no unmet conditions', () => {
    const line = presentLine(row({ eligible: true, unmet: [] }, true), undefined);
    expect(line).toMatchObject({ name: '', idNumberMasked: '', included: true, unmet: [] });
  });
});
