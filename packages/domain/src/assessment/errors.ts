import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of assessment results, assessment bodies and evaluation imports. */
export const ASSESSMENT_ERRORS = {
  'assessment.class_not_completed': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，结业后才能录入考核结果',
    'en-US': 'The class is {statusEn}; results are recorded once it has completed',
  },
  'assessment.results_locked': {
    kind: 'conflict',
    'zh-CN': '结业考核结果已提交，不能再修改',
    'en-US': 'The completion results were submitted and can no longer change',
  },
  'assessment.not_evaluable': {
    kind: 'forbidden',
    'zh-CN': '本评价机构不能评价职业“{occupation}”，或该班级不在本机构所在地区',
    'en-US': 'Your assessment body may not evaluate {occupation}, or the class is outside its region',
  },
  'assessment.no_account_body': {
    kind: 'forbidden',
    'zh-CN': '当前账号没有关联评价机构',
    'en-US': 'This account is not linked to an assessment body',
  },
  'assessment.body_code_taken': {
    kind: 'conflict',
    'zh-CN': '评价机构代码 {code} 已被使用',
    'en-US': 'Assessment body code {code} is already in use',
  },
  'assessment.import_invalid': {
    kind: 'invalid',
    'zh-CN': '评价结果文件中有 {count} 行不符合要求，未导入任何一行',
    'en-US': '{count} rows of the evaluation file have problems; nothing was imported',
  },
  'assessment.nothing_to_issue': {
    kind: 'conflict',
    'zh-CN': '没有可以发证的学员（须考核合格且尚未发过同类证书）',
    'en-US': 'No trainee can be issued a certificate (a pass is needed and none issued yet)',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a result, body or imported row is rejected, spread into FIELD_REASONS. */
export const ASSESSMENT_FIELD_REASONS = {
  result_score_range: {
    'zh-CN': '成绩应在 0 到 100 之间，最多两位小数',
    'en-US': 'must be from 0 to 100 with at most two decimals',
  },
  passed_mismatch: {
    'zh-CN': '与成绩不符：{mark} 分及以上为合格',
    'en-US': 'does not match the score: {mark} or more passes',
  },
  before_class_end: {
    'zh-CN': '不能早于班级结束日期（{end}）',
    'en-US': 'must not be before the last day of the class ({end})',
  },
  trainee_not_in_class: {
    'zh-CN': '不是本班的在册学员',
    'en-US': 'is not a trainee of this class',
  },
  no_completed_class: {
    'zh-CN': '该人员没有已结业的该职业培训班',
    'en-US': 'has no completed class of this occupation',
  },
  evaluated_by_other_body: {
    'zh-CN': '该学员已由其他评价机构评价，不能覆盖其结果',
    'en-US': 'was evaluated by another assessment body; its result cannot be overwritten',
  },
  result_repeated: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'repeats row {row}' },
  invalid_result_text: { 'zh-CN': '应填“合格”或“不合格”', 'en-US': 'must be 合格 (pass) or 不合格 (fail)' },
  body_code_format: { 'zh-CN': '应为 4 位数字', 'en-US': 'must be 4 digits' },
  site_code_format: { 'zh-CN': '应为 6 位数字', 'en-US': 'must be 6 digits' },
  account_not_assessor: {
    'zh-CN': '不是评价机构角色的账号，或已关联其他机构',
    'en-US': 'is not an assessor account, or is linked to another body',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
