import type { ErrorDefinition } from './catalog';

/**
 * Errors of idempotency keys: requests that move money carry an `Idempotency-Key` header, so a
 * retried request is answered from the first one instead of moving the money twice.
 */
export const IDEMPOTENCY_ERRORS = {
  'idempotency.key_required': {
    kind: 'invalid',
    'zh-CN': '此操作涉及资金，请求须带 Idempotency-Key 请求头（每次提交一个新的唯一值，重试时沿用）',
    'en-US':
      'This request moves money and needs an Idempotency-Key header (a new unique value per submission, the same one on a retry)',
  },
  'idempotency.key_invalid': {
    kind: 'invalid',
    'zh-CN': 'Idempotency-Key 请求头须为 8 至 128 个字母、数字或 -_.:',
    'en-US': 'The Idempotency-Key header must be 8 to 128 letters, digits or -_.:',
  },
  'idempotency.key_reused': {
    kind: 'unprocessable',
    'zh-CN': '该 Idempotency-Key 已用于另一次内容不同的提交，请为新的提交生成新的值',
    'en-US':
      'This Idempotency-Key was already used for a different request; use a new key for a new submission',
  },
} as const satisfies Record<string, ErrorDefinition>;
