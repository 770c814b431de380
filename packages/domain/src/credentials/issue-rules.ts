import { isSkillLevelCode, type SkillLevelCode } from '../reference/skill-levels';
import {
  CERTIFICATE_KIND_NAMES,
  CERTIFICATE_KINDS,
  type CertificateKind,
  type IssuerKind,
  isCertificateKind,
} from './certificate-kinds';
import {
  type CertificateSeries,
  type EvaluationKind,
  FIRST_YEAR,
  LAST_YEAR,
  seriesProblems,
} from './certificate-number';
import type { CredentialFieldReason } from './errors';

/** The longest holder name a certificate prints (names of several parts included). */
export const HOLDER_NAME_MAX = 50;

export interface IssueRuleInput {
  kind: CertificateKind;
  holderName: string;
  skillLevel?: string | null;
  issuer: {
    kind: IssuerKind;
    regionCode: string;
    bodyCode?: string;
    siteCode?: string;
    evaluationKind?: string;
  };
  /** YYYY-MM-DD */
  issuedOn: string;
}

export interface IssueProblem {
  field: string;
  reason:
    | CredentialFieldReason
    | 'required'
    | 'too_long'
    | 'invalid_value'
    | 'invalid_format'
    | 'invalid_date';
  params?: Record<string, unknown>;
}

/** Who issues each kind: institutions their classes' 培训合格证, assessment bodies the evaluations. */
export const ISSUER_OF_KIND: Readonly<Record<CertificateKind, IssuerKind>> = {
  training: 'institution',
  skill_level: 'assessment_body',
  special_ability: 'assessment_body',
};

const ISSUER_NAMES = {
  institution: { 'zh-CN': '培训机构', 'en-US': 'a training institution' },
  assessment_body: { 'zh-CN': '评价机构', 'en-US': 'an assessment body' },
} as const;

function isCivilDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const kindParams = (kind: CertificateKind) => ({
  kindZh: CERTIFICATE_KIND_NAMES[kind]['zh-CN'],
  kindEn: CERTIFICATE_KIND_NAMES[kind]['en-US'],
});

const SERIES_FIELDS = {
  evaluationKind: { field: 'issuer.evaluationKind', reason: 'evaluation_kind_format' },
  bodyCode: { field: 'issuer.bodyCode', reason: 'assessment_body_code_format' },
  siteCode: { field: 'issuer.siteCode', reason: 'evaluation_site_code_format' },
  provinceCode: { field: 'issuer.regionCode', reason: 'invalid_format' },
  regionCode: { field: 'issuer.regionCode', reason: 'invalid_format' },
  level: { field: 'skillLevel', reason: 'invalid_value' },
  year: { field: 'issuedOn', reason: 'certificate_year_range' },
} as const satisfies Record<string, IssueProblem>;

/** The series a valid input numbers its certificate in. */
export function certificateSeries(input: IssueRuleInput): CertificateSeries {
  const year = Number(input.issuedOn.slice(0, 4));
  if (input.kind === 'skill_level') {
    return {
      kind: 'skill_level',
      evaluationKind: (input.issuer.evaluationKind ?? '') as EvaluationKind,
      bodyCode: input.issuer.bodyCode ?? '',
      provinceCode: input.issuer.regionCode.slice(0, 2),
      siteCode: input.issuer.siteCode ?? '',
      year,
      level: (input.skillLevel ?? '') as SkillLevelCode,
    };
  }
  return { kind: input.kind, regionCode: input.issuer.regionCode, year };
}

/**
 * Everything wrong with a request to issue a certificate, by field, before anything is written:
 * the holder's name, the level (required for skill levels, meaningless for the other kinds), the
 * issuer (the right kind of organisation, and for skill levels the codes the number is made of),
 * and the date (a calendar date within the years a number can carry).
 */
export function issueProblems(input: IssueRuleInput): IssueProblem[] {
  if (!isCertificateKind(input.kind)) {
    return [{ field: 'kind', reason: 'invalid_value', params: { options: CERTIFICATE_KINDS.join(', ') } }];
  }
  const problems: IssueProblem[] = [];
  const name = input.holderName.trim();
  if (!name) problems.push({ field: 'holderName', reason: 'required' });
  else if (Array.from(name).length > HOLDER_NAME_MAX) {
    problems.push({ field: 'holderName', reason: 'too_long', params: { maximum: HOLDER_NAME_MAX } });
  }
  const level = input.skillLevel ?? null;
  if (input.kind === 'skill_level' && level === null) {
    problems.push({ field: 'skillLevel', reason: 'skill_level_required' });
  } else if (input.kind !== 'skill_level' && level !== null) {
    problems.push({
      field: 'skillLevel',
      reason: 'skill_level_not_applicable',
      params: kindParams(input.kind),
    });
  } else if (level !== null && !isSkillLevelCode(level)) {
    problems.push({
      field: 'skillLevel',
      reason: 'invalid_value',
      params: { options: 'L5, L4, L3, L2, L1' },
    });
  }
  const issuerKind = ISSUER_OF_KIND[input.kind];
  if (input.issuer.kind !== issuerKind) {
    problems.push({
      field: 'issuer.kind',
      reason: 'certificate_issuer_kind',
      params: {
        ...kindParams(input.kind),
        issuerZh: ISSUER_NAMES[issuerKind]['zh-CN'],
        issuerEn: ISSUER_NAMES[issuerKind]['en-US'],
      },
    });
  }
  if (input.kind === 'skill_level') {
    for (const part of ['evaluationKind', 'bodyCode', 'siteCode'] as const) {
      if (!input.issuer[part]) problems.push({ field: `issuer.${part}`, reason: 'required' });
    }
  }
  if (!isCivilDate(input.issuedOn)) {
    problems.push({ field: 'issuedOn', reason: 'invalid_date' });
    return problems;
  }
  const reported = new Set(problems.map((p) => p.field));
  for (const part of seriesProblems(certificateSeries(input))) {
    const problem: IssueProblem =
      part === 'year'
        ? { ...SERIES_FIELDS.year, params: { first: FIRST_YEAR, last: LAST_YEAR } }
        : SERIES_FIELDS[part];
    if (!reported.has(problem.field)) {
      problems.push(problem);
      reported.add(problem.field);
    }
  }
  return problems;
}
