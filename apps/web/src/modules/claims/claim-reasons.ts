import type { Locale } from '@qiancheng/domain';
import { renderSubsidyText } from '@qiancheng/domain/subsidy/render-subsidy-text';
import {
  SUBSIDY_TEXTS,
  type SubsidyRuleId,
  type SubsidyTextCode,
} from '@qiancheng/domain/subsidy/rule-texts';
import { translate } from '../../app/i18n/messages';
import type { ClaimLine } from './claims-api';
import { claimMessages } from './messages';

/** Why a line claims nothing, in words, with the rule it rests on when a subsidy rule refused it. */
export interface ClaimReason {
  code: string;
  ruleId: SubsidyRuleId | null;
  text: string;
}

/** The reasons of the claim itself, not of a subsidy rule. */
const CLAIM_REASONS = {
  already_claimed: 'reason_already_claimed',
  stage_not_payable: 'reason_stage_not_payable',
  objection_upheld: 'reason_objection_upheld',
} as const;

function isSubsidyTextCode(code: string): code is SubsidyTextCode {
  return Object.hasOwn(SUBSIDY_TEXTS, code);
}

/**
 * An excluded line's reasons read out: a subsidy rule's code by the rule texts, filled with the
 * values the quote recorded for it (the attendance and the rate required); `already_claimed`,
 * `stage_not_payable` and `objection_upheld` by the claim's own texts; any other code as it is.
 */
export function claimReasons(line: Pick<ClaimLine, 'reasons' | 'unmet'>, locale: Locale): ClaimReason[] {
  return line.reasons.map((code) => {
    if (isSubsidyTextCode(code)) {
      const params = line.unmet.find((item) => item.code === code)?.params ?? {};
      return { code, ruleId: SUBSIDY_TEXTS[code].ruleId, text: renderSubsidyText(code, params, locale) };
    }
    if (Object.hasOwn(CLAIM_REASONS, code)) {
      const key = CLAIM_REASONS[code as keyof typeof CLAIM_REASONS];
      return { code, ruleId: null, text: translate(claimMessages, locale, key) };
    }
    return { code, ruleId: null, text: code };
  });
}
