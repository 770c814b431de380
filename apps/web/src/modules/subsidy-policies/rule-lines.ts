import type { Locale } from '@qiancheng/domain';
import {
  certificateType,
  isCertificateTypeCode,
  isSkillLevelCode,
  skillLevel,
} from '@qiancheng/domain/reference/skill-levels';
import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import { PENSION_SCHEME_NAMES } from '@qiancheng/domain/subsidy/render-subsidy-text';
import { SUBSIDY_RULE_IDS, SUBSIDY_RULES, type SubsidyRuleId } from '@qiancheng/domain/subsidy/rule-texts';
import { yuan } from '../../app/format/money';
import { type MessageKey, translate } from '../../app/i18n/messages';
import { skillLevelName, targetGroupName } from '../reference/code-names';
import { POLICY_SETTINGS, type PolicySetting, settingValue } from './policy-settings';
import { percentText } from './policy-units';
import { ruleMessages } from './rule-messages';

type RuleMessageKey = MessageKey<typeof ruleMessages>;

export interface RuleLine {
  /** The setting's path under `rules`, or the rule id when the rule has no settings. */
  path: string;
  text: string;
}

export interface RuleGroup {
  ruleId: SubsidyRuleId;
  name: string;
  lines: RuleLine[];
}

const text = (locale: Locale, key: string, params?: Record<string, unknown>) =>
  translate(ruleMessages, locale, key as RuleMessageKey, params);

/** What a setting is called: amounts by level carry the level's name. */
export function settingLabel(path: string, locale: Locale): string {
  const last = path.split('.').at(-1)!;
  if (/^(A4\.skillLevelFen|B2\.levelFen)\./.test(path) && isSkillLevelCode(last)) {
    return skillLevel(last).name[locale];
  }
  return text(locale, path);
}

function listText(names: string[], locale: Locale, empty: RuleMessageKey): string {
  return names.length > 0 ? names.join(text(locale, 'listSeparator')) : text(locale, empty);
}

function valueText(item: PolicySetting, value: unknown, locale: Locale): string {
  switch (item.kind) {
    case 'yuan':
      if (item.path === 'A4.trainingCapFen' && value === 0) return text(locale, 'noCap');
      return text(locale, 'yuanValue', { amount: yuan(value as number, { grouped: true }) });
    case 'percent':
      return percentText(value as number);
    case 'count':
      return text(locale, `unit.${item.unit}`, { count: value });
    case 'level':
      return text(locale, 'levelAndAbove', { level: skillLevelName(String(value), locale) });
    case 'targetGroups':
      return listText(
        (value as string[]).map((code) => targetGroupName(code, locale)),
        locale,
        'noneListed',
      );
    case 'pensionSchemes':
      return listText(
        (value as (keyof typeof PENSION_SCHEME_NAMES)[]).map(
          (code) => PENSION_SCHEME_NAMES[code]?.[locale] ?? code,
        ),
        locale,
        'noneExcluded',
      );
    case 'certificateTypes':
      return listText(
        (value as string[]).map((code) =>
          isCertificateTypeCode(code) ? certificateType(code).name[locale] : code,
        ),
        locale,
        'noneListed',
      );
    case 'switch':
      return '';
  }
}

/** One setting as a sentence: a switch says what holds, anything else `label：value`. */
export function settingLine(item: PolicySetting, rules: SubsidyPolicy['rules'], locale: Locale): string {
  const value = settingValue(rules, item.path);
  if (item.kind === 'switch') return text(locale, value ? item.path : `${item.path}.no`);
  return text(locale, 'lineValue', {
    label: settingLabel(item.path, locale),
    value: valueText(item, value, locale),
  });
}

/** Every rule A1–C2 in order, with its settings read out; a rule without settings says so. */
export function describeRules(rules: SubsidyPolicy['rules'], locale: Locale): RuleGroup[] {
  return SUBSIDY_RULE_IDS.map((ruleId) => {
    const settings = POLICY_SETTINGS.filter((item) => item.ruleId === ruleId);
    const lines =
      settings.length > 0
        ? settings.map((item) => ({ path: item.path, text: settingLine(item, rules, locale) }))
        : [{ path: ruleId, text: text(locale, `${ruleId}.none`) }];
    return { ruleId, name: SUBSIDY_RULES[ruleId].name[locale], lines };
  });
}
