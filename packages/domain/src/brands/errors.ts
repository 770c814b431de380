import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of training brands and their batches, spread into ERROR_CATALOG. */
export const BRAND_ERRORS = {
  'brands.invalid_transition': {
    kind: 'conflict',
    'zh-CN': '该品牌申报当前为“{statusZh}”，不能{actionZh}',
    'en-US': 'The brand application is {statusEn} and cannot be {actionEn}',
  },
  'brands.not_applicant': {
    kind: 'forbidden',
    'zh-CN': '只有申报单位可以修改并重新提交该申报',
    'en-US': 'Only the applicant can edit and resubmit this application',
  },
  'brands.batch_empty': {
    kind: 'conflict',
    'zh-CN': '{regionName}及下辖地区没有审核通过、待发布的培训品牌，不能发布批次',
    'en-US': 'There are no approved brands waiting for publication in {regionName}; no batch was published',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a brand application or batch is rejected, spread into FIELD_REASONS. */
export const BRAND_FIELD_REASONS = {
  brand_name_taken: {
    'zh-CN': '品牌名称“{name}”已有申报或已发布，请换一个名称',
    'en-US': 'the brand name “{name}” is already applied for or published',
  },
  brand_region_outside_institution: {
    'zh-CN': '品牌所在地区应为本机构所在地（{regionName}）或其下辖地区',
    'en-US': 'must be the institution’s own region ({regionName}) or a region within it',
  },
  brand_not_publishable: {
    'zh-CN': '不是本地区审核通过、待发布的培训品牌',
    'en-US': 'is not an approved brand of this region waiting for publication',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
