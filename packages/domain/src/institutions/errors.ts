import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of institutions, documents and selection, spread into ERROR_CATALOG. */
export const INSTITUTION_ERRORS = {
  'institutions.not_approved': {
    kind: 'conflict',
    'zh-CN': '机构登记尚未审核通过，不能申报或备案',
    'en-US': 'The institution has not been approved yet and cannot apply or file classes',
  },
  'institutions.status_forbids': {
    kind: 'forbidden',
    'zh-CN': '机构当前信用状态为“{statusZh}”，不能参加遴选或开班备案',
    'en-US': 'The institution is {statusEn} and may not apply for selection or file classes',
  },
  'institutions.qualification_expired': {
    kind: 'conflict',
    'zh-CN': '机构有 {expired} 项资质已过期，请更新后再申报或备案',
    'en-US': '{expired} of the institution’s qualifications have expired; renew them first',
  },
  'institutions.no_qualification': {
    kind: 'conflict',
    'zh-CN': '机构没有在有效期内的资质，请先登记资质',
    'en-US': 'The institution has no qualification in force; register one first',
  },
  'institutions.pledge_missing': {
    kind: 'conflict',
    'zh-CN': '机构尚未签署诚信承诺书（{version} 版），签署后才能开班备案',
    'en-US':
      'The institution has not signed the integrity pledge (version {version}) and cannot file classes',
  },
  'institutions.pledge_signed': {
    kind: 'conflict',
    'zh-CN': '本机构已于 {signedAt} 签署当前版本的诚信承诺书',
    'en-US': 'The current pledge was already signed on {signedAt}',
  },
  'institutions.credit_code_taken': {
    kind: 'conflict',
    'zh-CN': '统一社会信用代码 {creditCode} 已登记',
    'en-US': 'Credit code {creditCode} is already registered',
  },
  'institutions.not_reviewable': {
    kind: 'conflict',
    'zh-CN': '机构登记当前为“{statusZh}”，不能审核',
    'en-US': 'The registration is {statusEn} and cannot be reviewed',
  },
  'institutions.no_account_institution': {
    kind: 'forbidden',
    'zh-CN': '当前账号没有关联培训机构',
    'en-US': 'This account is not linked to a training institution',
  },
  'documents.too_large': {
    kind: 'too_large',
    'zh-CN': '文件超过 {limitMb} MB 的大小上限',
    'en-US': 'The file is larger than the {limitMb} MB limit',
  },
  'documents.wrong_type': {
    kind: 'unsupported_media_type',
    'zh-CN': '不支持的文件类型（{detected}），请上传 {allowed}',
    'en-US': 'Unsupported file type ({detected}); upload {allowed}',
  },
  'documents.empty': {
    kind: 'invalid',
    'zh-CN': '上传的文件是空的',
    'en-US': 'The uploaded file is empty',
  },
  'documents.not_multipart': {
    kind: 'invalid',
    'zh-CN': '请以 multipart/form-data 方式上传一个名为 file 的文件',
    'en-US': 'Upload one file named "file" as multipart/form-data',
  },
  'selection.round_closed': {
    kind: 'conflict',
    'zh-CN': '该遴选当前为“{statusZh}”，不再接受申报',
    'en-US': 'This selection is {statusEn} and no longer takes applications',
  },
  'selection.deadline_passed': {
    kind: 'conflict',
    'zh-CN': '申报截止日期 {deadline} 已过',
    'en-US': 'The application deadline {deadline} has passed',
  },
  'selection.project_not_public': {
    kind: 'conflict',
    'zh-CN': '培训项目当前为“{statusZh}”，不能遴选或申报',
    'en-US': 'The project is {statusEn}; it cannot be selected for or applied to',
  },
  'selection.already_applied': {
    kind: 'conflict',
    'zh-CN': '本机构已申报该项目',
    'en-US': 'The institution has already applied to this project',
  },
  'selection.round_exists': {
    kind: 'conflict',
    'zh-CN': '该项目已有进行中的遴选',
    'en-US': 'This project already has a selection in progress',
  },
  'selection.invalid_transition': {
    kind: 'conflict',
    'zh-CN': '遴选不能从“{fromZh}”变为“{toZh}”',
    'en-US': 'A selection cannot go from {fromEn} to {toEn}',
  },
  'selection.unscored': {
    kind: 'conflict',
    'zh-CN': '还有 {count} 份申报未评分，全部评分后才能公示',
    'en-US': '{count} applications are not scored yet; score them all before the notice',
  },
  'selection.notice_running': {
    kind: 'conflict',
    'zh-CN': '公示期至 {noticeEnd} 结束，期满后才能生效',
    'en-US': 'The public notice runs until {noticeEnd}; the result takes effect after it',
  },
  'selection.objections_open': {
    kind: 'conflict',
    'zh-CN': '还有 {count} 条异议未处理',
    'en-US': '{count} objections have not been handled',
  },
  'selection.not_publicized': {
    kind: 'conflict',
    'zh-CN': '遴选结果不在公示期，不能登记异议',
    'en-US': 'The result is not on public notice; objections cannot be recorded',
  },
  'selection.deadline_not_passed': {
    kind: 'conflict',
    'zh-CN': '申报截止日期 {deadline} 当天仍可申报，截止后才能结束申报、开始评审',
    'en-US': 'Applications run through {deadline}; scoring starts after that day',
  },
  'selection.not_scoring': {
    kind: 'conflict',
    'zh-CN': '遴选当前为“{statusZh}”，不能评分',
    'en-US': 'The selection is {statusEn} and cannot be scored',
  },
  'selection.procurement_not_scored': {
    kind: 'conflict',
    'zh-CN': '政府采购方式的遴选不评分，请在公示时选定中标机构',
    'en-US': 'A procurement is not scored; name the awarded institutions when publishing',
  },
  'selection.no_applications': {
    kind: 'conflict',
    'zh-CN': '没有有效申报，无法形成遴选结果',
    'en-US': 'There are no applications to select from',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of an institution or selection request is rejected, spread into FIELD_REASONS. */
export const INSTITUTION_FIELD_REASONS = {
  qualification_dates: {
    'zh-CN': '有效期截止日不能早于起始日',
    'en-US': 'must not be before the start of validity',
  },
  qualification_expired: {
    'zh-CN': '该资质已于 {validUntil} 过期',
    'en-US': 'expired on {validUntil}',
  },
  occupation_not_qualified: {
    'zh-CN': '机构未登记该职业（工种）的培训资质',
    'en-US': 'is not an occupation the institution is qualified for',
  },
  site_not_found: {
    'zh-CN': '不是本机构在用的培训场地',
    'en-US': 'is not a site of this institution in use',
  },
  teacher_not_found: {
    'zh-CN': '不是本机构师资库中的教师',
    'en-US': 'is not a teacher of this institution',
  },
  document_not_found: {
    'zh-CN': '文件不存在或无权使用',
    'en-US': 'is not a file you can use',
  },
  criteria_empty: { 'zh-CN': '至少设置一项评分标准', 'en-US': 'needs at least one criterion' },
  criterion_key_duplicate: { 'zh-CN': '评分项代码 {key} 重复', 'en-US': 'repeats the criterion key {key}' },
  criterion_weight_range: {
    'zh-CN': '权重应为 1 到 100 的整数',
    'en-US': 'must be a whole number from 1 to 100',
  },
  criteria_weights_sum: {
    'zh-CN': '各项权重合计应为 100，当前为 {sum}',
    'en-US': 'weights must add up to 100, not {sum}',
  },
  score_range: {
    'zh-CN': '得分应在 0 到 100 之间，最多一位小数',
    'en-US': 'must be from 0 to 100 with at most one decimal',
  },
  score_missing: { 'zh-CN': '缺少评分项：{keys}', 'en-US': 'is missing criteria: {keys}' },
  score_unknown: { 'zh-CN': '不是本次遴选的评分项：{keys}', 'en-US': 'names unknown criteria: {keys}' },
  procurement_reference_required: {
    'zh-CN': '政府采购方式须填写采购项目编号',
    'en-US': 'is required for a government procurement',
  },
  until_required: {
    'zh-CN': '暂停须注明截止日期',
    'en-US': 'is required for a suspension',
  },
  until_before_from: {
    'zh-CN': '截止日期不能早于生效日期',
    'en-US': 'must not be before the effective date',
  },
  return_note_required: {
    'zh-CN': '退回时须说明原因，便于机构修改',
    'en-US': 'is required when returning, so the institution knows what to correct',
  },
  pledge_version_outdated: {
    'zh-CN': '承诺书版本已更新为 {current}，请阅读新版本后签署',
    'en-US': 'the pledge text is now version {current}; read it and sign again',
  },
  selection_empty: { 'zh-CN': '请选定至少一家机构', 'en-US': 'must name at least one institution' },
  selection_over_places: {
    'zh-CN': '选定机构数超过本次遴选名额 {places} 家',
    'en-US': 'names more institutions than the {places} places',
  },
  deadline_in_past: { 'zh-CN': '截止日期不能早于今天', 'en-US': 'must not be in the past' },
  application_not_found: {
    'zh-CN': '不是本次遴选的申报',
    'en-US': 'is not an application of this selection',
  },
  brand_suffix: {
    'zh-CN': '品牌名称应以“培训”结尾，格式为“地名（企业名）+职业（工种）名称+培训”',
    'en-US': 'must end with 培训, as “place (or enterprise) + occupation + 培训”',
  },
  brand_occupation: {
    'zh-CN': '品牌名称中“培训”之前应为职业（工种）名称“{occupation}”',
    'en-US': 'must name the occupation “{occupation}” right before 培训',
  },
  brand_place: {
    'zh-CN': '品牌名称应以所在地名（如 {examples}）或申报企业名称开头',
    'en-US': 'must begin with the place name (e.g. {examples}) or the applying enterprise’s name',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
