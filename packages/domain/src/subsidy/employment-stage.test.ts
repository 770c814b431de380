import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import type { EmploymentEvidence } from './quote-types';
import { policyWith, training } from './test-inputs';
import { quoteTrainingSubsidy } from './training-subsidy';

const stages = (input: ReturnType<typeof training>, policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY) =>
  quoteTrainingSubsidy(input, policy, 'v').stages;
// The class ends 2026-03-31, so the window runs to 2026-09-30.
const withEvidence = (evidence: EmploymentEvidence, asOf = '2026-05-01') =>
  training({ employment: [evidence], asOf });

describe('A6 payment stages', () => {
  it('pays 80% on the certificate and keeps the rest for employment', () => {
    expect(stages(training())).toEqual([
      {
        stage: 'certification',
        amountFen: 128000,
        status: 'payable',
        ruleId: 'A6',
        code: 'a6_certification_payable',
        params: { onCertificationBasisPoints: 8000 },
      },
      {
        stage: 'employment',
        amountFen: 32000,
        status: 'pending',
        dueBy: '2026-09-30',
        ruleId: 'A6',
        code: 'a6_employment_pending',
        params: { dueBy: '2026-09-30' },
      },
    ]);
  });

  it.each([
    [160000, 8000, [128000, 32000]],
    [69999, 8000, [55999, 14000]],
    [1, 8000, [0, 1]],
    [160000, 10000, [160000, 0]],
    [160000, 0, [0, 160000]],
  ])('an amount of %i fen at %i basis points splits into %j', (feeFen, onCertificationBasisPoints, split) => {
    const policy = policyWith({ A6: { onCertificationBasisPoints } });
    const amounts = stages(training({ class: { feeFen, enterpriseFen: 0, individualFen: 0 } }), policy).map(
      (stage) => stage.amountFen,
    );
    expect(amounts).toEqual(split);
  });

  it('the first stage waits while there is no certificate and no passed completion', () => {
    const policy = policyWith({ A3: { requireCompletionPassed: false } });
    const input = training({ result: null, enrolment: { completionPassed: null } });
    expect(stages(input, policy)[0]!.status).toBe('pending');
    expect(stages(training({ result: null }))[0]!.status).toBe('payable');
  });

  it.each([
    [
      'a 6-month contract starting on the class end',
      { kind: 'contract', startDate: '2026-03-31', months: 6 },
      'payable',
    ],
    [
      'a 6-month contract starting on the last day',
      { kind: 'contract', startDate: '2026-09-30', months: 6 },
      'payable',
    ],
    ['a 5-month contract', { kind: 'contract', startDate: '2026-04-01', months: 5 }, 'pending'],
    [
      'a contract starting a day after the window',
      { kind: 'contract', startDate: '2026-10-01', months: 12 },
      'pending',
    ],
    [
      'a contract starting before the class ended',
      { kind: 'contract', startDate: '2026-03-30', months: 12 },
      'pending',
    ],
    ['2 months of contributions', { kind: 'contributions', months: 2, through: '2026-05-31' }, 'payable'],
    ['1 month of contributions', { kind: 'contributions', months: 1, through: '2026-05-31' }, 'pending'],
    [
      'contributions through a day after',
      { kind: 'contributions', months: 3, through: '2026-10-01' },
      'pending',
    ],
    ['2 months of wages', { kind: 'wages', months: 2, through: '2026-09-30' }, 'payable'],
    ['1 month of wages', { kind: 'wages', months: 1, through: '2026-09-30' }, 'pending'],
    ['a domestic service agreement', { kind: 'domestic_service', signedOn: '2026-04-10' }, 'payable'],
    [
      'a domestic service agreement a day late',
      { kind: 'domestic_service', signedOn: '2026-10-01' },
      'pending',
    ],
  ] as const)('%s', (_, evidence, status) => {
    expect(stages(withEvidence(evidence))[1]!.status).toBe(status);
  });

  it('a domestic service agreement does not count where the policy refuses it', () => {
    const policy = policyWith({ A6: { domesticServiceAgreement: false } });
    expect(
      stages(withEvidence({ kind: 'domestic_service', signedOn: '2026-04-10' }), policy)[1]!.status,
    ).toBe('pending');
  });

  it.each([
    ['2026-09-30', 'pending'],
    ['2026-10-01', 'lapsed'],
  ])('without evidence on %s the second stage is %s', (asOf, status) => {
    expect(stages(training({ asOf }))[1]!.status).toBe(status);
  });

  it('evidence in time keeps the second stage payable after the window', () => {
    const evidence = { kind: 'contract', startDate: '2026-04-01', months: 12 } as const;
    expect(stages(withEvidence(evidence, '2027-01-01'))[1]!.status).toBe('payable');
  });

  it('the window ends on the last day of a shorter month', () => {
    const input = training({ class: { startDate: '2026-08-03', endDate: '2026-08-31' }, result: null });
    expect(stages(input)[1]!.dueBy).toBe('2027-02-28');
  });
});

describe('A8 payee', () => {
  it.each([
    ['individual', 'project', 'individual'],
    ['individual', 'enterprise', 'individual'],
    ['institution', 'project', 'institution'],
    ['institution', 'enterprise', 'enterprise'],
    ['enterprise', 'enterprise', 'enterprise'],
    ['enterprise', 'project', 'institution'],
  ] as const)('paid by %s in a %s class goes to the %s', (paidBy, kind, payee) => {
    const quote = quoteTrainingSubsidy(
      training({ enrolment: { paidBy }, class: { kind }, person: { targetGroups: ['veteran'] } }),
      DEFAULT_SUBSIDY_POLICY,
      'v',
    );
    expect(quote.payee).toBe(payee);
    expect(quote.lines.at(-1)).toEqual({ ruleId: 'A8', code: 'a8_payee', params: { payee } });
  });
});
