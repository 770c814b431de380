import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCivilDays } from '../calendar/civil-date';
import { SKILL_LEVEL_CODES, type SkillLevelCode } from '../reference/skill-levels';
import { TARGET_GROUP_CODES } from '../reference/target-groups';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import { CONSUMABLES_CATEGORIES, PENSION_SCHEMES, type SubsidyPolicy } from './policy';
import { checkSubsidyPolicy } from './policy-check';
import type {
  CertificateResult,
  EmploymentEvidence,
  PriorSubsidy,
  SubsidyQuote,
  TrainingSubsidyInput,
} from './quote-types';
import { quoteSkillUpgradeSubsidy } from './skill-upgrade';
import { upgrade } from './test-inputs';
import { quoteTrainingSubsidy } from './training-subsidy';

const day = fc
  .integer({ min: 0, max: 365 * 4 })
  .map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const level = fc.constantFrom(...SKILL_LEVEL_CODES);
const fen = fc.integer({ min: 0, max: 2_000_000 });
const occupation = fc.constantFrom('4-10-01-05', '6-18-01-01');

const result: fc.Arbitrary<CertificateResult | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    certificateType: fc.constantFrom('skill_level', 'qualification'),
    level,
    certificateDate: day,
  }),
  fc.record({ certificateType: fc.constantFrom('special_ability', 'training'), certificateDate: day }),
) as fc.Arbitrary<CertificateResult | null>;

const evidence: fc.Arbitrary<EmploymentEvidence> = fc.oneof(
  fc.record({ kind: fc.constant('contract' as const), startDate: day, months: fc.nat(24) }),
  fc.record({ kind: fc.constant('contributions' as const), months: fc.nat(12), through: day }),
  fc.record({ kind: fc.constant('wages' as const), months: fc.nat(12), through: day }),
  fc.record({ kind: fc.constant('domestic_service' as const), signedOn: day }),
);

const prior: fc.Arbitrary<PriorSubsidy> = fc.record({
  scheme: fc.constantFrom('training', 'skill_upgrade', 'evaluation'),
  occupationCode: occupation,
  level: fc.option(level, { nil: null }),
  certificateDate: day,
  regionCode: fc.constantFrom('410100', '440300'),
});

const trainingInput: fc.Arbitrary<TrainingSubsidyInput> = fc
  .record({
    birthDate: fc.constantFrom('1980-01-01', '2009-06-15', '2010-03-02'),
    targetGroups: fc.subarray([...TARGET_GROUP_CODES]),
    pensionScheme: fc.constantFrom(...PENSION_SCHEMES),
    kind: fc.constantFrom('project', 'enterprise'),
    startDate: day,
    days: fc.nat(90),
    lead: fc.nat(10),
    approved: fc.option(day, { nil: null }),
    occupationCode: occupation,
    classLevel: fc.option(level, { nil: null }),
    consumables: fc.constantFrom(...CONSUMABLES_CATEGORIES),
    fees: fc.tuple(fen, fen, fen),
    roster: fc.boolean(),
    scheduled: fc.nat(12_000),
    attended: fc.nat(12_000),
    completionPassed: fc.constantFrom(true, false, null),
    paidBy: fc.constantFrom('individual', 'institution', 'enterprise'),
    result,
    employment: fc.array(evidence, { maxLength: 3 }),
    history: fc.array(prior, { maxLength: 4 }),
    asOf: day,
  })
  .map((r) => ({
    person: { birthDate: r.birthDate, targetGroups: r.targetGroups, pensionScheme: r.pensionScheme },
    class: {
      kind: r.kind,
      startDate: r.startDate,
      endDate: addCivilDays(r.startDate, r.days),
      filedOn: addCivilDays(r.startDate, -r.lead),
      filingLeadWorkingDays: r.lead,
      approvedOn: r.approved,
      occupationCode: r.occupationCode,
      skillLevel: r.classLevel,
      consumables: r.consumables,
      feeFen: r.fees[0],
      governmentFen: 0,
      enterpriseFen: r.fees[1],
      individualFen: r.fees[2],
    },
    enrolment: {
      onApprovedRoster: r.roster,
      scheduledMinutes: r.scheduled,
      attendedMinutes: r.attended,
      completionPassed: r.completionPassed,
      paidBy: r.paidBy,
    },
    result: r.result,
    employment: r.employment,
    history: r.history,
    asOf: r.asOf,
  }));

/** Valid policies around the default: every amount, percentage and switch varied. */
const policy: fc.Arbitrary<SubsidyPolicy> = fc
  .record({
    levels: fc.array(fc.nat(600_000), { minLength: 5, maxLength: 5 }),
    upgradeLevels: fc.array(fc.nat(300_000), { minLength: 3, maxLength: 3 }),
    special: fen,
    perHour: fc.nat(5000),
    cap: fc.nat(200_000),
    bonus: fc.nat(10_000),
    consumables: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 3, maxLength: 3 }),
    firstStage: fc.nat(10_000),
    capAtFee: fc.boolean(),
    shortage: fc.boolean(),
  })
  .map((r) => {
    const levels = [...r.levels].sort((a, b) => a - b);
    const upgradeLevels = [...r.upgradeLevels].sort((a, b) => a - b);
    const [low, medium, high] = [...r.consumables].sort((a, b) => a - b);
    const rules = DEFAULT_SUBSIDY_POLICY.rules;
    const doc: SubsidyPolicy = {
      rules: {
        ...rules,
        A4: {
          skillLevelFen: { L5: levels[0]!, L4: levels[1]!, L3: levels[2]!, L2: levels[3]!, L1: levels[4]! },
          specialAbilityFen: r.special,
          trainingPerHourFen: r.cap > 0 ? Math.min(r.perHour, r.cap) : r.perHour,
          trainingCapFen: r.cap,
        },
        A5: {
          ...rules.A5,
          shortageBonusBasisPoints: r.bonus,
          consumablesBasisPoints: { low: low!, medium: medium!, high: high! },
        },
        A6: { ...rules.A6, onCertificationBasisPoints: r.firstStage },
        A7: { capAtFee: r.capAtFee },
        B2: {
          ...rules.B2,
          levelFen: { L5: upgradeLevels[0]!, L4: upgradeLevels[1]!, L3: upgradeLevels[2]! },
        },
      },
      shortageOccupations: r.shortage
        ? [{ occupationCode: '4-10-01-05', from: '2024-01-01', to: '2027-12-31' }]
        : [],
    };
    return doc;
  });

const isFen = (value: number) => Number.isSafeInteger(value) && value >= 0;

function expectConsistent(quote: SubsidyQuote) {
  expect(isFen(quote.amountFen)).toBe(true);
  expect(quote.eligible).toBe(quote.unmet.length === 0);
  if (!quote.eligible) {
    expect(quote.amountFen).toBe(0);
    expect(quote.unmet.length).toBeGreaterThan(0);
  } else {
    expect(quote.stages.reduce((sum, stage) => sum + stage.amountFen, 0)).toBe(quote.amountFen);
    expect(quote.lines.reduce((sum, line) => sum + (line.amountFen ?? 0), 0)).toBe(quote.amountFen);
  }
  for (const stage of quote.stages) expect(isFen(stage.amountFen)).toBe(true);
}

describe('quote properties', () => {
  it('the generated policies are valid', () => {
    fc.assert(fc.property(policy, (doc) => checkSubsidyPolicy(doc).ok));
  });

  it('training quotes: non-negative fen, stages and lines add up, refusals explained, never above the capped fee', () => {
    fc.assert(
      fc.property(trainingInput, policy, (input, doc) => {
        const quote = quoteTrainingSubsidy(input, doc, 'p');
        expectConsistent(quote);
        if (doc.rules.A7.capAtFee) expect(quote.amountFen).toBeLessThanOrEqual(input.class.feeFen);
        const share = quote.costShare!;
        for (const part of Object.values(share)) expect(isFen(part)).toBe(true);
        if (quote.amountFen <= input.class.feeFen) {
          expect(share.governmentFen + share.enterpriseFen + share.individualFen).toBe(input.class.feeFen);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the default policy quotes the same way', () => {
    fc.assert(
      fc.property(trainingInput, (input) => {
        const quote = quoteTrainingSubsidy(input, DEFAULT_SUBSIDY_POLICY, 'p');
        expectConsistent(quote);
        expect(quote.amountFen).toBeLessThanOrEqual(input.class.feeFen);
      }),
      { numRuns: 300 },
    );
  });

  it('skill-upgrade quotes: non-negative fen, one stage equal to the amount, refusals explained', () => {
    const input = fc
      .record({
        months: fc.nat(36),
        certificate: fc.record({
          certificateType: fc.constantFrom('skill_level', 'qualification'),
          level: level as fc.Arbitrary<SkillLevelCode>,
          certificateDate: day,
          occupationCode: occupation,
        }),
        applicationDate: day,
        history: fc.array(prior, { maxLength: 4 }),
      })
      .map((r) =>
        upgrade({
          person: { insuredMonthsAtCertificateDate: r.months },
          certificate: r.certificate,
          applicationDate: r.applicationDate,
          history: r.history,
        }),
      );
    fc.assert(
      fc.property(input, policy, (upgradeInput, doc) => {
        const quote = quoteSkillUpgradeSubsidy(upgradeInput, doc, 'p');
        expectConsistent(quote);
        expect(quote.stages.length).toBe(quote.eligible ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
