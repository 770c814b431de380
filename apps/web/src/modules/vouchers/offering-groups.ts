import type { Locale } from '@qiancheng/domain';
import { type TargetGroupCode, targetGroup } from '@qiancheng/domain/reference/target-groups';

/** Target groups by name, listed as the language lists them. */
export function targetGroupNames(codes: readonly TargetGroupCode[], locale: Locale): string {
  return codes.map((code) => targetGroup(code).name[locale]).join(locale === 'zh-CN' ? '、' : ', ');
}
