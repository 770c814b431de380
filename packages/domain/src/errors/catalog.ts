import { ASSESSMENT_ERRORS, ASSESSMENT_FIELD_REASONS } from '../assessment/errors';
import { ATTENDANCE_ERRORS, ATTENDANCE_FIELD_REASONS } from '../attendance/errors';
import { BRAND_ERRORS, BRAND_FIELD_REASONS } from '../brands/errors';
import { CLAIM_ERRORS, CLAIM_FIELD_REASONS } from '../claims/claim-errors';
import { CLASS_ERRORS, CLASS_FIELD_REASONS } from '../classes/errors';
import { CREDENTIAL_ERRORS, CREDENTIAL_FIELD_REASONS } from '../credentials/errors';
import { DEMAND_ERRORS, DEMAND_FIELD_REASONS } from '../demand/errors';
import { FUND_ERRORS, FUND_FIELD_REASONS } from '../funds/errors';
import { INSTITUTION_ERRORS, INSTITUTION_FIELD_REASONS } from '../institutions/errors';
import { PAYMENT_ERRORS, PAYMENT_FIELD_REASONS } from '../payments/errors';
import { PROJECT_ERRORS, PROJECT_FIELD_REASONS } from '../projects/errors';
import { SUBSIDY_ERRORS, SUBSIDY_FIELD_REASONS } from '../subsidy/subsidy-errors';
import { SUPERVISION_ERRORS, SUPERVISION_FIELD_REASONS } from '../supervision/errors';
import { TEACHER_ERRORS, TEACHER_FIELD_REASONS } from '../teachers/errors';
import { VOUCHER_ERRORS, VOUCHER_FIELD_REASONS } from '../vouchers/errors';
import { IDEMPOTENCY_ERRORS } from './idempotency-errors';
import { IMPORT_ERRORS } from './import-errors';

/**
 * Every error the platform reports, by stable code. The code never changes once released; the
 * messages may. `kind` decides the HTTP status in one place on the server. Messages may carry
 * `{name}` placeholders filled from the error's params.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** Well-formed but refused as a whole (an idempotency key reused for another request). */
  | 'unprocessable'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

export interface ErrorDefinition {
  kind: ErrorKind;
  'zh-CN': string;
  'en-US': string;
}

export const ERROR_CATALOG = {
  // common
  'common.validation_failed': {
    kind: 'invalid',
    'zh-CN': '提交的内容有误，请按提示修改后重试',
    'en-US': 'Some fields are invalid; correct them and try again',
  },
  'common.malformed_json': {
    kind: 'invalid',
    'zh-CN': '请求内容不是有效的 JSON',
    'en-US': 'The request body is not valid JSON',
  },
  'common.body_too_large': {
    kind: 'too_large',
    'zh-CN': '请求内容过大（上限 {limit}）',
    'en-US': 'The request body is too large (limit {limit})',
  },
  'common.unsupported_media_type': {
    kind: 'unsupported_media_type',
    'zh-CN': '不支持的内容类型，请以 application/json 提交',
    'en-US': 'Unsupported content type; send application/json',
  },
  'common.not_found': {
    kind: 'not_found',
    'zh-CN': '请求的资源不存在或无权访问',
    'en-US': 'The requested resource does not exist or is not accessible',
  },
  'common.route_not_found': {
    kind: 'not_found',
    'zh-CN': '接口不存在：{method} {url}',
    'en-US': 'No such endpoint: {method} {url}',
  },
  'common.forbidden': {
    kind: 'forbidden',
    'zh-CN': '当前角色无权执行此操作',
    'en-US': 'Your role is not allowed to do this',
  },
  'common.out_of_region': {
    kind: 'forbidden',
    'zh-CN': '该数据不在您的管辖区域内',
    'en-US': 'This data is outside your region',
  },
  'common.rate_limited': {
    kind: 'rate_limited',
    'zh-CN': '请求过于频繁，请 {retryAfterSeconds} 秒后再试',
    'en-US': 'Too many requests; try again in {retryAfterSeconds} seconds',
  },
  'common.internal': {
    kind: 'internal',
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    'en-US': 'Internal server error; please try again later (request {requestId})',
  },
  // auth
  'auth.unauthenticated': {
    kind: 'unauthenticated',
    'zh-CN': '请先登录',
    'en-US': 'Please sign in first',
  },
  'auth.session_expired': {
    kind: 'unauthenticated',
    'zh-CN': '登录已过期，请重新登录',
    'en-US': 'Your session has expired; please sign in again',
  },
  'auth.invalid_credentials': {
    kind: 'unauthenticated',
    'zh-CN': '用户名或密码错误',
    'en-US': 'Wrong username or password',
  },
  'auth.account_disabled': {
    kind: 'forbidden',
    'zh-CN': '账号已停用，请联系管理员',
    'en-US': 'This account is disabled; contact an administrator',
  },
  'auth.too_many_attempts': {
    kind: 'rate_limited',
    'zh-CN': '登录失败次数过多，请 {retryAfterSeconds} 秒后再试',
    'en-US': 'Too many failed sign-ins; try again in {retryAfterSeconds} seconds',
  },
  'auth.wrong_current_password': {
    kind: 'invalid',
    'zh-CN': '当前密码不正确',
    'en-US': 'The current password is wrong',
  },
  // users and people
  'users.username_taken': {
    kind: 'conflict',
    'zh-CN': '用户名“{username}”已被使用',
    'en-US': 'The username "{username}" is already taken',
  },
  'users.role_not_creatable': {
    kind: 'forbidden',
    'zh-CN': '不能创建角色为“{role}”的账号',
    'en-US': 'You cannot create accounts with the role "{role}"',
  },
  'users.cannot_disable_self': {
    kind: 'conflict',
    'zh-CN': '不能停用自己的账号',
    'en-US': 'You cannot disable your own account',
  },
  'people.id_number_registered': {
    kind: 'conflict',
    'zh-CN': '该公民身份号码已注册账户；已参加培训、尚未注册的学员，请填写报名时登记的姓名和手机号',
    'en-US':
      'This ID number already has an account; a trainee without one yet gives the name and mobile number their enrolment recorded',
  },
  // reference data
  'reference.unknown_region': {
    kind: 'invalid',
    'zh-CN': '行政区划代码“{code}”不存在',
    'en-US': 'Unknown administrative division code "{code}"',
  },
  'reference.import_has_errors': {
    kind: 'invalid',
    'zh-CN': '导入文件有 {count} 处错误，未导入任何数据',
    'en-US': 'The import file has {count} errors; nothing was imported',
  },
  ...PROJECT_ERRORS,
  ...DEMAND_ERRORS,
  ...INSTITUTION_ERRORS,
  ...BRAND_ERRORS,
  ...TEACHER_ERRORS,
  ...CLASS_ERRORS,
  ...ASSESSMENT_ERRORS,
  ...ATTENDANCE_ERRORS,
  ...CREDENTIAL_ERRORS,
  ...SUPERVISION_ERRORS,
  ...SUBSIDY_ERRORS,
  ...CLAIM_ERRORS,
  ...FUND_ERRORS,
  ...PAYMENT_ERRORS,
  ...VOUCHER_ERRORS,
  ...IDEMPOTENCY_ERRORS,
  ...IMPORT_ERRORS,
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/**
 * Reasons a single field or row is rejected. These appear in `details[]` of an error response and in
 * import reports, always beside the field (and row) they concern.
 */
export const FIELD_REASONS = {
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  invalid_type: { 'zh-CN': '类型不正确，应为{expected}', 'en-US': 'has the wrong type; expected {expected}' },
  unknown_field: { 'zh-CN': '不是可接受的字段', 'en-US': 'is not an accepted field' },
  too_short: { 'zh-CN': '长度不能少于 {minimum}', 'en-US': 'must be at least {minimum} long' },
  too_long: { 'zh-CN': '长度不能超过 {maximum}', 'en-US': 'must be at most {maximum} long' },
  too_small: { 'zh-CN': '不能小于 {minimum}', 'en-US': 'must be at least {minimum}' },
  too_big: { 'zh-CN': '不能大于 {maximum}', 'en-US': 'must be at most {maximum}' },
  invalid_value: { 'zh-CN': '取值不在允许范围内：{options}', 'en-US': 'must be one of: {options}' },
  invalid_format: { 'zh-CN': '格式不正确', 'en-US': 'has an invalid format' },
  weak_password: {
    'zh-CN': '密码至少 10 位，且须包含字母和数字',
    'en-US': 'must be at least 10 characters with letters and digits',
  },
  unknown_region: { 'zh-CN': '行政区划代码不存在', 'en-US': 'is not a known region code' },
  region_outside_scope: { 'zh-CN': '不在您的管辖区域内', 'en-US': 'is outside your region' },
  region_required_for_role: {
    'zh-CN': '该角色必须指定所属区域',
    'en-US': 'is required for this role',
  },
  username_taken: { 'zh-CN': '已被使用', 'en-US': 'is already taken' },
  id_number_registered: { 'zh-CN': '该公民身份号码已注册', 'en-US': 'is already registered' },
  wrong_current_password: { 'zh-CN': '当前密码不正确', 'en-US': 'is wrong' },
  passwords_differ: { 'zh-CN': '两次输入的密码不一致', 'en-US': 'does not match the new password' },
  wage_range_inverted: {
    'zh-CN': '最高工资不能低于最低工资（{wageMin} 元）',
    'en-US': 'must not be below the minimum wage ({wageMin} yuan)',
  },
  invalid_date: { 'zh-CN': '不是有效日期（格式 YYYY-MM-DD）', 'en-US': 'is not a valid date (YYYY-MM-DD)' },
  date_in_past: { 'zh-CN': '不能早于今天（{today}）', 'en-US': 'must not be before today ({today})' },
  unknown_occupation: { 'zh-CN': '职业编码不存在', 'en-US': 'is not a known occupation code' },
  missing_for_publication: { 'zh-CN': '发布前必须填写', 'en-US': 'is required before publication' },
  invalid_credit_code: {
    'zh-CN': '统一社会信用代码不正确',
    'en-US': 'is not a valid unified social credit code',
  },
  organization_required_for_role: {
    'zh-CN': '该角色必须填写所属单位名称',
    'en-US': 'is required for this role',
  },
  ...PROJECT_FIELD_REASONS,
  ...DEMAND_FIELD_REASONS,
  ...INSTITUTION_FIELD_REASONS,
  ...BRAND_FIELD_REASONS,
  ...TEACHER_FIELD_REASONS,
  ...CLASS_FIELD_REASONS,
  ...ASSESSMENT_FIELD_REASONS,
  ...ATTENDANCE_FIELD_REASONS,
  ...CREDENTIAL_FIELD_REASONS,
  ...SUPERVISION_FIELD_REASONS,
  ...FUND_FIELD_REASONS,
  ...PAYMENT_FIELD_REASONS,
  ...VOUCHER_FIELD_REASONS,
  ...SUBSIDY_FIELD_REASONS,
  ...CLAIM_FIELD_REASONS,
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;

export type FieldReason = keyof typeof FIELD_REASONS;
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
