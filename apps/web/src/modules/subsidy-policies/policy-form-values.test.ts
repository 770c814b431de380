import { DEFAULT_SUBSIDY_POLICY } from '@qiancheng/domain/subsidy/default-policy';
import { describe, expect, it } from 'vitest';
import type { PolicyDetail } from './policies-api';
import { formNameFor, fromFormValues, toFormValues } from './policy-form-values';

const policy: Pick<PolicyDetail, 'title' | 'effectiveFrom' | 'note' | 'document'> = {
  title: '河南省职业培训补贴政策',
  effectiveFrom: '2026-03-01',
  note: null,
  document: {
    ...DEFAULT_SUBSIDY_POLICY,
    shortageOccupations: [{ occupationCode: '4-10-01-05', from: '2026-01-01', to: '2026-12-31' }],
  },
};

describe('policy form values', () => {
  it('shows amounts in 元 and percentages in %, leaving everything else as it is', () => {
    const values = toFormValues(policy);
    const { A3, A4, A5, A6, B2, C1, A1 } = values.document.rules;
    expect(A4.skillLevelFen.L4).toBe(1600);
    expect(A4.trainingPerHourFen).toBe(10);
    expect(B2.levelFen.L3).toBe(2000);
    expect(A3.minAttendanceBasisPoints).toBe(80);
    expect(A5.consumablesBasisPoints).toEqual({ low: 100, medium: 110, high: 120 });
    expect(A6.onCertificationBasisPoints).toBe(80);
    expect(A6.employmentWindowMonths).toBe(6);
    expect(C1.perPersonPerYear).toBe(3);
    expect(A1.targetGroups).toEqual(DEFAULT_SUBSIDY_POLICY.rules.A1.targetGroups);
    expect(values.note).toBe('');
    // The policy read is not touched.
    expect(policy.document.rules.A4.skillLevelFen.L4).toBe(160000);
  });

  it('round-trips a document unchanged', () => {
    const update = fromFormValues(toFormValues(policy), policy.document);
    expect(update.document).toEqual(policy.document);
    expect(update).not.toHaveProperty('note');
    expect(update.title).toBe(policy.title);
  });

  it('turns typed 元 and % into whole fen and basis points', () => {
    const values = toFormValues(policy);
    values.document.rules.A4.skillLevelFen.L4 = 1800;
    values.document.rules.A4.trainingPerHourFen = 12.34;
    values.document.rules.A3.minAttendanceBasisPoints = 79.9;
    values.title = '  新标题 ';
    values.note = ' 依据豫人社〔2026〕1号 ';
    const update = fromFormValues(values, policy.document);
    expect(update.document.rules.A4.skillLevelFen.L4).toBe(180000);
    expect(update.document.rules.A4.trainingPerHourFen).toBe(1234);
    expect(update.document.rules.A3.minAttendanceBasisPoints).toBe(7990);
    expect(update.title).toBe('新标题');
    expect(update.note).toBe('依据豫人社〔2026〕1号');
  });

  it('keeps what the form has no input for, as the form hands over only its inputs', () => {
    const values = toFormValues(policy);
    const { A8: _none, ...withInputs } = values.document.rules;
    const update = fromFormValues(
      { ...values, document: { ...values.document, rules: withInputs as typeof values.document.rules } },
      policy.document,
    );
    expect(update.document.rules.A8).toEqual({});
    expect(update.document).toEqual(policy.document);
  });

  it('passes a negative amount on for the server to name rather than hiding it', () => {
    const values = toFormValues(policy);
    values.document.rules.A4.skillLevelFen.L4 = -100;
    expect(fromFormValues(values, policy.document).document.rules.A4.skillLevelFen.L4).toBe(-10000);
  });

  it.each([
    ['document.rules.A4.skillLevelFen.L4', ['document', 'rules', 'A4', 'skillLevelFen', 'L4']],
    ['document.rules.A7.capAtFee', ['document', 'rules', 'A7', 'capAtFee']],
    ['document.shortageOccupations.2.from', ['document', 'shortageOccupations', 2, 'from']],
    ['document.shortageOccupations.1', ['document', 'shortageOccupations', 1, 'occupationCode']],
    ['title', ['title']],
    ['effectiveFrom', ['effectiveFrom']],
    ['document.rules.A4', null],
    ['document.rules.A4.skillLevelFen.L6', null],
    ['document.shortageOccupations.x.from', null],
    ['document', null],
    ['regionCode', null],
  ])('places the server field %s at %j', (field, name) => {
    expect(formNameFor(field)).toEqual(name);
  });
});
