import type { ErrorDefinition } from '../errors/catalog';

/**
 * Error codes of fund budgets and the fund ledger (资金), spread into ERROR_CATALOG. A budget is
 * named in both languages ({budgetZh}, {budgetEn}); amounts are in 元 with two decimals.
 */
export const FUND_ERRORS = {
  'funds.budget_overdrawn': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}可用余额 {available} 元，不足以占用 {requested} 元',
    'en-US': '{budgetEn} has {available} yuan available, less than the {requested} yuan requested',
  },
  'funds.budget_missing': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}尚未下达预算，请财政部门先建立该预算',
    'en-US': 'There is no budget for {budgetEn}; the finance department has to create it first',
  },
  'funds.budget_exists': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}的预算已经建立，如需增减请做预算调整',
    'en-US': 'The budget for {budgetEn} already exists; adjust it instead',
  },
  'funds.below_used': {
    kind: 'conflict',
    'zh-CN':
      '{budgetZh}已占用和已支付共 {used} 元，调减 {requested} 元后预算将低于此数，最多可调减 {available} 元',
    'en-US':
      '{budgetEn} has {used} yuan committed and paid; decreasing it by {requested} yuan would go below that (at most {available} yuan can be taken off)',
  },
  'funds.release_exceeds_committed': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}已占用 {committed} 元，不能释放 {requested} 元',
    'en-US': '{budgetEn} has {committed} yuan committed; {requested} yuan cannot be released',
  },
  'funds.payment_exceeds_committed': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}已占用 {committed} 元，不能支付 {requested} 元',
    'en-US': '{budgetEn} has {committed} yuan committed; {requested} yuan cannot be paid',
  },
  'funds.reversal_exceeds_paid': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}已支付 {paid} 元，不能退回 {requested} 元',
    'en-US': '{budgetEn} has paid {paid} yuan; {requested} yuan cannot be returned',
  },
  'funds.recovery_exceeds_paid': {
    kind: 'conflict',
    'zh-CN': '{budgetZh}已支付 {paid} 元，追回到账 {requested} 元超过了已支付金额',
    'en-US': '{budgetEn} has paid {paid} yuan; a recovery of {requested} yuan is more than was paid',
  },
  'funds.amount_too_large': {
    kind: 'invalid',
    'zh-CN': '金额过大，{budgetZh}的合计将超出可精确记录的范围',
    'en-US': 'The amount is too large: the totals of {budgetEn} would no longer be exact',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** Reasons a field of a fund request is rejected, spread into FIELD_REASONS. */
export const FUND_FIELD_REASONS = {
  fund_amount_invalid: {
    'zh-CN': '金额须为以分计的整数，且方向正确',
    'en-US': 'must be a whole number of fen with the right sign',
  },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
