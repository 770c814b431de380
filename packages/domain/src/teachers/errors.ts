import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of the teacher pool and the teaching-resource library, spread into ERROR_CATALOG. */
export const TEACHER_ERRORS = {
  'teachers.already_employed': {
    kind: 'conflict',
    'zh-CN': '{name} 已是该机构的在聘教师，无需重复登记',
    'en-US': '{name} is already a teacher of this institution',
  },
  'teachers.employment_ended': {
    kind: 'conflict',
    'zh-CN': '该聘用关系已于 {until} 结束',
    'en-US': 'This employment already ended on {until}',
  },
  'teachers.not_current_employer': {
    kind: 'forbidden',
    'zh-CN': '本机构已不再聘用该教师，只能查看，不能修改其信息',
    'en-US': 'Your institution no longer employs this teacher; you can view but not change the record',
  },
  'resources.already_withdrawn': {
    kind: 'conflict',
    'zh-CN': '该教学资源已于 {withdrawnAt} 撤回',
    'en-US': 'This resource was already withdrawn on {withdrawnAt}',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a teacher or resource request is rejected, spread into FIELD_REASONS. */
export const TEACHER_FIELD_REASONS = {
  certificate_occupation_required: {
    'zh-CN': '该类证书须填写对应的职业（工种）',
    'en-US': 'is required for this kind of certificate',
  },
  certificate_occupation_not_applicable: {
    'zh-CN': '该类证书不对应具体职业（工种），请留空',
    'en-US': 'does not apply to this kind of certificate; leave it empty',
  },
  certificate_level_required: {
    'zh-CN': '职业技能等级证书须填写等级',
    'en-US': 'is required for a skill level certificate',
  },
  certificate_level_not_applicable: {
    'zh-CN': '该类证书没有技能等级，请留空',
    'en-US': 'does not apply to this kind of certificate; leave it empty',
  },
  certificate_duplicate: {
    'zh-CN': '同类证书编号重复',
    'en-US': 'repeats a certificate of the same kind',
  },
  date_in_future: { 'zh-CN': '不能晚于今天（{today}）', 'en-US': 'must not be after today ({today})' },
  date_too_early: { 'zh-CN': '不能早于 {earliest}', 'en-US': 'must not be before {earliest}' },
  occupation_not_certified: {
    'zh-CN': '没有该职业（工种）的职业技能等级、职业资格或专项能力证书，不能作为任教职业',
    'en-US':
      'needs a skill level, vocational qualification or special ability certificate of this occupation',
  },
  employment_until_before_since: {
    'zh-CN': '聘用截止日期不能早于起始日期（{since}）',
    'en-US': 'must not be before the start of employment ({since})',
  },
  employer_required: {
    'zh-CN': '请选择聘用该教师的培训机构',
    'en-US': 'is required: choose the institution that employs the teacher',
  },
  employer_not_found: {
    'zh-CN': '培训机构不存在或不在您的管辖区域内',
    'en-US': 'is not an institution in your region',
  },
  employer_not_allowed: {
    'zh-CN': '机构账号只能为本机构登记教师',
    'en-US': 'an institution account registers teachers for its own institution only',
  },
  teacher_not_employed: {
    'zh-CN': '教师“{teacher}”不是本机构的在聘教师',
    'en-US': 'teacher {teacher} is not currently employed by the institution',
  },
  teacher_not_qualified: {
    'zh-CN': '教师“{teacher}”没有登记该职业（工种）的任教资格',
    'en-US': 'teacher {teacher} is not qualified to teach this occupation',
  },
  document_wrong_purpose: {
    'zh-CN': '该文件不是作为{purposeZh}上传的，请重新上传',
    'en-US': 'was not uploaded as a {purposeEn}; upload it again',
  },
  resource_source_both: {
    'zh-CN': '文件和链接只能二选一',
    'en-US': 'give either a file or a link, not both',
  },
  resource_source_missing: {
    'zh-CN': '请上传文件或填写链接',
    'en-US': 'upload a file or give a link',
  },
  resource_url_invalid: {
    'zh-CN': '链接须为 http:// 或 https:// 开头的完整网址，且不含账号密码',
    'en-US': 'must be a full http:// or https:// address without a user name or password',
  },
  resource_video_file: {
    'zh-CN': '教学视频须上传 MP4 文件',
    'en-US': 'a video must be an MP4 file',
  },
  resource_not_video: {
    'zh-CN': '视频文件请选择“教学视频”类别',
    'en-US': 'a video file must be filed as a video',
  },
  resource_region_not_allowed: {
    'zh-CN': '机构提供的资源按本机构所在地区共享，不能另选地区',
    'en-US': 'an institution shares resources with its own region; leave it out',
  },
  resource_not_usable: {
    'zh-CN': '教学资源（{resourceId}）不存在、已撤回或不在可用范围内',
    'en-US': 'resource {resourceId} does not exist, was withdrawn or is not shared with you',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
