import { CLAIMABLE_CLASS_STATUSES } from '@qiancheng/domain/claims/claim-lifecycle';
import type { ClassItem } from '@qiancheng/domain/classes/class-views';

/**
 * The classes an institution may claim for, from the lists of each claimable status: once each,
 * only those that have completed, the latest to end first.
 */
export function claimableClasses(lists: readonly (readonly ClassItem[] | undefined)[]): ClassItem[] {
  const byId = new Map<string, ClassItem>();
  for (const item of lists.flatMap((list) => list ?? [])) {
    if (CLAIMABLE_CLASS_STATUSES.includes(item.status)) byId.set(item.id, item);
  }
  return [...byId.values()].sort(
    (a, b) => b.endDate.localeCompare(a.endDate) || a.code.localeCompare(b.code),
  );
}
