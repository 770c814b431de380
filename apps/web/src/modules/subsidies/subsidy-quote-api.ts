import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import type { Payee } from '@qiancheng/domain/subsidy/quote-types';
import type { SubsidyRuleId } from '@qiancheng/domain/subsidy/rule-texts';
import { api } from '../../app/api/client';
import type { LocalizedText } from '../../app/i18n/messages';

/** A rule's finding, put in words by the server in both languages. */
interface Explained {
  ruleId: SubsidyRuleId;
  code: string;
  params: Record<string, string | number | null>;
  text: LocalizedText;
}

export interface QuoteStage extends Explained {
  stage: 'certification' | 'employment';
  amountFen: number;
  status: 'payable' | 'pending' | 'lapsed';
  dueBy: string | null;
}

export interface QuoteLine extends Explained {
  amountFen: number | null;
}

/** 补贴测算: what the rules in force give a person, with every step and every condition not met. */
export interface SubsidyQuote {
  person: { id: string; name: string; idNumberMasked: string };
  /** The policy version and whose it is (regionCode null: the national default). */
  policy: { version: string; regionCode: string | null };
  subject: { occupationCode: string; occupationName: string; title: string };
  scheme: 'training' | 'skill_upgrade';
  eligible: boolean;
  amountFen: number;
  fund: FundSourceCode;
  payee: Payee;
  stages: QuoteStage[];
  lines: QuoteLine[];
  unmet: Explained[];
  costShare: { feeFen: number; governmentFen: number; enterpriseFen: number; individualFen: number } | null;
  ruleIds: SubsidyRuleId[];
}

/** Who a plan is quoted for: staff name a person by ID number; a worker is always themselves. */
interface Person {
  idNumber?: string;
}

export type TrainingResult = 'skill_level' | 'special_ability' | 'training';
export type UpgradeCertificateType = 'skill_level' | 'qualification';

/** The four things a quote can be asked for, as the API takes them. */
export type QuoteRequest =
  | { kind: 'enrolment'; enrolmentId: string }
  | { kind: 'certificate'; certificateId: string; applicationDate?: string }
  | (Person & {
      kind: 'training_plan';
      projectId: string;
      targetGroup: TargetGroupCode;
      result: TrainingResult;
      level?: SkillLevelCode;
      feeFen: number;
      attendedHours?: number;
      paidBy: 'individual' | 'institution';
    })
  | (Person & {
      kind: 'upgrade_plan';
      occupationCode: string;
      certificateType: UpgradeCertificateType;
      level: SkillLevelCode;
      certificateDate: string;
      applicationDate?: string;
    });

export type QuoteKind = QuoteRequest['kind'];

/** Asks for a quote; nothing is recorded, so asking again is harmless. */
export async function requestQuote(request: QuoteRequest): Promise<SubsidyQuote> {
  return (await api.post<{ quote: SubsidyQuote }>('/api/v1/subsidies/quote', request)).quote;
}
