import type { ErrorDefinition } from '../errors/catalog';
import { OFFERING_ERRORS, OFFERING_FIELD_REASONS } from './offering-errors';

/** Error codes of training vouchers (职业培训券), spread into ERROR_CATALOG. */
export const VOUCHER_ERRORS = {
  'vouchers.person_holds_voucher': {
    kind: 'conflict',
    'zh-CN': '该人员已有一张未使用的培训券（{code}），使用或过期后才能再发放',
    'en-US':
      'This person already holds an unused voucher ({code}); another is issued once it is used or expired',
  },
  'vouchers.not_found': {
    kind: 'not_found',
    'zh-CN': '券码 {code} 不存在，请核对后重新扫码或输入',
    'en-US': 'There is no voucher {code}; check the code and scan or type it again',
  },
  'vouchers.voucher_used': {
    kind: 'conflict',
    'zh-CN': '该培训券已使用或已作废，不能再次抵用',
    'en-US': 'The voucher has been used or cancelled',
  },
  'vouchers.voucher_expired': {
    kind: 'conflict',
    'zh-CN': '该培训券已于 {validUntil} 到期',
    'en-US': 'The voucher expired on {validUntil}',
  },
  'vouchers.voucher_other_person': {
    kind: 'conflict',
    'zh-CN': '培训券不得转让：该券不属于这名学员',
    'en-US': 'Vouchers are not transferable: this one belongs to someone else',
  },
  'vouchers.voucher_other_project': {
    kind: 'conflict',
    'zh-CN': '该培训券限定用于其他培训项目',
    'en-US': 'The voucher is directed to another training project',
  },
  'vouchers.voucher_other_occupation': {
    kind: 'conflict',
    'zh-CN': '该培训券限定用于职业（工种）{occupationCode}',
    'en-US': 'The voucher is directed to occupation {occupationCode}',
  },
  'vouchers.voucher_other_institution': {
    kind: 'conflict',
    'zh-CN': '该培训券限定在其他培训机构使用',
    'en-US': 'The voucher is directed to another institution',
  },
  'vouchers.enrolment_dropped': {
    kind: 'conflict',
    'zh-CN': '该学员已退出培训班，不能抵用培训券',
    'en-US': 'The trainee has left the class; a voucher cannot pay for it',
  },
  'vouchers.enrolment_has_voucher': {
    kind: 'conflict',
    'zh-CN': '该学员在本班已抵用过培训券',
    'en-US': 'A voucher has already paid for this trainee in this class',
  },
  'vouchers.cannot_cancel': {
    kind: 'conflict',
    'zh-CN': '只有未使用的培训券可以作废',
    'en-US': 'Only an unused voucher can be cancelled',
  },
  ...OFFERING_ERRORS,
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a voucher field is rejected, spread into FIELD_REASONS. */
export const VOUCHER_FIELD_REASONS = {
  voucher_code_invalid: {
    'zh-CN': '不是有效的培训券码（PX 加 11 位数字）',
    'en-US': 'is not a valid voucher code (PX and 11 digits)',
  },
  voucher_person_unknown: {
    'zh-CN': '平台中没有该身份证号码的人员，请先实名登记',
    'en-US': 'is not the ID number of anyone registered; register them first',
  },
  ...OFFERING_FIELD_REASONS,
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
