import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of enterprises, demand lines, their spreadsheet exchange, and training wishes. */
export const DEMAND_ERRORS = {
  'enterprises.credit_code_taken': {
    kind: 'conflict',
    'zh-CN': '统一社会信用代码 {creditCode} 已登记（企业名称“{name}”）',
    'en-US': 'The unified social credit code {creditCode} is already registered (as "{name}")',
  },
  'enterprises.account_not_linked': {
    kind: 'forbidden',
    'zh-CN': '当前企业账号尚未关联企业信息，请联系当地人社部门',
    'en-US': 'This enterprise account is not linked to an enterprise yet; contact your local HR bureau',
  },
  'demand.already_closed': {
    kind: 'conflict',
    'zh-CN': '该用工需求已关闭，不能再修改',
    'en-US': 'This demand line is closed and can no longer be changed',
  },
  'demand.export_too_many_rows': {
    kind: 'invalid',
    'zh-CN': '符合条件的用工需求有 {count} 条，超过一次导出 {limit} 条的上限，请缩小筛选范围',
    'en-US': '{count} demand lines match, more than the {limit} one export holds; narrow the filters',
  },
  'wishes.already_withdrawn': {
    kind: 'conflict',
    'zh-CN': '该培训意愿已撤回',
    'en-US': 'This training wish has already been withdrawn',
  },
  'wishes.duplicate': {
    kind: 'conflict',
    'zh-CN': '已有相同职业、相同技能等级的有效培训意愿，无需重复填报',
    'en-US': 'An active training wish for the same occupation and level already exists',
  },
  'wishes.no_person': {
    kind: 'forbidden',
    'zh-CN': '当前账号尚未完成实名登记，不能填报培训意愿',
    'en-US': 'This account has no real-name registration and cannot declare training wishes',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Field reasons of the demand module, spread into FIELD_REASONS. */
export const DEMAND_FIELD_REASONS = {
  credit_code_taken: { 'zh-CN': '该统一社会信用代码已登记', 'en-US': 'is already registered' },
  invalid_mobile: { 'zh-CN': '不是有效的手机号码', 'en-US': 'is not a valid mobile number' },
  unknown_enterprise: {
    'zh-CN': '企业不存在或不在您的管辖区域内',
    'en-US': 'is not a known enterprise in your region',
  },
  own_enterprise_only: {
    'zh-CN': '企业账号只能为本企业填报用工需求',
    'en-US': 'an enterprise account declares demand only for its own enterprise',
  },
  enterprise_name_required: {
    'zh-CN': '该统一社会信用代码的企业尚未登记，须填写企业名称',
    'en-US': 'is required because no enterprise with this credit code is registered yet',
  },
  enterprise_name_mismatch: {
    'zh-CN': '与已登记的企业名称“{registered}”不一致',
    'en-US': 'does not match the registered name "{registered}"',
  },
  enterprise_name_conflict: {
    'zh-CN': '与第 {firstRow} 行同一统一社会信用代码的企业名称“{firstName}”不一致',
    'en-US': 'differs from "{firstName}", given for the same credit code on row {firstRow}',
  },
  not_integer: { 'zh-CN': '应为整数', 'en-US': 'must be a whole number' },
  invalid_skill_level: {
    'zh-CN': '技能等级应为：{options}',
    'en-US': 'must be one of: {options}',
  },
  filled_exceeds_headcount: {
    'zh-CN': '已到岗人数不能超过招聘人数（{headcount}）',
    'en-US': 'must not exceed the headcount ({headcount})',
  },
  missing_column: { 'zh-CN': '缺少列“{header}”', 'en-US': 'the column "{header}" is missing' },
  unknown_column: {
    'zh-CN': '第 {column} 列“{header}”不是模板中的列',
    'en-US': 'column {column} "{header}" is not a template column',
  },
  duplicate_column: {
    'zh-CN': '列“{header}”重复出现（第 {column} 列）',
    'en-US': 'the column "{header}" appears more than once (column {column})',
  },
  value_without_header: {
    'zh-CN': '第 {column} 列没有表头，却填写了内容',
    'en-US': 'column {column} has a value but no header',
  },
  merged_cells: { 'zh-CN': '合并单元格 {range}', 'en-US': 'merged cells {range}' },
  person_name_mismatch: {
    'zh-CN': '与该公民身份号码已登记的姓名不一致',
    'en-US': 'does not match the name registered for this ID number',
  },
  person_not_allowed: {
    'zh-CN': '劳动者本人填报时不填写人员信息',
    'en-US': 'is only for staff recording a walk-in worker',
  },
  person_required: {
    'zh-CN': '经办人代为登记时须填写劳动者的姓名和公民身份号码',
    'en-US': "is required when staff record a worker's wish",
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
