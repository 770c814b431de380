/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character alphabet without I, O, Z, S
 * and V (too easily confused with 1, 0, 2, 5 and U). Position 1 is the registration authority,
 * 2 the organisation type, 3–8 the GB/T 2260 region of the registering office, 9–17 the
 * organisation code and 18 a check character.
 *
 * Positions 1 and 2 accept any character of the alphabet: the authority and type lists are
 * extended by notice from time to time (e.g. Y for other authorities), and a code issued under a
 * newer list must not be refused. The organisation code's own GB 11714 check character
 * (position 17) is not verified separately: position 18 already covers all 17 characters before
 * it, and a second check would only add a second, confusing way to report the same typo.
 */

export type CreditCodeProblem = 'length' | 'characters' | 'checksum';

export interface CreditCode {
  /** Trimmed, half-width, upper-case. */
  creditCode: string;
  registrationAuthority: string;
  organisationType: string;
  regionCode: string;
  organisationCode: string;
}

export type CreditCodeResult = { ok: true; value: CreditCode } | { ok: false; reason: CreditCodeProblem };

export const CREDIT_CODE_PROBLEMS = {
  length: {
    'zh-CN': '统一社会信用代码应为 18 位',
    'en-US': 'must be 18 characters long',
  },
  characters: {
    'zh-CN':
      '统一社会信用代码含有不允许的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母，第 3–8 位须为数字）',
    'en-US':
      'may contain only digits and capital letters other than I, O, Z, S and V, with digits in positions 3–8',
  },
  checksum: {
    'zh-CN': '统一社会信用代码校验位不正确',
    'en-US': 'has a wrong check character; please check each character',
  },
} as const satisfies Record<CreditCodeProblem, { 'zh-CN': string; 'en-US': string }>;

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`not a credit code character: ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function parseCreditCode(input: string): CreditCodeResult {
  const creditCode = input.normalize('NFKC').trim().toUpperCase();
  if (creditCode.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(creditCode)) return { ok: false, reason: 'characters' };
  if (creditCodeCheckCharacter(creditCode.slice(0, 17)) !== creditCode[17]) {
    return { ok: false, reason: 'checksum' };
  }
  return {
    ok: true,
    value: {
      creditCode,
      registrationAuthority: creditCode[0]!,
      organisationType: creditCode[1]!,
      regionCode: creditCode.slice(2, 8),
      organisationCode: creditCode.slice(8, 17),
    },
  };
}
