import type { LocalizedText } from './localized-text';

/**
 * The fields the action puts first when funding training, plus `other` for everything else, so
 * every occupation can be placed in exactly one.
 */
export const PRIORITY_FIELDS = [
  { code: 'elderly_childcare', name: { 'zh-CN': '康养托育', 'en-US': 'Elderly care and childcare' } },
  { code: 'advanced_manufacturing', name: { 'zh-CN': '先进制造', 'en-US': 'Advanced manufacturing' } },
  { code: 'modern_services', name: { 'zh-CN': '现代服务', 'en-US': 'Modern services' } },
  { code: 'new_occupations', name: { 'zh-CN': '新职业', 'en-US': 'New occupations' } },
  { code: 'other', name: { 'zh-CN': '其他', 'en-US': 'Other' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type PriorityField = (typeof PRIORITY_FIELDS)[number];
export type PriorityFieldCode = PriorityField['code'];

export const PRIORITY_FIELD_CODES = PRIORITY_FIELDS.map(
  (field) => field.code,
) as readonly PriorityFieldCode[];

export function isPriorityFieldCode(value: string): value is PriorityFieldCode {
  return (PRIORITY_FIELD_CODES as readonly string[]).includes(value);
}

export function priorityField(code: PriorityFieldCode): PriorityField {
  return PRIORITY_FIELDS.find((field) => field.code === code)!;
}

/** Finds a field by its code or by its name in any locale, as people type either in a spreadsheet. */
export function findPriorityField(text: string): PriorityField | undefined {
  const wanted = text.trim();
  const lower = wanted.toLowerCase();
  return PRIORITY_FIELDS.find(
    (field) =>
      field.code === lower || field.name['zh-CN'] === wanted || field.name['en-US'].toLowerCase() === lower,
  );
}
