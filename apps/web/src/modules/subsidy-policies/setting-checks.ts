import type { PolicySetting } from './policy-settings';

/** What is wrong with a typed value, caught before a round trip; the server checks again. */
export type SettingCheck = 'required' | 'amountNegative' | 'countInvalid' | 'percentRange';

/**
 * The per-setting checks of the policy document, as typed: amounts in 元 not below 0 (the input
 * keeps two decimals), counts whole and not below 0, percentages from 0 to their maximum. Checks
 * across settings (a higher level paying less) are the server's, shown beside the setting named.
 */
export function checkSetting(item: PolicySetting, value: unknown): SettingCheck | null {
  if (item.kind !== 'yuan' && item.kind !== 'percent' && item.kind !== 'count') return null;
  if (value === null || value === undefined || value === '') return 'required';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'required';
  if (item.kind === 'yuan') return value < 0 ? 'amountNegative' : null;
  if (item.kind === 'count') return Number.isInteger(value) && value >= 0 ? null : 'countInvalid';
  return value >= 0 && value <= (item.maxPercent ?? 100) ? null : 'percentRange';
}
