import { FIELD_REASONS, formatMessage, type Locale } from '@qiancheng/domain';
import { CREDIT_CODE_PROBLEMS, parseCreditCode } from '@qiancheng/domain/identity/credit-code';
import { type CreditStatus, decisionPeriodProblem } from '@qiancheng/domain/institutions/credit-status';
import { qualificationState } from '@qiancheng/domain/institutions/qualifications';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';

/*
 * The server's checks of a registration, run in the browser with the same domain functions, so a
 * mistake shows beside its field before anything is sent. The server still decides.
 */

export function creditCodeRule(locale: Locale): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const parsed = parseCreditCode(value);
      if (!parsed.ok) throw new Error(CREDIT_CODE_PROBLEMS[parsed.reason][locale]);
    },
  };
}

export type QualificationDateProblem =
  | { reason: 'qualification_dates' }
  | { reason: 'qualification_expired'; params: { validUntil: string } };

/** What the server would say about a qualification's period on `today` (a civil date). */
export function qualificationDateProblem(
  validFrom: string,
  validUntil: string | null,
  today: string,
): QualificationDateProblem | null {
  if (validUntil !== null && validUntil < validFrom) return { reason: 'qualification_dates' };
  if (qualificationState({ validFrom, validUntil }, today) === 'expired' && validUntil !== null) {
    return { reason: 'qualification_expired', params: { validUntil } };
  }
  return null;
}

const civil = (date: Dayjs | null | undefined) => (date ? date.format('YYYY-MM-DD') : null);

/** The end of validity, checked against the start found at `validFromPath`. */
export function qualificationUntilRule(locale: Locale, validFromPath: (string | number)[]): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: Dayjs | null | undefined) => {
      const from = civil(getFieldValue(validFromPath) as Dayjs | undefined);
      const until = civil(value);
      if (!from || !until) return;
      const problem = qualificationDateProblem(from, until, chinaToday());
      if (problem) {
        const params = 'params' in problem ? problem.params : {};
        throw new Error(formatMessage(FIELD_REASONS[problem.reason][locale], params));
      }
    },
  });
}

/** A suspension must say when it ends, and no period ends before it starts. */
export function decisionUntilRule(locale: Locale): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: Dayjs | null | undefined) => {
      const status = getFieldValue('status') as CreditStatus | undefined;
      if (!status) return;
      const problem = decisionPeriodProblem({
        status,
        effectiveFrom: civil(getFieldValue('effectiveFrom') as Dayjs | undefined) ?? chinaToday(),
        effectiveUntil: civil(value),
      });
      if (problem) throw new Error(FIELD_REASONS[problem][locale]);
    },
  });
}
