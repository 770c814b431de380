import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of certificates and their public verification, spread into ERROR_CATALOG. */
export const CREDENTIAL_ERRORS = {
  'credentials.already_revoked': {
    kind: 'conflict',
    'zh-CN': '该证书已于 {revokedOn} 撤销，不能重复撤销',
    'en-US': 'This certificate was already revoked on {revokedOn}',
  },
  'credentials.already_issued': {
    kind: 'conflict',
    'zh-CN': '该学员本次培训已发放{kindZh}（证书编号 {number}），不能重复发放',
    'en-US': 'A {kindEn} has already been issued for this enrolment (number {number})',
  },
  'credentials.serials_exhausted': {
    kind: 'conflict',
    'zh-CN': '证书编号 {prefix} 段的流水号已用尽，请联系系统管理员',
    'en-US': 'The serial numbers of series {prefix} are used up; contact an administrator',
  },
  'credentials.verification_blocked': {
    kind: 'rate_limited',
    'zh-CN': '查询未找到证书的次数过多，请于北京时间 {retryAt}（约 {retryAfterMinutes} 分钟后）再试',
    'en-US':
      'Too many look-ups found no certificate; try again at {retryAt} China time (in about {retryAfterMinutes} minutes)',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a certificate request or a verification is rejected, spread into FIELD_REASONS. */
export const CREDENTIAL_FIELD_REASONS = {
  certificate_number_format: {
    'zh-CN':
      '不是有效的证书编号：职业技能等级证书为 Y 或 S 开头的 22 位编号，专项职业能力证书（Z 开头）和培训合格证（P 开头）为 18 位',
    'en-US':
      'is not a certificate number: skill level certificates have 22 characters beginning with Y or S, special ability certificates (Z) and training certificates (P) 18',
  },
  skill_level_required: {
    'zh-CN': '职业技能等级证书必须载明技能等级',
    'en-US': 'is required for a vocational skill level certificate',
  },
  skill_level_not_applicable: {
    'zh-CN': '{kindZh}不载明技能等级',
    'en-US': 'is not recorded on a {kindEn}',
  },
  certificate_issuer_kind: {
    'zh-CN': '{kindZh}应由{issuerZh}发放',
    'en-US': 'a {kindEn} must be issued by {issuerEn}',
  },
  evaluation_kind_format: {
    'zh-CN': '应为 Y（用人单位自主评价）或 S（社会培训评价组织评价）',
    'en-US': 'must be Y (employer-based evaluation) or S (social evaluation organisation)',
  },
  assessment_body_code_format: {
    'zh-CN': '应为 4 位数字的评价机构代码',
    'en-US': 'must be the assessment body’s 4-digit code',
  },
  evaluation_site_code_format: {
    'zh-CN': '应为 6 位数字的评价站点代码',
    'en-US': 'must be the evaluation site’s 6-digit code',
  },
  certificate_year_range: {
    'zh-CN': '发证年份应在 {first}–{last} 年之间',
    'en-US': 'must be a year from {first} to {last}',
  },
  certificate_person_unknown: {
    'zh-CN': '不是已登记的人员',
    'en-US': 'is not a registered person',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;

export type CredentialFieldReason = keyof typeof CREDENTIAL_FIELD_REASONS;
