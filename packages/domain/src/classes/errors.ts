import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of classes, their roster and the working calendar, spread into ERROR_CATALOG. */
export const CLASS_ERRORS = {
  'classes.invalid_transition': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{fromZh}”，不能变为“{toZh}”',
    'en-US': 'The class is {fromEn} and cannot become {toEn}',
  },
  'classes.not_editable': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，不能直接修改；备案通过后的变更请提交变更申请',
    'en-US': 'The class is {statusEn} and cannot be edited; after approval, submit a change request',
  },
  'classes.filing_incomplete': {
    kind: 'invalid',
    'zh-CN': '开班备案内容不完整或有误，请按提示修改后再提交',
    'en-US': 'The filing is incomplete or has errors; correct them and file again',
  },
  'classes.filing_late': {
    kind: 'invalid',
    'zh-CN': '须在开班前 {lead} 个工作日备案：本班 {start} 开班，最迟应于 {deadline} 提交，今天是 {today}',
    'en-US':
      'Classes must be filed {lead} working days ahead: this class starts on {start}, so it had to be filed by {deadline}; today is {today}',
  },
  'classes.project_not_selected': {
    kind: 'conflict',
    'zh-CN': '本机构没有入选该项目（或遴选结果尚未生效），不能为其开班',
    'en-US':
      'Your institution has not been selected for this project (or the selection is not yet in effect)',
  },
  'classes.project_not_public': {
    kind: 'conflict',
    'zh-CN': '该培训项目当前为“{statusZh}”，不能开班',
    'en-US': 'The project is {statusEn}; classes cannot be filed for it',
  },
  'classes.not_started': {
    kind: 'conflict',
    'zh-CN': '本班 {start} 开班，尚未到开班日期',
    'en-US': 'The class starts on {start}; it has not started yet',
  },
  'classes.sessions_remaining': {
    kind: 'conflict',
    'zh-CN': '还有课次未结束（最后一次课于 {lastEnd} 结束），不能结业',
    'en-US': 'Sessions are still to come (the last ends at {lastEnd}); the class cannot complete yet',
  },
  'classes.results_missing': {
    kind: 'conflict',
    'zh-CN': '还有 {missing} 名学员没有结业考核结果',
    'en-US': '{missing} trainees have no completion result yet',
  },
  'classes.enrolment_closed': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，不接受报名',
    'en-US': 'The class is {statusEn} and does not take enrolments',
  },
  'classes.class_full': {
    kind: 'conflict',
    'zh-CN': '班级已满（计划招收 {planned} 人）',
    'en-US': 'The class is full ({planned} places)',
  },
  'classes.not_enrollable': {
    kind: 'invalid',
    'zh-CN': '不能报名该班级，请查看具体原因',
    'en-US': 'You cannot enrol in this class; see the reasons',
  },
  'classes.roster_invalid': {
    kind: 'invalid',
    'zh-CN': '名册中有 {count} 行不符合要求，未导入任何一行',
    'en-US': '{count} rows of the roster have problems; nothing was imported',
  },
  'classes.roster_file_invalid': {
    kind: 'invalid',
    'zh-CN': '名册文件无法读取：{reason}',
    'en-US': 'The roster file cannot be read: {reason}',
  },
  'classes.changes_closed': {
    kind: 'conflict',
    'zh-CN': '班级当前为“{statusZh}”，不能提交变更申请',
    'en-US': 'The class is {statusEn}; change requests are not accepted',
  },
  'classes.change_not_pending': {
    kind: 'conflict',
    'zh-CN': '该变更申请已是“{statusZh}”，不能再处理',
    'en-US': 'This change request is already {statusEn}',
  },
  'classes.change_stale': {
    kind: 'conflict',
    'zh-CN': '班级在申请之后已有变化，该变更无法执行：{reason}',
    'en-US': 'The class changed since the request was made, so it cannot be applied: {reason}',
  },
  'classes.enrolment_not_active': {
    kind: 'conflict',
    'zh-CN': '该学员已退出本班',
    'en-US': 'This trainee has already left the class',
  },
  'classes.four_eyes': {
    kind: 'forbidden',
    'zh-CN': '不能审核本人提交的申请',
    'en-US': 'You cannot decide on a request you made yourself',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field or roster row of a class is rejected, spread into FIELD_REASONS. */
export const CLASS_FIELD_REASONS = {
  end_before_start: { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'must not be before the start date' },
  fee_split_mismatch: {
    'zh-CN': '政府、企业、个人三部分合计 {sum} 分，应等于培训费 {fee} 分，且不能为负',
    'en-US':
      'the government, enterprise and individual parts add up to {sum} fen; they must equal the fee of {fee} fen and none may be negative',
  },
  planned_over_capacity: {
    'zh-CN': '超过培训场地可容纳人数（{capacity} 人）',
    'en-US': 'exceeds the capacity of the site ({capacity})',
  },
  teachers_required: { 'zh-CN': '至少需要一名授课教师', 'en-US': 'needs at least one teacher' },
  lead_teacher_required: { 'zh-CN': '须指定一名主讲教师', 'en-US': 'needs a lead teacher' },
  sessions_required: { 'zh-CN': '请填写课程表', 'en-US': 'needs a timetable' },
  session_time_format: {
    'zh-CN': '时间格式应为 HH:MM（24 小时制）',
    'en-US': 'must be a time HH:MM (24-hour clock)',
  },
  session_outside_class: {
    'zh-CN': '课次日期须在开班期间（{start} 至 {end}）',
    'en-US': 'must fall within the class dates ({start} to {end})',
  },
  session_end_before_start: { 'zh-CN': '下课时间须晚于上课时间', 'en-US': 'must be after the start time' },
  session_hours_range: {
    'zh-CN': '学时须大于 0，且按每学时不少于 45 分钟计，本课次最多 {max} 学时',
    'en-US': 'must be above 0 and, at 45 minutes or more per class hour, at most {max} for this session',
  },
  session_teacher_not_in_class: {
    'zh-CN': '授课教师须是本班的教师',
    'en-US': 'must be one of the class teachers',
  },
  session_overlap: {
    'zh-CN': '与第 {other} 次课时间重叠',
    'en-US': 'overlaps session {other}',
  },
  hours_below_project: {
    'zh-CN': '{kindZh}课共 {planned} 学时，少于项目要求的 {required} 学时',
    'en-US': '{planned} hours of {kindEn} are fewer than the {required} the project requires',
  },
  roster_required: { 'zh-CN': '备案前须录入学员名册', 'en-US': 'must list the trainees before filing' },
  roster_over_planned: {
    'zh-CN': '名册人数超过计划招收人数（{planned} 人）',
    'en-US': 'lists more trainees than planned ({planned})',
  },
  filing_late: {
    'zh-CN': '最迟应于 {deadline} 备案（开班前 {lead} 个工作日）',
    'en-US': 'had to be filed by {deadline} ({lead} working days ahead)',
  },
  site_not_own: { 'zh-CN': '不是本机构在用的培训场地', 'en-US': 'is not an active site of your institution' },
  teacher_double_booked: {
    'zh-CN': '该教师同一时间在班级 {code} 授课',
    'en-US': 'the teacher teaches class {code} at the same time',
  },
  material_not_found: {
    'zh-CN': '教学资源不存在或不可用',
    'en-US': 'is not an available teaching resource',
  },
  id_number_length: { 'zh-CN': '公民身份号码应为 18 位', 'en-US': 'must be 18 characters long' },
  id_number_characters: {
    'zh-CN': '公民身份号码前 17 位应为数字，最后一位应为数字或 X',
    'en-US': 'must be 17 digits followed by a digit or X',
  },
  id_number_birth_date: {
    'zh-CN': '公民身份号码中的出生日期无效',
    'en-US': 'contains an invalid date of birth',
  },
  id_number_region: {
    'zh-CN': '公民身份号码中的行政区划代码不存在',
    'en-US': 'contains an unknown region code',
  },
  id_number_checksum: { 'zh-CN': '公民身份号码校验位不正确', 'en-US': 'has a wrong check character' },
  id_number_not_text: {
    'zh-CN': '被表格软件存成了数字，后几位已丢失；请把本列设为文本格式后重新填写',
    'en-US':
      'was stored as a number by the spreadsheet program and lost its last digits; format the column as text and type it again',
  },
  trainee_under_age: {
    'zh-CN': '开班时未满 {minimum} 周岁（{age} 岁）',
    'en-US': 'is under {minimum} on the first day ({age})',
  },
  roster_duplicate_row: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'repeats row {row}' },
  already_enrolled: { 'zh-CN': '已在本班名册中', 'en-US': 'is already on this roster' },
  enrolment_overlaps: {
    'zh-CN': '已报名的班级 {code} 与本班上课时间重叠',
    'en-US': 'is enrolled in class {code}, whose sessions overlap this one',
  },
  already_completed: {
    'zh-CN': '已在班级 {code} 完成同职业同等级的培训',
    'en-US': 'already completed this occupation at this level in class {code}',
  },
  unknown_target_group: { 'zh-CN': '不是有效的重点群体类别', 'en-US': 'is not a known target group' },
  enrolment_not_found: { 'zh-CN': '不是本班的在册学员', 'en-US': 'is not an active trainee of this class' },
  session_not_found: { 'zh-CN': '不是本班的课次', 'en-US': 'is not a session of this class' },
  session_started: { 'zh-CN': '该课次已开始，不能调整', 'en-US': 'has already started and cannot change' },
  calendar_day_not_set: {
    'zh-CN': '本地区没有为这一天设置放假或调休',
    'en-US': 'has no holiday or make-up day set by this region',
  },
  calendar_day_outside_year: { 'zh-CN': '不在 {year} 年内', 'en-US': 'is not in {year}' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
