import type { ErrorDefinition } from '../errors/catalog';

/** Error codes of payment batches, bank results and recoveries (支付), spread into ERROR_CATALOG. */
export const PAYMENT_ERRORS = {
  'payments.nothing_payable': {
    kind: 'conflict',
    'zh-CN': '没有可支付的申领：公示期满、异议已处理且未在其他批次中的申领才能进入支付批次',
    'en-US':
      'Nothing is payable: a claim enters a batch once its notice has ended, its objections are decided and no other batch holds it',
  },
  'payments.claim_not_payable': {
    kind: 'conflict',
    'zh-CN': '申领 {number} 当前不可支付：{why}',
    'en-US': 'Claim {number} cannot be paid now: {whyEn}',
  },
  'payments.mixed_fund_sources': {
    kind: 'invalid',
    'zh-CN': '一个支付批次只含一种资金来源，所选申领来自不同资金',
    'en-US': 'A batch pays from one fund source; the chosen claims draw on different funds',
  },
  'payments.payee_account_missing': {
    kind: 'conflict',
    'zh-CN': '{payee}尚未登记收款账户，请先登记后再编入支付批次',
    'en-US': '{payee} has no payee account yet; record one before the claim is batched',
  },
  'payments.lines_taken': {
    kind: 'conflict',
    'zh-CN': '所选申领已在另一个支付批次中，请刷新后重试',
    'en-US': 'A chosen claim is already in another payment batch; refresh and try again',
  },
  'payments.batch_too_large': {
    kind: 'invalid',
    'zh-CN': '一个支付批次最多 {limit} 笔，请分批支付',
    'en-US': 'A payment batch holds at most {limit} transfers; split them',
  },
  'payments.batch_not_exported': {
    kind: 'conflict',
    'zh-CN': '该批次尚未导出支付文件，银行回盘须在支付文件送银行之后导入',
    'en-US': 'The batch’s payment file has not been exported; import the bank’s result after sending it',
  },
  'payments.batch_settled': {
    kind: 'conflict',
    'zh-CN': '该批次各笔均已有支付结果，不能再导入回盘',
    'en-US': 'Every line of the batch already has its result; no further result can be imported',
  },
  'payments.result_invalid': {
    kind: 'invalid',
    'zh-CN': '回盘文件有 {count} 行有误，未登记任何结果',
    'en-US': 'The result file has {count} rows with problems; no result was recorded',
  },
  'payments.result_already_imported': {
    kind: 'conflict',
    'zh-CN': '该回盘文件已于 {at} 导入，不再重复登记',
    'en-US': 'This result file was imported at {at}; it is not recorded twice',
  },
  'payments.result_not_readable': {
    kind: 'invalid',
    'zh-CN': '无法读取回盘文件：请上传 .xlsx 或 CSV（UTF-8 或 GBK 编码）文件',
    'en-US': 'The result file cannot be read: upload an .xlsx or a CSV file (UTF-8 or GBK)',
  },
  'payments.line_state': {
    kind: 'conflict',
    'zh-CN': '该支付明细当前为“{statusZh}”，不能{actionZh}',
    'en-US': 'The payment line is {statusEn} and cannot be {actionEn}',
  },
  'payments.recovery_exceeds_paid': {
    kind: 'conflict',
    'zh-CN': '追回金额 {requested} 元超过了该笔尚可追回的 {available} 元',
    'en-US':
      'The recovery of {requested} yuan is more than the {available} yuan still recoverable on this line',
  },
  'payments.recovery_state': {
    kind: 'conflict',
    'zh-CN': '该追回已登记到账，不能重复登记',
    'en-US': 'The recovery has already been received',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field or a result-file row is rejected, spread into FIELD_REASONS. */
export const PAYMENT_FIELD_REASONS = {
  account_name_not_holder: {
    'zh-CN': '社保卡账户须为本人账户，户名应与实名登记的姓名一致',
    'en-US': 'must be your own social security card account, in your registered name',
  },
  account_number_invalid: {
    'zh-CN': '应为 8 至 32 位数字的银行账号',
    'en-US': 'must be a bank account number of 8 to 32 digits',
  },
  amount_invalid: {
    'zh-CN': '应为以元计、最多两位小数的金额',
    'en-US': 'must be an amount in yuan with at most two decimals',
  },
  payment_line_unknown: {
    'zh-CN': '不是本批次的支付明细号',
    'en-US': 'is not a line number of this batch',
  },
  payment_line_repeated: {
    'zh-CN': '与第 {row} 行重复',
    'en-US': 'repeats row {row}',
  },
  payment_line_settled: {
    'zh-CN': '该笔已有支付结果，不能再次登记',
    'en-US': 'already has its result',
  },
  payment_amount_mismatch: {
    'zh-CN': '与支付文件金额 {expected} 元不符',
    'en-US': 'differs from the {expected} yuan sent',
  },
  payment_account_mismatch: {
    'zh-CN': '与支付文件的收款账号不符',
    'en-US': 'differs from the account the payment was sent to',
  },
  failure_reason_required: {
    'zh-CN': '支付失败须注明原因',
    'en-US': 'is required when the payment failed',
  },
  claim_line_not_paid: {
    'zh-CN': '不是该笔支付所含的学员',
    'en-US': 'is not a trainee paid on this line',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
