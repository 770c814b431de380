import type { Locale } from '@qiancheng/domain';
import { PRIORITY_FIELDS } from '@qiancheng/domain/reference/priority-fields';
import { SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import type { LocalizedText } from '../../app/i18n/messages';

/*
 * The fixed code tables ship with the domain package, so their names are shown without a request;
 * an unknown code (data newer than this build) shows as itself rather than as nothing.
 */

function namer(table: readonly { code: string; name: LocalizedText }[]) {
  const byCode = new Map(table.map((item) => [item.code, item.name]));
  return (code: string, locale: Locale): string => byCode.get(code)?.[locale] ?? code;
}

export const skillLevelName = namer(SKILL_LEVELS);
export const targetGroupName = namer(TARGET_GROUPS);
export const priorityFieldName = namer(PRIORITY_FIELDS);

export function codeOptions(table: readonly { code: string; name: LocalizedText }[], locale: Locale) {
  return table.map((item) => ({ value: item.code, label: item.name[locale] }));
}
