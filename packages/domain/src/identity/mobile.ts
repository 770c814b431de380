/**
 * Mainland China mobile numbers: 11 digits, `1` then `3`–`9`. People paste them in many shapes
 * (`+86 138-1234-5678`, `8613812345678`, full-width digits from an input method), so spaces,
 * hyphens and a leading +86, 0086 or 86 country code are dropped before checking. Finer prefix
 * rules (which 1x segments are allocated) are not checked: MIIT opens new segments over time and
 * the platform confirms a number by SMS anyway.
 */

export type MobileProblem = 'characters' | 'length' | 'prefix';

export type MobileResult = { ok: true; value: string } | { ok: false; reason: MobileProblem };

export const MOBILE_PROBLEMS = {
  characters: {
    'zh-CN': '手机号码只能包含数字',
    'en-US': 'may contain only digits',
  },
  length: {
    'zh-CN': '手机号码应为 11 位',
    'en-US': 'must be 11 digits long',
  },
  prefix: {
    'zh-CN': '手机号码应以 13–19 开头',
    'en-US': 'must start with 13 to 19',
  },
} as const satisfies Record<MobileProblem, { 'zh-CN': string; 'en-US': string }>;

export function parseMobile(input: string): MobileResult {
  let digits = input.normalize('NFKC').replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  // A mobile number itself never starts with 8, so a leading 86 can only be the country code.
  else if (digits.startsWith('86')) digits = digits.slice(2);
  if (!/^\d*$/.test(digits)) return { ok: false, reason: 'characters' };
  if (digits.length !== 11) return { ok: false, reason: 'length' };
  if (!/^1[3-9]/.test(digits)) return { ok: false, reason: 'prefix' };
  return { ok: true, value: digits };
}

/**
 * The first three and last four digits with the middle hidden (`138****5678`). Input that is not
 * a valid number is hidden entirely rather than guessed at.
 */
export function maskMobile(mobile: string): string {
  const parsed = parseMobile(mobile);
  if (!parsed.ok) return '*'.repeat(Math.min(mobile.trim().length, 11));
  return `${parsed.value.slice(0, 3)}****${parsed.value.slice(7)}`;
}
