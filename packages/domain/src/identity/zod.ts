import { z } from 'zod';
import { CREDIT_CODE_PROBLEMS, parseCreditCode } from './credit-code';
import { ID_NUMBER_PROBLEMS, type IdNumberOptions, parseIdNumber } from './id-number';
import { MOBILE_PROBLEMS, parseMobile } from './mobile';

type Parsed<V, P extends string> = { ok: true; value: V } | { ok: false; reason: P };

/**
 * A string schema that outputs the normalised form. A rejection is one custom issue whose
 * `params.reason` is the problem code and `params.messages` its text in every locale, so the server
 * can report it in the caller's language without knowing which field's problem table applies; the
 * zh-CN message is there for anyone reading the raw issue.
 */
function normalisedString<V, P extends string>(
  parse: (input: string) => Parsed<V, P>,
  output: (value: V) => string,
  problems: Record<P, { 'zh-CN': string; 'en-US': string }>,
) {
  return z.string().transform((input, ctx) => {
    const result = parse(input);
    if (result.ok) return output(result.value);
    ctx.addIssue({
      code: 'custom',
      message: problems[result.reason]['zh-CN'],
      params: { reason: result.reason, messages: problems[result.reason] },
      input,
    });
    return z.NEVER;
  });
}

export function idNumberSchema(options: IdNumberOptions = {}) {
  return normalisedString(
    (input) => parseIdNumber(input, options),
    (value) => value.idNumber,
    ID_NUMBER_PROBLEMS,
  );
}

export const creditCodeSchema = normalisedString(
  parseCreditCode,
  (value) => value.creditCode,
  CREDIT_CODE_PROBLEMS,
);

export const mobileSchema = normalisedString(parseMobile, (value) => value, MOBILE_PROBLEMS);
