import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of training projects and the 职业技能培训需求指导目录, spread into ERROR_CATALOG. */
export const PROJECT_ERRORS = {
  'projects.not_editable': {
    kind: 'conflict',
    'zh-CN': '项目当前状态为“{statusZh}”，只有草稿可以直接修改；已发布的项目请通过调整发布新版本',
    'en-US':
      'Only drafts can be edited directly; this project is {statusEn}. Adjust a published project instead',
  },
  'projects.invalid_transition': {
    kind: 'conflict',
    'zh-CN': '项目状态不能从“{fromZh}”变为“{toZh}”',
    'en-US': 'A project cannot go from {fromEn} to {toEn}',
  },
  'projects.incomplete': {
    kind: 'invalid',
    'zh-CN': '项目信息不完整，补全标明的内容后才能发布',
    'en-US': 'The project is incomplete; fill in the marked fields before publishing',
  },
  'projects.no_changes': {
    kind: 'invalid',
    'zh-CN': '调整内容与当前版本相同，未生成新版本',
    'en-US': 'The adjustment changes nothing; no new version was made',
  },
  'catalogue.already_published': {
    kind: 'conflict',
    'zh-CN': '目录已于 {publishedAt} 发布，不能重复发布',
    'en-US': 'The catalogue was already published on {publishedAt}',
  },
  'catalogue.empty': {
    kind: 'invalid',
    'zh-CN': '目录中还没有培训项目，不能发布',
    'en-US': 'The catalogue has no training projects yet and cannot be published',
  },
  'catalogue.entry_exists': {
    kind: 'conflict',
    'zh-CN': '该培训项目已在目录中',
    'en-US': 'This training project is already in the catalogue',
  },
  'catalogue.entry_not_found': {
    kind: 'not_found',
    'zh-CN': '该培训项目不在目录中',
    'en-US': 'This training project is not in the catalogue',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a project or catalogue request is rejected, spread into FIELD_REASONS. */
export const PROJECT_FIELD_REASONS = {
  mixed_occupations: {
    'zh-CN': '所选用工需求属于不同职业（{occupations}），一个培训项目只能对应一个职业',
    'en-US': 'belongs to different occupations ({occupations}); a project serves one occupation',
  },
  demand_line_not_found: {
    'zh-CN': '用工需求不存在或不在您的管辖区域内',
    'en-US': 'is not a demand line you can see',
  },
  demand_line_not_recruiting: {
    'zh-CN': '该用工需求已不在招聘中（{status}）',
    'en-US': 'is no longer recruiting ({status})',
  },
  project_not_found: {
    'zh-CN': '培训项目不存在或不在您的管辖区域内',
    'en-US': 'is not a training project you can see',
  },
  project_not_public: {
    'zh-CN': '培训项目尚未发布或已撤回，不能列入目录',
    'en-US': 'is not a published project and cannot be listed',
  },
  project_outside_region: {
    'zh-CN': '培训项目不在目录所属区域内',
    'en-US': 'is outside the region of the catalogue',
  },
  period_inverted: {
    'zh-CN': '结束日期不能早于开始日期（{periodStart}）',
    'en-US': 'must not be before the start date ({periodStart})',
  },
  reason_required: {
    'zh-CN': '目录已发布，调整时必须说明原因',
    'en-US': 'is required once the catalogue is published',
  },
  result_window_exceeded: {
    'zh-CN': '只能查看前 {maximum} 条结果，请缩小检索范围',
    'en-US': 'goes beyond the first {maximum} results; narrow the search',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
