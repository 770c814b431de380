import { z } from 'zod';
import { parseOccupationCode } from '../reference/occupation-code';
import { SKILL_LEVEL_CODES } from '../reference/skill-levels';
import { TARGET_GROUP_CODES, type TargetGroupCode } from '../reference/target-groups';
import { isCivilDate } from './civil-dates';
import type { SubsidyRuleId } from './rule-texts';

/**
 * The subsidy policy as data: every amount, percentage, threshold and limit the rules read, so a
 * province (and a city within it) changes money by publishing a new version, never by a release.
 * Money is integer fen, percentages integer basis points (10000 = 100%), periods whole months.
 */

/** 养老保险 the person is covered by; 机关事业单位 staff are paid for by their own budgets. */
export const PENSION_SCHEMES = ['enterprise', 'public_institution', 'resident', 'none'] as const;
export type PensionScheme = (typeof PENSION_SCHEMES)[number];

/** How much material a class uses up (耗材), which raises the subsidy of material-heavy trades. */
export const CONSUMABLES_CATEGORIES = ['low', 'medium', 'high'] as const;
export type ConsumablesCategory = (typeof CONSUMABLES_CATEGORIES)[number];

/** The levels B2 may pay for: 技能提升补贴 covers 初级, 中级 and 高级 only. */
export const SKILL_UPGRADE_LEVELS = ['L5', 'L4', 'L3'] as const;

/** Certificate types that carry a level, the only ones B2 can price. */
export const LEVELLED_CERTIFICATE_TYPES = ['skill_level', 'qualification'] as const;

/** Highest value each percentage may take; a split of one amount may not exceed the whole. */
export const BASIS_POINT_MAXIMA = {
  minAttendanceBasisPoints: 10000,
  shortageBonusBasisPoints: 10000,
  consumablesBasisPoints: 20000,
  onCertificationBasisPoints: 10000,
} as const;

const fen = z.number().int().min(0);
const count = z.number().int().min(0);
const basisPoints = (max: number) => z.number().int().min(0).max(max);
const civilDate = z.string().refine(isCivilDate);
// The policy is published text, so the code must already be in its canonical form.
const occupationCode = z.string().refine((value) => {
  const parsed = parseOccupationCode(value);
  return parsed.ok && parsed.value.code === value;
});
const levelFen = <const L extends readonly string[]>(levels: L) =>
  z.strictObject(Object.fromEntries(levels.map((level) => [level, fen])) as Record<L[number], typeof fen>);

const rules = {
  A1: z.strictObject({
    minAge: count,
    targetGroups: z.array(z.enum(TARGET_GROUP_CODES as [TargetGroupCode, ...TargetGroupCode[]])),
    enterpriseEmployeesInEnterpriseTraining: z.boolean(),
    excludedPensionSchemes: z.array(z.enum(PENSION_SCHEMES)),
  }),
  A2: z.strictObject({
    filingLeadWorkingDays: count,
    requireApprovedBeforeStart: z.boolean(),
    requireOnApprovedRoster: z.boolean(),
  }),
  A3: z.strictObject({
    minAttendanceBasisPoints: basisPoints(BASIS_POINT_MAXIMA.minAttendanceBasisPoints),
    requireCompletionPassed: z.boolean(),
  }),
  A4: z.strictObject({
    skillLevelFen: levelFen(SKILL_LEVEL_CODES as readonly ['L5', 'L4', 'L3', 'L2', 'L1']),
    specialAbilityFen: fen,
    trainingPerHourFen: fen,
    /** 0 means no cap on the hourly amount. */
    trainingCapFen: fen,
  }),
  A5: z.strictObject({
    shortageBonusBasisPoints: basisPoints(BASIS_POINT_MAXIMA.shortageBonusBasisPoints),
    shortageMinLevel: z.enum(SKILL_LEVEL_CODES as ['L5', 'L4', 'L3', 'L2', 'L1']),
    consumablesBasisPoints: z.strictObject({
      low: basisPoints(BASIS_POINT_MAXIMA.consumablesBasisPoints),
      medium: basisPoints(BASIS_POINT_MAXIMA.consumablesBasisPoints),
      high: basisPoints(BASIS_POINT_MAXIMA.consumablesBasisPoints),
    }),
  }),
  A6: z.strictObject({
    onCertificationBasisPoints: basisPoints(BASIS_POINT_MAXIMA.onCertificationBasisPoints),
    employmentWindowMonths: count,
    contractMinMonths: count,
    contributionMinMonths: count,
    wageMinMonths: count,
    domesticServiceAgreement: z.boolean(),
  }),
  A7: z.strictObject({ capAtFee: z.boolean() }),
  A8: z.strictObject({}),
  B1: z.strictObject({ minInsuredMonths: count }),
  B2: z.strictObject({
    levelFen: levelFen(SKILL_UPGRADE_LEVELS),
    certificateTypes: z.array(z.enum(LEVELLED_CERTIFICATE_TYPES)),
    applyWithinMonths: count,
  }),
  B3: z.strictObject({ perYear: count, extraPerYearForShortage: count }),
  B4: z.strictObject({ excludeCertificatesWithTrainingSubsidy: z.boolean() }),
  C1: z.strictObject({ perPersonPerYear: count }),
  C2: z.strictObject({ oncePerOccupationAndLevel: z.boolean(), noLowerLevelAfterHigher: z.boolean() }),
} satisfies Record<SubsidyRuleId, z.ZodType>;

export const shortagePeriodSchema = z.strictObject({
  occupationCode,
  /** First and last day of the listing, both inclusive. */
  from: civilDate,
  to: civilDate,
});

export const subsidyPolicySchema = z.strictObject({
  rules: z.strictObject(rules),
  /** 紧缺职业（工种）目录 entries: occupations paid the A5 bonus and allowed extra B3 claims. */
  shortageOccupations: z.array(shortagePeriodSchema),
});

export type SubsidyPolicy = z.infer<typeof subsidyPolicySchema>;
export type ShortagePeriod = z.infer<typeof shortagePeriodSchema>;
export type SubsidyRules = SubsidyPolicy['rules'];
