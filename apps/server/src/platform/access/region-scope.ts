import { isRegionScoped, isWithinRegion, regionCodeRange } from '@qiancheng/domain';
import { and, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../http/app-error';
import type { Actor } from '../http/request-context';

/**
 * The one place that decides which regions a user may see. Region-scoped roles (staff, finance,
 * auditor, admin) see their region and everything below it; every query of their data goes through
 * `regionScopeFilter`, every single-record read through `assertRegionInScope`.
 */
export function regionScopeFilter(actor: Actor, column: AnyPgColumn): SQL | undefined {
  if (!isRegionScoped(actor.role)) return sql`false`;
  if (!actor.regionCode) return sql`false`;
  const { from, to } = regionCodeRange(actor.regionCode);
  return and(gte(column, from), lt(column, to));
}

export function isRegionInScope(actor: Actor, regionCode: string | null): boolean {
  if (!isRegionScoped(actor.role) || !actor.regionCode || !regionCode) return false;
  return isWithinRegion(regionCode, actor.regionCode);
}

/**
 * For a record the caller asked for by id: outside the scope it is reported as not found, so that
 * ids of other regions' records reveal nothing.
 */
export function assertRecordInScope(actor: Actor, regionCode: string | null): void {
  if (!isRegionInScope(actor, regionCode)) throw new AppError('common.not_found');
}

/** For a region the caller named explicitly (a filter or a path segment): outside the scope is 403. */
export function assertRegionInScope(actor: Actor, regionCode: string): void {
  if (!isRegionInScope(actor, regionCode)) throw new AppError('common.out_of_region');
}

/** The region a scoped query should use: the requested one when inside the scope, else the actor's own. */
export function effectiveRegion(actor: Actor, requested: string | undefined): string {
  if (requested) {
    assertRegionInScope(actor, requested);
    return requested;
  }
  if (!actor.regionCode) throw new AppError('common.forbidden');
  return actor.regionCode;
}
