import type { LocalizedText } from './localized-text';

/**
 * The groups the action's subsidised training is aimed at. A trainee may belong to several.
 * `evidence` is what a caseworker usually asks to see before counting someone in the group; the
 * exact list is set locally, so it is guidance shown beside the choice, not a rule the platform
 * enforces.
 */
export const TARGET_GROUPS = [
  {
    code: 'rural_migrant_worker',
    name: { 'zh-CN': '农村转移就业劳动者', 'en-US': 'Rural worker moving into non-farm work' },
    evidence: '农村户籍证明或村（居）委会出具的转移就业证明',
  },
  {
    code: 'unemployed_graduate',
    name: { 'zh-CN': '离校未就业高校毕业生', 'en-US': 'Graduate not yet employed after leaving school' },
    evidence: '毕业证书，以及离校后未就业的实名登记记录',
  },
  {
    code: 'graduating_student',
    name: { 'zh-CN': '毕业年度高校毕业生', 'en-US': 'Student in the year of graduation' },
    evidence: '学生证或学校出具的毕业年度在籍证明',
  },
  {
    code: 'registered_unemployed',
    name: { 'zh-CN': '登记失业人员', 'en-US': 'Registered unemployed person' },
    evidence: '《就业创业证》或公共就业服务机构的失业登记记录',
  },
  {
    code: 'hard_to_employ',
    name: { 'zh-CN': '就业困难人员', 'en-US': 'Person with employment difficulties' },
    evidence: '人力资源社会保障部门的就业困难人员认定记录（《就业创业证》注明）',
  },
  {
    code: 'poverty_alleviated',
    name: { 'zh-CN': '脱贫劳动力', 'en-US': 'Worker from a household lifted out of poverty' },
    evidence: '防止返贫监测信息系统中的脱贫人口身份记录',
  },
  {
    code: 'poverty_risk_monitored',
    name: { 'zh-CN': '防止返贫监测对象', 'en-US': 'Person monitored against falling back into poverty' },
    evidence: '防止返贫监测信息系统中的监测对象身份记录',
  },
  {
    code: 'veteran',
    name: { 'zh-CN': '退役军人', 'en-US': 'Veteran' },
    evidence: '退役证件（如退出现役证、士兵退出现役证）',
  },
  {
    code: 'disabled',
    name: { 'zh-CN': '残疾人', 'en-US': 'Person with a disability' },
    evidence: '《中华人民共和国残疾人证》',
  },
  {
    code: 'post_school_youth',
    name: {
      'zh-CN': '两后生',
      'en-US': 'Youth not continuing after junior or senior high school',
    },
    evidence: '初中或高中毕业证明，以及未继续升学的说明',
  },
  {
    code: 'enterprise_employee',
    name: { 'zh-CN': '企业职工', 'en-US': 'Enterprise employee' },
    evidence: '劳动合同或企业在职证明，以及社会保险参保记录',
  },
] as const satisfies readonly { code: string; name: LocalizedText; evidence: string }[];

export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type TargetGroupCode = TargetGroup['code'];

export const TARGET_GROUP_CODES = TARGET_GROUPS.map((group) => group.code) as readonly TargetGroupCode[];

export function isTargetGroupCode(value: string): value is TargetGroupCode {
  return (TARGET_GROUP_CODES as readonly string[]).includes(value);
}

export function targetGroup(code: TargetGroupCode): TargetGroup {
  return TARGET_GROUPS.find((group) => group.code === code)!;
}
