import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of subsidy claims, spread into ERROR_CATALOG. */
export const CLAIM_ERRORS = {
  'claims.state': {
    kind: 'conflict',
    'zh-CN': '该申领当前为“{statusZh}”，不能{actionZh}',
    'en-US': 'The claim is {statusEn} and cannot be {actionEn}',
  },
  'claims.class_not_completed': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，结业后才能申领培训补贴',
    'en-US': 'The class is {statusEn}; the training subsidy is claimed once it has completed',
  },
  'claims.nothing_to_claim': {
    kind: 'conflict',
    'zh-CN': '该班级没有可申领的补贴：学员均不符合条件、尚无可拨付的阶段或已在其他申领中',
    'en-US':
      'Nothing in this class can be claimed: no trainee qualifies, no stage is payable yet, or it is on another claim',
  },
  'claims.lines_taken': {
    kind: 'conflict',
    'zh-CN': '部分学员的补贴已在另一笔申领中，请刷新后重试',
    'en-US': 'Some trainees are already on another claim; refresh and try again',
  },
  'claims.limits_exceeded': {
    kind: 'conflict',
    'zh-CN':
      '{count} 名人员的补贴超出跨项目限制（每年次数、同职业同等级只补一次等），请退回申领并剔除后重新起草',
    'en-US':
      'The subsidies of {count} people would exceed the limits across schemes (per year, once per occupation and level); return the claim so it is drafted again without them',
  },
  'claims.upgrade_not_eligible': {
    kind: 'conflict',
    'zh-CN': '该证书目前不符合技能提升补贴条件',
    'en-US': 'This certificate does not qualify for the skill-upgrade subsidy',
  },
  'claims.certificate_claimed': {
    kind: 'conflict',
    'zh-CN': '该证书已有一笔技能提升补贴申请',
    'en-US': 'This certificate already has a skill-upgrade application',
  },
  'claims.own_claim': {
    kind: 'forbidden',
    'zh-CN': '不能审核自己起草的申领',
    'en-US': 'You cannot decide on a claim you drafted',
  },
  'claims.same_reviewer': {
    kind: 'forbidden',
    'zh-CN': '初审人不能同时复审，请由另一名经办人复审',
    'en-US': 'The reviewer cannot also approve; another staff member must',
  },
  'claims.not_under_notice': {
    kind: 'conflict',
    'zh-CN': '该申领不在公示期内，不能登记异议',
    'en-US': 'The claim is not under public notice; objections cannot be recorded',
  },
  'claims.objection_decided': {
    kind: 'conflict',
    'zh-CN': '该异议已处理，不能再次处理',
    'en-US': 'The objection was already decided',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a claim request is refused, spread into FIELD_REASONS. */
export const CLAIM_FIELD_REASONS = {
  claim_line_unknown: {
    'zh-CN': '不是该申领中已申领补贴的学员',
    'en-US': 'is not a claimed trainee of this claim',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
