import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of attendance (考勤), spread into ERROR_CATALOG. */
export const ATTENDANCE_ERRORS = {
  'attendance.token_malformed': {
    kind: 'invalid',
    'zh-CN': '无法识别该签到码，请重新扫描教室屏幕上的二维码',
    'en-US': 'This check-in code cannot be read; scan the QR code on the classroom screen again',
  },
  'attendance.token_forged': {
    kind: 'invalid',
    'zh-CN': '签到码校验未通过，不是本平台生成的签到码，请扫描教室屏幕上的二维码',
    'en-US':
      'This check-in code failed its check and was not issued by the platform; scan the QR code on the classroom screen',
  },
  'attendance.token_expired': {
    kind: 'invalid',
    'zh-CN': '签到码已过期（二维码每 {seconds} 秒更新一次），请重新扫描教室屏幕上的二维码',
    'en-US':
      'This check-in code has expired (the QR code changes every {seconds} seconds); scan the code on the classroom screen again',
  },
  'attendance.token_other_session': {
    kind: 'invalid',
    'zh-CN': '该签到码属于另一个课次，不能用于本课次签到',
    'en-US': 'This check-in code belongs to another session and cannot be used for this one',
  },
  'attendance.session_not_found': {
    kind: 'not_found',
    'zh-CN': '课次不存在或已取消',
    'en-US': 'The session does not exist or was cancelled',
  },
  'attendance.class_not_running': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，不能考勤',
    'en-US': 'The class is {statusEn}; attendance cannot be recorded',
  },
  'attendance.outside_check_window': {
    kind: 'conflict',
    'zh-CN': '现在不在签到时间内：本课次 {day} {startTime}—{endTime}，可在 {opens} 至 {closes} 签到签退',
    'en-US':
      'It is not check-in time: the session runs {day} {startTime}–{endTime}; check-in is open from {opens} to {closes}',
  },
  'attendance.not_on_roster': {
    kind: 'forbidden',
    'zh-CN': '您不在“{className}”（{classCode}）的学员名册或教师名单中，不能签到',
    'en-US':
      'You are not on the roster or among the teachers of "{className}" ({classCode}) and cannot check in',
  },
  'attendance.no_person': {
    kind: 'forbidden',
    'zh-CN': '账号尚未完成实名登记，不能签到',
    'en-US': 'Your account has no real-name registration and cannot check in',
  },
  'attendance.terminal_code_taken': {
    kind: 'conflict',
    'zh-CN': '终端编号“{code}”已登记，同一台设备只能登记一次',
    'en-US': 'The terminal "{code}" is already registered; a device can be registered once',
  },
  'attendance.terminal_retired': {
    kind: 'conflict',
    'zh-CN': '终端“{code}”已于 {retiredOn} 停用',
    'en-US': 'The terminal "{code}" was retired on {retiredOn}',
  },
  'attendance.records_invalid': {
    kind: 'invalid',
    'zh-CN': '考勤记录中有 {count} 行不符合要求，未导入任何一行',
    'en-US': '{count} records have problems; nothing was imported',
  },
  'attendance.records_media_type': {
    kind: 'unsupported_media_type',
    'zh-CN': '请以 CSV（Content-Type: text/csv）或 JSON（application/json）上传考勤机记录',
    'en-US': 'Upload terminal records as CSV (Content-Type: text/csv) or JSON (application/json)',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field or a terminal record is rejected, spread into FIELD_REASONS. */
export const ATTENDANCE_FIELD_REASONS = {
  attendance_terminal_unknown: {
    'zh-CN': '终端编号“{code}”未登记',
    'en-US': 'the terminal "{code}" is not registered',
  },
  attendance_terminal_retired: {
    'zh-CN': '终端“{code}”已于 {retiredOn} 停用',
    'en-US': 'the terminal "{code}" was retired on {retiredOn}',
  },
  attendance_terminal_other: {
    'zh-CN': '终端“{code}”属于其他机构',
    'en-US': 'the terminal "{code}" belongs to another institution',
  },
  attendance_person_format: {
    'zh-CN': '应为 18 位公民身份号码或平台人员编号',
    'en-US': 'must be an 18-character ID number or a person id of the platform',
  },
  attendance_not_on_roster: {
    'zh-CN': '不在本班学员名册或教师名单中',
    'en-US': 'is not on the roster or among the teachers of this class',
  },
  attendance_time_format: {
    'zh-CN':
      '时间格式应为带时区的 ISO 8601（如 2026-03-05T08:27:13+08:00）或“YYYY-MM-DD HH:MM:SS”（北京时间）',
    'en-US':
      'must be ISO 8601 with an offset (e.g. 2026-03-05T08:27:13+08:00) or "YYYY-MM-DD HH:MM:SS" in China time',
  },
  attendance_time_in_future: {
    'zh-CN': '时间 {time} 晚于现在',
    'en-US': 'the time {time} is later than now',
  },
  attendance_outside_sessions: {
    'zh-CN': '时间 {time} 不在本班任何课次的签到时段内（课前 30 分钟至课后 30 分钟）',
    'en-US':
      'the time {time} is not within the check-in period of any session (30 minutes before to 30 minutes after)',
  },
  attendance_outside_check_window: {
    'zh-CN': '应在本课次的签到时段内（{opens} 至 {closes}）',
    'en-US': 'must be within the session’s check-in period ({opens} to {closes})',
  },
  attendance_score_range: {
    'zh-CN': '比对分值应为 0 到 1 之间的数（如 0.93）',
    'en-US': 'must be a number from 0 to 1 (e.g. 0.93)',
  },
  attendance_score_low: {
    'zh-CN': '比对分值 {score} 低于 {threshold}，不能作为考勤依据',
    'en-US': 'the match score {score} is below {threshold} and cannot count as attendance',
  },
  attendance_duplicate_row: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'repeats row {row}' },
  attendance_already_recorded: {
    'zh-CN': '这条记录已经导入过',
    'en-US': 'this record was already imported',
  },
  attendance_unterminated_quote: {
    'zh-CN': '引号没有闭合，从这一行起的内容无法读取',
    'en-US': 'a quote is never closed; nothing from this line on can be read',
  },
  attendance_check_out_before_in: {
    'zh-CN': '签退时间须晚于签到时间',
    'en-US': 'must be later than the check-in time',
  },
  attendance_time_required: {
    'zh-CN': '请至少填写签到时间或签退时间',
    'en-US': 'enter a check-in time, a check-out time or both',
  },
  attendance_site_not_own: {
    'zh-CN': '不是本机构在用的培训场地',
    'en-US': 'is not a site your institution uses',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
