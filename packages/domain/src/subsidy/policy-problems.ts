import { formatMessage, type Locale } from '../errors/catalog';
import type { LocalizedText } from '../reference/localized-text';

/**
 * What can be wrong with a policy document, by stable code. `path` names the place in the
 * document (`rules.A4.skillLevelFen.L6`); params carry the values the message quotes.
 */
export const POLICY_PROBLEMS = {
  invalid_json: { 'zh-CN': '政策文件不是有效的 JSON', 'en-US': 'The policy is not valid JSON' },
  not_an_object: { 'zh-CN': '政策文件应为一个 JSON 对象', 'en-US': 'The policy must be a JSON object' },
  unknown_rule: { 'zh-CN': '未知的规则 {ruleId}', 'en-US': 'Unknown rule {ruleId}' },
  missing_rule: { 'zh-CN': '缺少规则 {ruleId}', 'en-US': 'Rule {ruleId} is missing' },
  unknown_key: { 'zh-CN': '{path}：无法识别的字段', 'en-US': '{path}: unknown field' },
  missing_field: { 'zh-CN': '{path}：缺少此项', 'en-US': '{path}: is missing' },
  wrong_type: { 'zh-CN': '{path}：类型应为 {expected}', 'en-US': '{path}: must be of type {expected}' },
  amount_negative: {
    'zh-CN': '{path}：金额不能为负数（{value}）',
    'en-US': '{path}: an amount cannot be negative ({value})',
  },
  amount_not_integer: {
    'zh-CN': '{path}：金额应为以分为单位的整数，不能是 {value}',
    'en-US': '{path}: amounts are whole fen, not {value}',
  },
  count_invalid: {
    'zh-CN': '{path}：应为非负整数，不能是 {value}',
    'en-US': '{path}: must be a whole number of at least 0, not {value}',
  },
  percentage_out_of_range: {
    'zh-CN': '{path}：应为 0 到 {max} 之间的整数基点（10000 即 100%），不能是 {value}',
    'en-US': '{path}: must be whole basis points from 0 to {max} (10000 is 100%), not {value}',
  },
  unknown_level: {
    'zh-CN': '{path}：不存在等级 {level}（可用 {allowed}）',
    'en-US': '{path}: there is no level {level} here (allowed: {allowed})',
  },
  unknown_target_group: {
    'zh-CN': '{path}：未知的重点群体 {value}',
    'en-US': '{path}: unknown target group {value}',
  },
  unknown_pension_scheme: {
    'zh-CN': '{path}：未知的养老保险类型 {value}',
    'en-US': '{path}: unknown pension scheme {value}',
  },
  unknown_consumables_category: {
    'zh-CN': '{path}：未知的耗材类别 {value}（可用 {allowed}）',
    'en-US': '{path}: unknown consumables category {value} (allowed: {allowed})',
  },
  unknown_certificate_type: {
    'zh-CN': '{path}：证书类型 {value} 不适用（可用 {allowed}）',
    'en-US': '{path}: certificate type {value} does not apply (allowed: {allowed})',
  },
  malformed_date: {
    'zh-CN': '{path}：日期 {value} 不正确，应为 YYYY-MM-DD',
    'en-US': '{path}: {value} is not a YYYY-MM-DD date',
  },
  malformed_occupation_code: {
    'zh-CN': '{path}：职业编码 {value} 不正确，应为 D-DD-DD-DD（如 4-10-01-05）',
    'en-US': '{path}: {value} is not an occupation code of the form D-DD-DD-DD (e.g. 4-10-01-05)',
  },
  shortage_period_reversed: {
    'zh-CN': '{path}：{occupationCode} 的紧缺期开始于 {from}，晚于结束日期 {to}',
    'en-US': '{path}: the shortage period of {occupationCode} starts on {from}, after it ends on {to}',
  },
  shortage_period_overlap: {
    'zh-CN': '{path}：{occupationCode} 的紧缺期与 {otherPath} 重叠',
    'en-US': '{path}: the shortage period of {occupationCode} overlaps {otherPath}',
  },
  amounts_not_increasing: {
    'zh-CN': '{path}：{level} 的补贴 {value} 低于更低等级 {lowerLevel} 的 {lowerValue}',
    'en-US': '{path}: {level} pays {value}, less than the lower level {lowerLevel} ({lowerValue})',
  },
  training_rate_over_cap: {
    'zh-CN': '{path}：每学时 {value} 高于培训补贴上限 {cap}',
    'en-US': '{path}: {value} an hour is more than the cap of {cap}',
  },
  consumables_not_increasing: {
    'zh-CN': '{path}：耗材 {category} 的系数 {value} 低于 {lowerCategory} 的 {lowerValue}',
    'en-US': '{path}: consumables {category} ({value}) is below {lowerCategory} ({lowerValue})',
  },
  // A city may only narrow the policy of its province.
  narrowing_raised: {
    'zh-CN': '{path}：{child} 高于上级政策的 {parent}',
    'en-US': '{path}: {child} is more than the parent policy’s {parent}',
  },
  narrowing_lowered: {
    'zh-CN': '{path}：{child} 低于上级政策的 {parent}',
    'en-US': '{path}: {child} is less than the parent policy’s {parent}',
  },
  narrowing_requirement_dropped: {
    'zh-CN': '{path}：上级政策要求此项（{parent}），不能取消（{child}）',
    'en-US': '{path}: the parent policy requires this ({parent}); it cannot be dropped ({child})',
  },
  narrowing_permission_added: {
    'zh-CN': '{path}：上级政策不允许此项（{parent}），不能放开（{child}）',
    'en-US': '{path}: the parent policy does not allow this ({parent}); it cannot be allowed ({child})',
  },
  narrowing_value_added: {
    'zh-CN': '{path}：{value} 不在上级政策范围内',
    'en-US': '{path}: {value} is outside the parent policy',
  },
  narrowing_value_removed: {
    'zh-CN': '{path}：上级政策排除了 {value}，不能取消排除',
    'en-US': '{path}: the parent policy excludes {value}; the exclusion cannot be lifted',
  },
} as const satisfies Record<string, LocalizedText>;

export type PolicyProblemCode = keyof typeof POLICY_PROBLEMS;

export interface PolicyProblem {
  path: string;
  code: PolicyProblemCode;
  params: Readonly<Record<string, string | number | boolean>>;
}

export function renderPolicyProblem(problem: PolicyProblem, locale: Locale): string {
  return formatMessage(POLICY_PROBLEMS[problem.code][locale], { path: problem.path, ...problem.params });
}
