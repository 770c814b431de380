import type { FieldReason } from '../errors/catalog';

/**
 * 职业技能培训需求指导目录: a region's list of training projects for a period. A draft is assembled
 * freely; once published, every addition and removal is logged with its reason, because the public
 * relies on the catalogue and must see how it changed.
 */
export type CatalogueStatus = 'draft' | 'published';
export const CATALOGUE_STATUSES: readonly CatalogueStatus[] = ['draft', 'published'];

export const CATALOGUE_STATUS_NAMES: Record<CatalogueStatus, { 'zh-CN': string; 'en-US': string }> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  published: { 'zh-CN': '已发布', 'en-US': 'Published' },
};

export type CatalogueChangeAction = 'added' | 'removed';
export const CATALOGUE_CHANGE_NAMES: Record<CatalogueChangeAction, { 'zh-CN': string; 'en-US': string }> = {
  added: { 'zh-CN': '新增', 'en-US': 'Added' },
  removed: { 'zh-CN': '移出', 'en-US': 'Removed' },
};

/** Whether changing the entries of a catalogue in this status is written to its change log. */
export function catalogueChangeIsLogged(status: CatalogueStatus): boolean {
  return status === 'published';
}

export function canPublishCatalogue(status: CatalogueStatus): boolean {
  return status === 'draft';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface CataloguePeriodProblem {
  field: 'periodStart' | 'periodEnd';
  reason: FieldReason;
  params?: Record<string, unknown>;
}

/** Both ends real dates, and the end not before the start (a one-day period is allowed). */
export function checkCataloguePeriod(periodStart: string, periodEnd: string): CataloguePeriodProblem[] {
  const problems: CataloguePeriodProblem[] = [];
  if (!isCalendarDate(periodStart)) problems.push({ field: 'periodStart', reason: 'invalid_date' });
  if (!isCalendarDate(periodEnd)) problems.push({ field: 'periodEnd', reason: 'invalid_date' });
  if (problems.length === 0 && periodEnd < periodStart) {
    problems.push({ field: 'periodEnd', reason: 'period_inverted', params: { periodStart } });
  }
  return problems;
}
