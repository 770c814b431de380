import { parseIdNumber } from '@qiancheng/domain/identity/id-number';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { fenOf } from '../../app/format/money';
import type { QuoteKind, QuoteRequest, TrainingResult, UpgradeCertificateType } from './subsidy-quote-api';

/** The tabs of the page, in the order a person meets them: what they did, then what they plan. */
export const QUOTE_KINDS: readonly QuoteKind[] = [
  'enrolment',
  'certificate',
  'training_plan',
  'upgrade_plan',
];

export function quoteKindOf(value: string | undefined): QuoteKind {
  return QUOTE_KINDS.find((kind) => kind === value) ?? 'enrolment';
}

/** 参加培训前测算 as the form holds it: the fee in 元. */
export interface TrainingPlanValues {
  idNumber?: string;
  projectId: string;
  targetGroup: TargetGroupCode;
  result: TrainingResult;
  level?: SkillLevelCode;
  feeYuan: number;
  attendedHours?: number | null;
  paidBy: 'individual' | 'institution';
}

/** 技能提升补贴测算 as the form holds it. */
export interface UpgradePlanValues {
  idNumber?: string;
  occupationCode: string;
  certificateType: UpgradeCertificateType;
  level: SkillLevelCode;
  certificateDate: string;
  applicationDate?: string | null;
}

/**
 * The person of a plan: a worker is always quoted for themselves, so nothing is sent; staff send
 * the ID number as the domain normalises it (half-width, upper-case X).
 */
function person(self: boolean, idNumber: string | undefined): { idNumber?: string } {
  if (self || !idNumber?.trim()) return {};
  const parsed = parseIdNumber(idNumber);
  return { idNumber: parsed.ok ? parsed.value.idNumber : idNumber.trim() };
}

export function trainingPlanRequest(values: TrainingPlanValues, self: boolean): QuoteRequest {
  return {
    kind: 'training_plan',
    ...person(self, values.idNumber),
    projectId: values.projectId,
    targetGroup: values.targetGroup,
    result: values.result,
    // A level belongs to a skill-level certificate only.
    ...(values.result === 'skill_level' && values.level ? { level: values.level } : {}),
    feeFen: fenOf(values.feeYuan),
    ...(values.attendedHours === undefined || values.attendedHours === null
      ? {}
      : { attendedHours: values.attendedHours }),
    paidBy: values.paidBy,
  };
}

export function upgradePlanRequest(values: UpgradePlanValues, self: boolean): QuoteRequest {
  return {
    kind: 'upgrade_plan',
    ...person(self, values.idNumber),
    occupationCode: values.occupationCode,
    certificateType: values.certificateType,
    level: values.level,
    certificateDate: values.certificateDate,
    ...(values.applicationDate ? { applicationDate: values.applicationDate } : {}),
  };
}

export function certificateRequest(certificateId: string, applicationDate?: string | null): QuoteRequest {
  return { kind: 'certificate', certificateId, ...(applicationDate ? { applicationDate } : {}) };
}

/**
 * Fields the server names differently from the form that typed them: the fee travels in fen, and
 * the certificate list's `number` is the number staff typed.
 */
const FORM_NAMES: Record<string, string> = { feeFen: 'feeYuan', number: 'certificateNumber' };

/**
 * Field problems the server reported, sorted by where they are shown: beside the form's input of
 * that name (or the one the server's name stands for), or listed with the message when the form
 * has no such input.
 */
export function placeProblems(
  details: readonly { field?: string; message: string }[],
  inputs: readonly string[],
): { byInput: Map<string, string[]>; unplaced: string[] } {
  const byInput = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const detail of details) {
    const name = detail.field ? (FORM_NAMES[detail.field] ?? detail.field) : null;
    if (name && inputs.includes(name)) {
      const messages = byInput.get(name) ?? [];
      if (!messages.includes(detail.message)) messages.push(detail.message);
      byInput.set(name, messages);
    } else {
      unplaced.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
    }
  }
  return { byInput, unplaced };
}

/** A certificate can be quoted for a skill-upgrade subsidy when it is a skill level still in force. */
export function isUpgradable(certificate: {
  kind: string;
  status: string;
  skillLevel: string | null;
}): boolean {
  return (
    certificate.kind === 'skill_level' && certificate.status === 'issued' && certificate.skillLevel !== null
  );
}
