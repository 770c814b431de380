import type { Locale } from '@qiancheng/domain';
import { TEACHER_CERTIFICATE_KINDS } from '@qiancheng/domain/teachers/certificates';
import {
  EMPLOYMENT_RELATIONS,
  EMPLOYMENT_STATE_NAMES,
  type EmploymentState,
} from '@qiancheng/domain/teachers/employment';
import type { BadgeProps } from 'antd';

/** Names of the teacher code tables; an unknown code shows as itself. */
function namer(table: readonly { code: string; name: Record<Locale, string> }[]) {
  const byCode = new Map(table.map((item) => [item.code, item.name]));
  return (code: string, locale: Locale): string => byCode.get(code)?.[locale] ?? code;
}

export const relationName = namer(EMPLOYMENT_RELATIONS);
export const certificateKindName = namer(TEACHER_CERTIFICATE_KINDS);

export function employmentStateName(state: EmploymentState, locale: Locale): string {
  return EMPLOYMENT_STATE_NAMES[state][locale];
}

export const EMPLOYMENT_STATE_COLORS: Record<EmploymentState, BadgeProps['status']> = {
  current: 'success',
  upcoming: 'processing',
  ended: 'default',
};
