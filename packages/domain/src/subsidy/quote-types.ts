import type { SkillLevelCode } from '../reference/skill-levels';
import type { TargetGroupCode } from '../reference/target-groups';
import type { FundSourceCode } from './fund-sources';
import type { ConsumablesCategory, PensionScheme } from './policy';
import type { SubsidyTextParams } from './render-subsidy-text';
import type { SubsidyRuleId, SubsidyTextCode } from './rule-texts';

/** Dates are `YYYY-MM-DD` civil dates; money is integer fen; shares of 100% are basis points. */
export type CivilDate = string;

/**
 * What a certificate proves. Levelled types always name their level (a qualification without
 * one is priced by no table, so the caller records it as the unlevelled kind it is paid like).
 */
export type CertificateResult =
  | {
      certificateType: 'skill_level' | 'qualification';
      level: SkillLevelCode;
      certificateDate: CivilDate;
      certificateId?: string;
    }
  | {
      certificateType: 'special_ability' | 'training';
      level?: null;
      certificateDate: CivilDate;
      certificateId?: string;
    };

/** A subsidy the person has already been granted, anywhere in the country. */
export interface PriorSubsidy {
  scheme: 'training' | 'skill_upgrade' | 'evaluation';
  occupationCode: string;
  /** null for certificates without a level (专项职业能力, 培训合格). */
  level: SkillLevelCode | null;
  certificateDate: CivilDate;
  certificateId?: string;
  /** GB/T 2260 code of the region that paid it. */
  regionCode: string;
}

/** Proof of work after training, as A6 accepts it. */
export type EmploymentEvidence =
  | { kind: 'contract'; startDate: CivilDate; months: number }
  /** `months` consecutive months of social insurance contributions ending in `through`. */
  | { kind: 'contributions'; months: number; through: CivilDate }
  | { kind: 'wages'; months: number; through: CivilDate }
  | { kind: 'domestic_service'; signedOn: CivilDate };

export type Payee = 'individual' | 'institution' | 'enterprise';

/** Everything the A rules (职业培训补贴) read about one trainee in one class. */
export interface TrainingSubsidyInput {
  person: {
    birthDate: CivilDate;
    targetGroups: readonly TargetGroupCode[];
    pensionScheme: PensionScheme;
  };
  class: {
    /** A government project class, or an enterprise's own training of its employees. */
    kind: 'project' | 'enterprise';
    startDate: CivilDate;
    endDate: CivilDate;
    filedOn: CivilDate;
    /** Working days from filing to the start, counted by the caller on the region's calendar. */
    filingLeadWorkingDays: number;
    approvedOn: CivilDate | null;
    occupationCode: string;
    /** The level the class prepares for, or null for training without a level. */
    skillLevel: SkillLevelCode | null;
    consumables: ConsumablesCategory;
    /** The fee per trainee and how the class plan shares it (fen). */
    feeFen: number;
    governmentFen: number;
    enterpriseFen: number;
    individualFen: number;
  };
  enrolment: {
    onApprovedRoster: boolean;
    scheduledMinutes: number;
    /** Minutes recorded by attendance, never self-declared. */
    attendedMinutes: number;
    /** The completion exam: passed, failed, or not held yet. */
    completionPassed: boolean | null;
    /** Who paid the fee: an individual who advanced it is refunded (先垫后补). */
    paidBy: Payee;
  };
  /** The certificate obtained, or null while there is none (training-only classes included). */
  result: CertificateResult | null;
  employment: readonly EmploymentEvidence[];
  history: readonly PriorSubsidy[];
  /** Today, from the caller's clock. */
  asOf: CivilDate;
}

/** Everything the B rules (技能提升补贴, paid from unemployment insurance) read. */
export interface SkillUpgradeSubsidyInput {
  person: {
    /** Months of unemployment-insurance contributions up to the certificate date. */
    insuredMonthsAtCertificateDate: number;
  };
  certificate: CertificateResult & { occupationCode: string };
  applicationDate: CivilDate;
  history: readonly PriorSubsidy[];
  asOf: CivilDate;
}

export interface QuoteText {
  ruleId: SubsidyRuleId;
  code: SubsidyTextCode;
  params: SubsidyTextParams;
}

/** One step of the breakdown; the amounts of a quote's lines add up to its amount. */
export interface QuoteLine extends QuoteText {
  amountFen?: number;
}

export interface QuoteStage extends QuoteText {
  stage: 'certification' | 'employment';
  amountFen: number;
  status: 'payable' | 'pending' | 'lapsed';
  dueBy?: CivilDate;
}

export interface CostShare {
  feeFen: number;
  governmentFen: number;
  enterpriseFen: number;
  individualFen: number;
}

export interface SubsidyQuote {
  scheme: 'training' | 'skill_upgrade';
  eligible: boolean;
  /** 0 when not eligible. */
  amountFen: number;
  fund: FundSourceCode;
  payee: Payee;
  /** Empty when not eligible; otherwise their amounts add up to `amountFen`. */
  stages: QuoteStage[];
  /** Empty when not eligible. */
  lines: QuoteLine[];
  /** Every condition not met, in rule order; empty exactly when eligible. */
  unmet: QuoteText[];
  costShare?: CostShare;
  policyVersion: string;
  ruleIds: SubsidyRuleId[];
}
