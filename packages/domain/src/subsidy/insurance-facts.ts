import type { PensionScheme } from './policy';
import type { EmploymentEvidence } from './quote-types';

/**
 * What the social-insurance records say, as the subsidy rules read it. Periods run from their
 * first to their last paid month (written as the first day of the month); an open period runs on.
 */
export interface InsurancePeriod {
  /** unemployment | pension; other insurances are not read. */
  insurance: string;
  scheme: string | null;
  fromMonth: string;
  toMonth: string | null;
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * Months of unemployment insurance paid up to and including the month of `on`, counted once each
 * however many periods overlap them (a person insured by two employers in one month paid one month).
 */
export function insuredMonthsThrough(periods: readonly InsurancePeriod[], on: string): number {
  const last = monthIndex(on);
  const months = new Set<number>();
  for (const period of periods) {
    if (period.insurance !== 'unemployment') continue;
    const end = Math.min(period.toMonth === null ? last : monthIndex(period.toMonth), last);
    for (let month = monthIndex(period.fromMonth); month <= end; month += 1) months.add(month);
  }
  return months.size;
}

const SCHEMES: readonly string[] = ['enterprise', 'public_institution', 'resident'];

/** The pension scheme covering the month of `on` (the latest period wins), or none. */
export function pensionSchemeOn(periods: readonly InsurancePeriod[], on: string): PensionScheme {
  const month = monthIndex(on);
  let found: PensionScheme = 'none';
  let start = -1;
  for (const period of periods) {
    if (period.insurance !== 'pension' || !period.scheme || !SCHEMES.includes(period.scheme)) continue;
    const from = monthIndex(period.fromMonth);
    const to = period.toMonth === null ? Number.POSITIVE_INFINITY : monthIndex(period.toMonth);
    if (from <= month && month <= to && from >= start) {
      found = period.scheme as PensionScheme;
      start = from;
    }
  }
  return found;
}

/** A stored piece of employment evidence in the shape the A6 rule reads. */
export function evidenceForRules(row: {
  kind: string;
  startDate: string;
  throughDate: string | null;
  months: number | null;
}): EmploymentEvidence | null {
  switch (row.kind) {
    case 'contract':
      return { kind: 'contract', startDate: row.startDate, months: row.months ?? 0 };
    case 'contributions':
    case 'wages':
      return { kind: row.kind, months: row.months ?? 0, through: row.throughDate ?? row.startDate };
    case 'domestic_service':
      return { kind: 'domestic_service', signedOn: row.startDate };
    default:
      return null;
  }
}
