import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of subsidy policies and quotes, spread into ERROR_CATALOG. */
export const SUBSIDY_ERRORS = {
  'subsidies.policy_state': {
    kind: 'conflict',
    'zh-CN': '该政策版本当前为“{statusZh}”，不能{actionZh}',
    'en-US': 'The policy version is {statusEn} and cannot be {actionEn}',
  },
  'subsidies.policy_invalid': {
    kind: 'invalid',
    'zh-CN': '政策内容有 {count} 处错误，未保存',
    'en-US': 'The policy has {count} errors; nothing was saved',
  },
  'subsidies.policy_not_narrower': {
    kind: 'invalid',
    'zh-CN': '市、县政策只能在上级政策（{parent}）范围内收紧，有 {count} 处超出',
    'en-US':
      'A city or county policy may only narrow its parent policy ({parent}); {count} items go beyond it',
  },
  'subsidies.own_policy': {
    kind: 'forbidden',
    'zh-CN': '不能审核自己起草或提交的政策版本，请由另一名管理员审核',
    'en-US': 'You cannot decide on a policy version you drafted or submitted; another administrator must',
  },
  'subsidies.certificate_not_upgradable': {
    kind: 'conflict',
    'zh-CN': '技能提升补贴只适用于有效的职业技能等级证书或职业资格证书',
    'en-US': 'The skill-upgrade subsidy applies only to a valid skill-level or qualification certificate',
  },
  'subsidies.person_unknown': {
    kind: 'not_found',
    'zh-CN': '没有找到该人员（公民身份号码或人员编号不存在）',
    'en-US': 'No such person (the ID number or person id does not exist)',
  },
  'subsidies.insurance_import_invalid': {
    kind: 'invalid',
    'zh-CN': '参保缴费记录有 {count} 行存在问题，未导入任何记录',
    'en-US': '{count} rows of the insurance records have problems; nothing was imported',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a row of an insurance-record import is refused, spread into FIELD_REASONS. */
export const SUBSIDY_FIELD_REASONS = {
  invalid_month: {
    'zh-CN': '不是有效年月（如 2025-10 或 202510）',
    'en-US': 'is not a valid month (such as 2025-10 or 202510)',
  },
  month_before_start: {
    'zh-CN': '截止年月早于起始年月',
    'en-US': 'is before the first month',
  },
  insured_person_unknown: {
    'zh-CN': '该公民身份号码尚未在平台登记',
    'en-US': 'no person with this ID number is registered',
  },
  evidence_in_future: {
    'zh-CN': '不能晚于今天',
    'en-US': 'must not be later than today',
  },
  evidence_months_range: {
    'zh-CN': '月数应为 1 到 120 之间的整数',
    'en-US': 'must be a whole number of months from 1 to 120',
  },
  insured_person_outside_region: {
    'zh-CN': '该人员不在您的管辖区域内',
    'en-US': 'this person is outside your region',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
