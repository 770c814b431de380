import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of supervision (过程监督), spread into ERROR_CATALOG. */
export const SUPERVISION_ERRORS = {
  'supervision.population_empty': {
    kind: 'conflict',
    'zh-CN': '{region}目前没有在训的班级（备案通过且尚有课次，或培训中），无法抽取',
    'en-US':
      'There are no running classes in {region} (approved with sessions ahead, or in progress) to draw from',
  },
  'supervision.class_not_running': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，不在培训期间，不能安排检查',
    'en-US': 'The class is {statusEn}, not running; it cannot be checked',
  },
  'supervision.check_state': {
    kind: 'conflict',
    'zh-CN': '该检查当前为“{statusZh}”，不能{actionZh}',
    'en-US': 'The check is {statusEn}; you cannot {actionEn} it',
  },
  'supervision.photo_late': {
    kind: 'conflict',
    'zh-CN': '照片须在 {deadline} 前上传，现已超过期限，不能再提交',
    'en-US': 'The photo had to arrive by {deadline} (China time); the deadline has passed',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a supervision request is rejected, spread into FIELD_REASONS. */
export const SUPERVISION_FIELD_REASONS = {
  photos_required: { 'zh-CN': '请上传至少一张现场照片', 'en-US': 'needs at least one photo' },
  finding_notes_required: {
    'zh-CN': '结论为发现问题时，须写明问题情况',
    'en-US': 'must describe the problem when the conclusion records one',
  },
  photo_wrong_purpose: {
    'zh-CN': '不是监督检查照片，请以“监督检查照片”上传 PNG 或 JPEG 图片',
    'en-US': 'is not a supervision photo; upload a PNG or JPEG as a supervision photo',
  },
  visited_session_cancelled: { 'zh-CN': '该课次已取消', 'en-US': 'is a cancelled session' },
  planned_on_not_session_day: {
    'zh-CN': '与所选课次的日期（{day}）不一致',
    'en-US': 'differs from the day of the chosen session ({day})',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
