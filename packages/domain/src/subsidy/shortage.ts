import type { SubsidyPolicy } from './policy';

/** Whether the occupation is on the policy's shortage list on `date` (both ends inclusive). */
export function isShortageOccupation(policy: SubsidyPolicy, occupationCode: string, date: string): boolean {
  return policy.shortageOccupations.some(
    (period) => period.occupationCode === occupationCode && period.from <= date && date <= period.to,
  );
}
