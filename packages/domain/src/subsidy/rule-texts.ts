import type { LocalizedText } from '../reference/localized-text';

/**
 * Every subsidy rule and every code a quote can carry, in one table each, so a rule id, a code
 * and its wording are written once. Templates take `{param}` placeholders; `renderSubsidyText`
 * formats money, percentages, levels and names before filling them in.
 */
export const SUBSIDY_RULES = {
  A1: { scheme: 'training', name: { 'zh-CN': '补贴对象', 'en-US': 'Who may be subsidised' } },
  A2: { scheme: 'training', name: { 'zh-CN': '开班备案', 'en-US': 'Class filing and approval' } },
  A3: { scheme: 'training', name: { 'zh-CN': '培训过程', 'en-US': 'Attendance and completion' } },
  A4: { scheme: 'training', name: { 'zh-CN': '补贴标准', 'en-US': 'Amount by certificate' } },
  A5: { scheme: 'training', name: { 'zh-CN': '浮动补贴', 'en-US': 'Shortage bonus and consumables' } },
  A6: { scheme: 'training', name: { 'zh-CN': '分段拨付', 'en-US': 'Payment in two stages' } },
  A7: { scheme: 'training', name: { 'zh-CN': '成本分担', 'en-US': 'Cost sharing' } },
  A8: { scheme: 'training', name: { 'zh-CN': '补贴发放对象', 'en-US': 'Who is paid' } },
  B1: { scheme: 'skill_upgrade', name: { 'zh-CN': '参保缴费', 'en-US': 'Insured months' } },
  B2: { scheme: 'skill_upgrade', name: { 'zh-CN': '补贴标准', 'en-US': 'Amount by level' } },
  B3: { scheme: 'skill_upgrade', name: { 'zh-CN': '年度次数', 'en-US': 'Claims per year' } },
  B4: { scheme: 'skill_upgrade', name: { 'zh-CN': '不与培训补贴重复', 'en-US': 'No double subsidy' } },
  C1: { scheme: 'both', name: { 'zh-CN': '年度享受次数', 'en-US': 'Subsidies per person per year' } },
  C2: { scheme: 'both', name: { 'zh-CN': '同职业同等级限享一次', 'en-US': 'Once per occupation and level' } },
} as const satisfies Record<string, { scheme: 'training' | 'skill_upgrade' | 'both'; name: LocalizedText }>;

export type SubsidyRuleId = keyof typeof SUBSIDY_RULES;
export const SUBSIDY_RULE_IDS = Object.keys(SUBSIDY_RULES) as SubsidyRuleId[];

type Text = { ruleId: SubsidyRuleId } & LocalizedText;

export const SUBSIDY_TEXTS = {
  // A1
  a1_under_age: {
    ruleId: 'A1',
    'zh-CN': '开班时年满 {age} 周岁，未满 {minAge} 周岁',
    'en-US': 'Aged {age} when the class started, under the minimum of {minAge}',
  },
  a1_not_target_group: {
    ruleId: 'A1',
    'zh-CN': '不属于补贴政策覆盖的重点群体',
    'en-US': 'Not in any target group the subsidy covers',
  },
  a1_enterprise_employee_project_class: {
    ruleId: 'A1',
    'zh-CN': '企业职工仅在本企业组织的培训中享受补贴',
    'en-US': 'Enterprise employees are subsidised only in training their enterprise organises',
  },
  a1_excluded_pension: {
    ruleId: 'A1',
    'zh-CN': '参加{pensionScheme}养老保险的人员不在补贴范围内',
    'en-US': 'People covered by the {pensionScheme} pension scheme are not subsidised',
  },
  // A2
  a2_not_approved: { ruleId: 'A2', 'zh-CN': '培训班未经备案审核', 'en-US': 'The class was never approved' },
  a2_approved_late: {
    ruleId: 'A2',
    'zh-CN': '培训班于 {approvedOn} 审核通过，未在开班（{startDate}）前完成备案',
    'en-US': 'The class was approved on {approvedOn}, not before it started on {startDate}',
  },
  a2_filing_late: {
    ruleId: 'A2',
    'zh-CN': '开班前 {leadWorkingDays} 个工作日备案，不足 {requiredWorkingDays} 个工作日',
    'en-US': 'Filed {leadWorkingDays} working days before the start, fewer than {requiredWorkingDays}',
  },
  a2_not_on_roster: {
    ruleId: 'A2',
    'zh-CN': '不在备案的花名册中',
    'en-US': 'Not on the approved roster of the class',
  },
  // A3
  a3_no_schedule: {
    ruleId: 'A3',
    'zh-CN': '培训班没有排定课时',
    'en-US': 'The class has no scheduled hours',
  },
  a3_attendance_low: {
    ruleId: 'A3',
    'zh-CN': '出勤率 {attendedBasisPoints}，低于要求的 {requiredBasisPoints}',
    'en-US': 'Attendance {attendedBasisPoints}, below the required {requiredBasisPoints}',
  },
  a3_completion_failed: { ruleId: 'A3', 'zh-CN': '结业考核不合格', 'en-US': 'Failed the completion exam' },
  a3_completion_missing: {
    ruleId: 'A3',
    'zh-CN': '尚无结业考核结果',
    'en-US': 'No completion result yet',
  },
  // A4
  a4_skill_level: {
    ruleId: 'A4',
    'zh-CN': '取得{certificateType}（{level}）',
    'en-US': '{certificateType} at {level}',
  },
  a4_special_ability: {
    ruleId: 'A4',
    'zh-CN': '取得专项职业能力证书',
    'en-US': 'Specialised vocational ability certificate',
  },
  a4_training_hours: {
    ruleId: 'A4',
    'zh-CN': '培训 {attendedMinutes} 学时，每学时 {perHourFen} 元',
    'en-US': '{attendedMinutes} hours of training at {perHourFen} yuan an hour',
  },
  a4_training_hours_capped: {
    ruleId: 'A4',
    'zh-CN':
      '培训 {attendedMinutes} 学时，每学时 {perHourFen} 元，共 {uncappedFen} 元，按上限 {capFen} 元补贴',
    'en-US':
      '{attendedMinutes} hours at {perHourFen} yuan an hour make {uncappedFen} yuan, capped at {capFen} yuan',
  },
  // A5
  a5_shortage_bonus: {
    ruleId: 'A5',
    'zh-CN': '{occupation} 属紧缺职业，上浮 {bonusBasisPoints}',
    'en-US': '{occupation} is a shortage occupation: {bonusBasisPoints} more',
  },
  a5_consumables: {
    ruleId: 'A5',
    'zh-CN': '耗材{consumables}，按 {consumablesBasisPoints} 计',
    'en-US': '{consumables} consumables: {consumablesBasisPoints} of the amount',
  },
  // A6
  a6_certification_payable: {
    ruleId: 'A6',
    'zh-CN': '取得培训成果后拨付 {onCertificationBasisPoints}',
    'en-US': '{onCertificationBasisPoints} paid on the training result',
  },
  a6_certification_pending: {
    ruleId: 'A6',
    'zh-CN': '待取得证书或结业合格后拨付 {onCertificationBasisPoints}',
    'en-US': '{onCertificationBasisPoints} due once a certificate or a passed completion is recorded',
  },
  a6_employment_payable: {
    ruleId: 'A6',
    'zh-CN': '已有就业凭证（{evidence}），拨付其余部分',
    'en-US': 'Employment shown by {evidence}: the rest is paid',
  },
  a6_employment_pending: {
    ruleId: 'A6',
    'zh-CN': '待 {dueBy} 前提交就业凭证后拨付其余部分',
    'en-US': 'The rest is paid on evidence of employment by {dueBy}',
  },
  a6_employment_lapsed: {
    ruleId: 'A6',
    'zh-CN': '至 {dueBy} 未见就业凭证，其余部分不再拨付',
    'en-US': 'No evidence of employment by {dueBy}: the rest is not paid',
  },
  // A7
  a7_fee_cap: {
    ruleId: 'A7',
    'zh-CN': '补贴 {computedFen} 元超过培训费 {feeFen} 元，按培训费补贴',
    'en-US': 'The subsidy of {computedFen} yuan exceeds the fee of {feeFen} yuan and is limited to it',
  },
  // A8
  a8_payee: { ruleId: 'A8', 'zh-CN': '补贴发放给{payee}', 'en-US': 'Paid to the {payee}' },
  // B1
  b1_insured_months_short: {
    ruleId: 'B1',
    'zh-CN': '参保缴费 {insuredMonths} 个月，不足 {minInsuredMonths} 个月',
    'en-US': 'Insured for {insuredMonths} months, fewer than {minInsuredMonths}',
  },
  // B2
  b2_level: {
    ruleId: 'B2',
    'zh-CN': '取得{certificateType}（{level}）',
    'en-US': '{certificateType} at {level}',
  },
  b2_certificate_type_not_covered: {
    ruleId: 'B2',
    'zh-CN': '{certificateType}不在技能提升补贴范围内',
    'en-US': 'A {certificateType} is not covered by the skill-upgrade subsidy',
  },
  b2_level_not_covered: {
    ruleId: 'B2',
    'zh-CN': '{level}证书不在技能提升补贴范围内',
    'en-US': 'Certificates at {level} are not covered by the skill-upgrade subsidy',
  },
  b2_application_late: {
    ruleId: 'B2',
    'zh-CN':
      '证书发证已超过 {applyWithinMonths} 个月（发证日期 {certificateDate}，申请日期 {applicationDate}）',
    'en-US':
      'More than {applyWithinMonths} months since the certificate was issued (issued {certificateDate}, applied {applicationDate})',
  },
  // B3
  b3_yearly_limit: {
    ruleId: 'B3',
    'zh-CN': '{year} 年已享受 {count} 次技能提升补贴，已达每年 {limit} 次',
    'en-US': '{count} skill-upgrade subsidies already in {year}, the limit is {limit} a year',
  },
  // B4
  b4_training_subsidy_paid: {
    ruleId: 'B4',
    'zh-CN': '证书 {certificateId} 已享受职业培训补贴',
    'en-US': 'Certificate {certificateId} was already paid a training subsidy',
  },
  // C1
  c1_yearly_limit: {
    ruleId: 'C1',
    'zh-CN': '本年度已享受 {count} 次补贴，已达上限',
    'en-US': '{count} subsidies already received this year, the yearly limit',
  },
  // C2
  c2_same_level: {
    ruleId: 'C2',
    'zh-CN': '已于 {region} 享受过 {occupation} {level} 补贴',
    'en-US': 'Already subsidised for {occupation} {level} in {region}',
  },
  c2_lower_level: {
    ruleId: 'C2',
    'zh-CN': '已于 {region} 享受过 {occupation} {heldLevel} 补贴，不再补贴更低的{level}',
    'en-US': 'Already subsidised for {occupation} {heldLevel} in {region}; a lower {level} is not paid',
  },
} as const satisfies Record<string, Text>;

export type SubsidyTextCode = keyof typeof SUBSIDY_TEXTS;
