import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of voucher offerings (领券活动), spread into VOUCHER_ERRORS. */
export const OFFERING_ERRORS = {
  'vouchers.offering_not_found': {
    kind: 'not_found',
    'zh-CN': '该领券活动不存在或不在你所在的地区',
    'en-US': 'There is no such voucher offering in your region',
  },
  'vouchers.offering_not_open': {
    kind: 'conflict',
    'zh-CN': '该领券活动未开放领取',
    'en-US': 'The offering is not open for claims',
  },
  'vouchers.offering_not_started': {
    kind: 'conflict',
    'zh-CN': '该领券活动 {claimFrom} 起才能领取',
    'en-US': 'Vouchers of this offering can be claimed from {claimFrom}',
  },
  'vouchers.offering_ended': {
    kind: 'conflict',
    'zh-CN': '该领券活动已于 {claimTo} 结束',
    'en-US': 'The offering ended on {claimTo}',
  },
  'vouchers.offering_sold_out': {
    kind: 'conflict',
    'zh-CN': '该领券活动的 {quantity} 张培训券已领完',
    'en-US': 'All {quantity} vouchers of this offering have been claimed',
  },
  'vouchers.offering_other_region': {
    kind: 'conflict',
    'zh-CN': '该领券活动面向{regionName}的劳动者，你的户籍所在地不在其中',
    'en-US': 'The offering is for workers of {regionName}; you are registered elsewhere',
  },
  'vouchers.offering_too_young': {
    kind: 'conflict',
    'zh-CN': '该领券活动要求领取时年满 {minAge} 周岁',
    'en-US': 'Claimants must be at least {minAge} years old',
  },
  'vouchers.offering_too_old': {
    kind: 'conflict',
    'zh-CN': '该领券活动要求领取时不超过 {maxAge} 周岁',
    'en-US': 'Claimants must be at most {maxAge} years old',
  },
  'vouchers.offering_group_required': {
    kind: 'invalid',
    'zh-CN': '请选择你所属的人员类别：{groups}',
    'en-US': 'Declare which group you belong to: {groups}',
  },
  'vouchers.offering_group_not_eligible': {
    kind: 'conflict',
    'zh-CN': '该领券活动只面向{groups}',
    'en-US': 'The offering is only for: {groups}',
  },
  'vouchers.offering_holds_voucher': {
    kind: 'conflict',
    'zh-CN': '你已有一张未使用的培训券（{code}），使用或过期后才能再领取',
    'en-US': 'You already hold an unused voucher ({code}); you may claim another once it is used or expired',
  },
  'vouchers.offering_cannot_open': {
    kind: 'conflict',
    'zh-CN': '该领券活动已在开放中',
    'en-US': 'The offering is already open',
  },
  'vouchers.offering_cannot_close': {
    kind: 'conflict',
    'zh-CN': '只有开放中的领券活动可以关闭',
    'en-US': 'Only an open offering can be closed',
  },
  'vouchers.offering_bulk_needs_no_groups': {
    kind: 'conflict',
    'zh-CN': '该领券活动面向特定人员类别，须由劳动者本人声明所属类别后领取，不能批量发放',
    'en-US':
      'The offering is for particular groups, which workers declare themselves when they claim; it cannot be issued in bulk',
  },
  'vouchers.claimant_not_registered': {
    kind: 'forbidden',
    'zh-CN': '你的账号尚未关联实名登记信息，不能领取培训券',
    'en-US': 'Your account is not linked to a registered person, so it cannot claim vouchers',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons an offering's field is rejected, spread into VOUCHER_FIELD_REASONS. */
export const OFFERING_FIELD_REASONS = {
  offering_window_inverted: {
    'zh-CN': '截止日期不能早于开始日期',
    'en-US': 'must not be before the first day',
  },
  offering_age_inverted: {
    'zh-CN': '最高年龄不能低于最低年龄',
    'en-US': 'must not be below the lowest age',
  },
  duplicate_target_group: {
    'zh-CN': '人员类别重复',
    'en-US': 'names a group twice',
  },
  voucher_project_unknown: {
    'zh-CN': '培训项目不存在',
    'en-US': 'is not a known training project',
  },
  voucher_institution_unknown: {
    'zh-CN': '培训机构不存在',
    'en-US': 'is not a known training institution',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
