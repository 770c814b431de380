import { FIELD_REASONS, formatMessage, type Locale } from '@qiancheng/domain';
import { checkDemand, type DemandInput } from '@qiancheng/domain/demand/demand-line';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../app/forms/china-today';

/** The demand form's own values, before they become the API's shape. */
export interface DemandFormValues {
  enterpriseId?: string;
  regionCode: string;
  occupationCode: string;
  skillLevel?: string;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  deadline: Dayjs;
  contactName: string;
  contactPhone: string;
}

/**
 * The form as the domain rule's input. Fields not filled in yet take harmless stand-ins, so a
 * reversed wage range shows as soon as both wages are there, before the deadline is chosen.
 */
function inputOf(values: Partial<DemandFormValues>): DemandInput {
  return {
    headcount: values.headcount ?? 1,
    wageMin: values.wageMin ?? 0,
    wageMax: values.wageMax ?? values.wageMin ?? 0,
    deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : chinaToday(),
  };
}

/**
 * The server's demand checks (domain `checkDemand`) run on the form as the user types, so a
 * reversed wage range or a past deadline shows beside its field before anything is sent. Each
 * field's rule reports only the problems about that field; the rule re-reads the whole form
 * because the wage range is a relation between two fields. An empty field is left to `required`.
 */
export function demandRule(field: keyof DemandInput, locale: Locale): FormRule {
  return ({ getFieldsValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const input = inputOf(getFieldsValue(true) as Partial<DemandFormValues>);
      const problem = checkDemand(input, chinaToday()).find((p) => p.field === field);
      if (problem) throw new Error(formatMessage(FIELD_REASONS[problem.reason][locale], problem.params));
    },
  });
}
