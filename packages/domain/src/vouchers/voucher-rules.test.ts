import { describe, expect, it } from 'vitest';
import {
  effectiveVoucherStatus,
  isVoucherCode,
  redemptionProblem,
  type VoucherTerms,
  voucherCode,
  voucherMaxFen,
  voucherTermsProblems,
  voucherValidUntil,
  voucherValueFen,
} from './voucher-rules';

const face: VoucherTerms = {
  kind: 'face_value',
  faceValueFen: 100_000,
  percentBasisPoints: null,
  capFen: null,
  projectId: null,
  occupationCode: null,
  institutionId: null,
};
const share: VoucherTerms = {
  ...face,
  kind: 'percentage',
  faceValueFen: null,
  percentBasisPoints: 8_000,
  capFen: 150_000,
};

describe('voucherValidUntil', () => {
  it.each([
    ['2026-12-04', '2027-03-03'],
    ['2026-11-30', '2027-02-27'],
    ['2027-01-31', '2027-04-29'],
    ['2024-02-29', '2024-05-28'],
  ])('issued %s → valid through %s', (issued, until) => {
    expect(voucherValidUntil(issued)).toBe(until);
  });
});

describe('voucherValueFen', () => {
  it.each<[string, VoucherTerms, number, number]>([
    ['face value below the fee', face, 180_000, 100_000],
    ['face value above the fee', face, 80_000, 80_000],
    ['80% of the fee', share, 150_000, 120_000],
    ['80% capped', share, 200_000, 150_000],
    ['80% rounded down to the fen', share, 12_345, 9_876],
    ['a zero fee', share, 0, 0],
  ])('%s', (_label, terms, fee, value) => {
    expect(voucherValueFen(terms, fee)).toBe(value);
    expect(voucherValueFen(terms, fee)).toBeLessThanOrEqual(voucherMaxFen(terms));
  });
});

describe('voucherTermsProblems', () => {
  it.each<[string, Partial<VoucherTerms>, [string, string][]]>([
    ['a face value', {}, []],
    ['no face value', { faceValueFen: null }, [['faceValueFen', 'required']]],
    ['99 fen', { faceValueFen: 99 }, [['faceValueFen', 'too_small']]],
    ['a share with its cap', share, []],
    ['100.01%', { ...share, percentBasisPoints: 10_001 }, [['percentBasisPoints', 'too_big']]],
    ['0.99%', { ...share, percentBasisPoints: 99 }, [['percentBasisPoints', 'too_small']]],
    ['a share without a cap', { ...share, capFen: null }, [['capFen', 'required']]],
  ])('%s', (_label, change, expected) => {
    expect(voucherTermsProblems({ ...face, ...change }).map((p) => [p.field, p.reason])).toEqual(expected);
  });
});

describe('redemptionProblem', () => {
  const voucher = { ...face, status: 'issued' as const, validUntil: '2027-03-03', personId: 'p1' };
  const enrolment = {
    personId: 'p1',
    projectId: 'proj',
    occupationCode: '4-10-01-05',
    institutionId: 'inst',
  };
  it.each([
    ['an unused voucher on its last day', voucher, '2027-03-03', null],
    ['the day after', voucher, '2027-03-04', 'voucher_expired'],
    ['a redeemed voucher', { ...voucher, status: 'redeemed' as const }, '2027-01-01', 'voucher_used'],
    ['a cancelled voucher', { ...voucher, status: 'cancelled' as const }, '2027-01-01', 'voucher_used'],
    ['someone else’s voucher', { ...voucher, personId: 'p2' }, '2027-01-01', 'voucher_other_person'],
    [
      'directed to another project',
      { ...voucher, projectId: 'other' },
      '2027-01-01',
      'voucher_other_project',
    ],
    ['directed to this project', { ...voucher, projectId: 'proj' }, '2027-01-01', null],
    [
      'directed to another occupation',
      { ...voucher, occupationCode: '4-10-01-06' },
      '2027-01-01',
      'voucher_other_occupation',
    ],
    [
      'directed to another institution',
      { ...voucher, institutionId: 'x' },
      '2027-01-01',
      'voucher_other_institution',
    ],
  ])('%s', (_label, v, today, problem) => {
    expect(redemptionProblem(v, enrolment, today)).toBe(problem);
  });

  it('reads an unused voucher past its date as expired', () => {
    expect(effectiveVoucherStatus('issued', '2027-03-03', '2027-03-04')).toBe('expired');
    expect(effectiveVoucherStatus('redeemed', '2027-03-03', '2027-03-04')).toBe('redeemed');
    expect(effectiveVoucherStatus('settled', '2027-03-03', '2027-03-04')).toBe('settled');
    expect(effectiveVoucherStatus('issued', '2027-03-03', '2027-03-03')).toBe('issued');
  });
});

describe('voucher codes', () => {
  it('carries a Luhn check digit that catches a mistyped digit and a swap', () => {
    const code = voucherCode('7992739871');
    expect(code).toBe('PX79927398713');
    expect(isVoucherCode(code)).toBe(true);
    expect(isVoucherCode(' px79927398713 ')).toBe(true);
    expect(isVoucherCode('PX79927398714')).toBe(false);
    expect(isVoucherCode('PX97927398713')).toBe(false);
    expect(isVoucherCode('PX7992739871')).toBe(false);
  });
});
