import {
  type Executor,
  institutionFindings,
  institutionOccupations,
  institutionQualifications,
  institutionSites,
  institutionStatusDecisions,
  institutions,
  integrityPledges,
  occupations,
  regions,
} from '@qiancheng/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  ilike,
  inArray,
  isNull,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';
import { regionSubtree } from '../demand/repository';

export type InstitutionRow = typeof institutions.$inferSelect;
export type QualificationRow = typeof institutionQualifications.$inferSelect;
export type SiteRow = typeof institutionSites.$inferSelect;
export type DecisionRow = typeof institutionStatusDecisions.$inferSelect;
export type FindingRow = typeof institutionFindings.$inferSelect;
export type PledgeRow = typeof integrityPledges.$inferSelect;

/**
 * The credit status in force on `today`, in SQL for lists and filters: the latest decided of the
 * decisions whose period covers the day, else normal. Mirrors `statusInForce` in the domain, which
 * decides single records; a test checks that the two agree.
 */
export function creditStatusSql(today: string): SQL<string> {
  return sql<string>`coalesce((
    select d.status from ${institutionStatusDecisions} d
     where d.institution_id = ${institutions.id}
       and d.effective_from <= ${today}
       and (d.effective_until is null or d.effective_until >= ${today})
     order by d.decided_at desc, d.id desc limit 1), 'normal')`;
}

/** Institutions with at least one qualification expired on `today`. */
export function hasExpiredQualificationSql(today: string): SQL<boolean> {
  return sql<boolean>`exists (
    select 1 from ${institutionQualifications} q
     where q.institution_id = ${institutions.id} and q.valid_until is not null and q.valid_until < ${today})`;
}

export interface InstitutionFilter {
  review?: 'pending' | 'approved' | 'returned';
  credit?: string;
  type?: string;
  occupation?: string;
  region?: string;
  q?: string;
  expired?: boolean;
}

export function filterConditions(filter: InstitutionFilter, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (filter.review) conditions.push(eq(institutions.reviewStatus, filter.review));
  if (filter.credit) conditions.push(sql`${creditStatusSql(today)} = ${filter.credit}`);
  if (filter.type) conditions.push(eq(institutions.type, filter.type));
  if (filter.region) conditions.push(regionSubtree(institutions.regionCode, filter.region));
  if (filter.expired) conditions.push(hasExpiredQualificationSql(today));
  if (filter.occupation) {
    const occupation = filter.occupation;
    conditions.push(
      exists(
        sql`select 1 from ${institutionOccupations} o where o.institution_id = ${institutions.id} and o.occupation_code = ${occupation}`,
      ),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(institutions.name, pattern), ilike(institutions.creditCode, pattern))!);
  }
  return conditions;
}

export interface InstitutionListRow {
  institution: InstitutionRow;
  regionName: string;
  creditStatus: string;
  hasExpired: boolean;
}

export async function listInstitutions(
  db: Executor,
  where: SQL | undefined,
  today: string,
  page: PageRequest,
): Promise<{ items: InstitutionListRow[]; total: number }> {
  return pageOf(
    page,
    db
      .select({
        institution: institutions,
        regionName: regions.name,
        creditStatus: creditStatusSql(today),
        hasExpired: hasExpiredQualificationSql(today),
      })
      .from(institutions)
      .innerJoin(regions, eq(regions.code, institutions.regionCode))
      .where(where)
      .orderBy(desc(institutions.createdAt), asc(institutions.id)),
    db.select({ total: count() }).from(institutions).where(where),
  );
}

export async function findInstitution(db: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

export async function findInstitutionForUpdate(db: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id)).for('update');
  return row ?? null;
}

export async function findByCreditCode(db: Executor, creditCode: string): Promise<InstitutionRow | null> {
  const [row] = await db.select().from(institutions).where(eq(institutions.creditCode, creditCode));
  return row ?? null;
}

export function qualificationsOf(db: Executor, institutionId: string) {
  return db
    .select()
    .from(institutionQualifications)
    .where(eq(institutionQualifications.institutionId, institutionId))
    .orderBy(asc(institutionQualifications.createdAt));
}

export function sitesOf(db: Executor, institutionId: string, includeRetired = false) {
  return db
    .select({ site: institutionSites, regionName: regions.name })
    .from(institutionSites)
    .innerJoin(regions, eq(regions.code, institutionSites.regionCode))
    .where(
      and(
        eq(institutionSites.institutionId, institutionId),
        includeRetired ? undefined : isNull(institutionSites.retiredAt),
      ),
    )
    .orderBy(asc(institutionSites.createdAt));
}

/** Occupations of several institutions, each row naming its institution. */
export function occupationsOfMany(db: Executor, institutionIds: string[]) {
  return db
    .select({
      institutionId: institutionOccupations.institutionId,
      code: occupations.code,
      name: occupations.name,
    })
    .from(institutionOccupations)
    .innerJoin(occupations, eq(occupations.code, institutionOccupations.occupationCode))
    .where(inArray(institutionOccupations.institutionId, institutionIds))
    .orderBy(asc(occupations.code));
}

/** Sites in use of several institutions. */
export function activeSitesOfMany(db: Executor, institutionIds: string[]) {
  return db
    .select({ site: institutionSites, regionName: regions.name })
    .from(institutionSites)
    .innerJoin(regions, eq(regions.code, institutionSites.regionCode))
    .where(and(inArray(institutionSites.institutionId, institutionIds), isNull(institutionSites.retiredAt)))
    .orderBy(asc(institutionSites.createdAt));
}

export function occupationsOf(db: Executor, institutionId: string) {
  return db
    .select({ code: occupations.code, name: occupations.name })
    .from(institutionOccupations)
    .innerJoin(occupations, eq(occupations.code, institutionOccupations.occupationCode))
    .where(eq(institutionOccupations.institutionId, institutionId))
    .orderBy(asc(occupations.code));
}

export function decisionsOf(db: Executor, institutionId: string) {
  return db
    .select()
    .from(institutionStatusDecisions)
    .where(eq(institutionStatusDecisions.institutionId, institutionId))
    .orderBy(desc(institutionStatusDecisions.decidedAt));
}

/** The status decisions of several institutions, latest decided first. */
export function decisionsOfMany(db: Executor, institutionIds: readonly string[]) {
  return db
    .select()
    .from(institutionStatusDecisions)
    .where(inArray(institutionStatusDecisions.institutionId, [...institutionIds]))
    .orderBy(desc(institutionStatusDecisions.decidedAt));
}

/** How many findings each institution has with `found_on` on or after `since`. */
export function findingCountsSince(db: Executor, institutionIds: readonly string[], since: string) {
  return db
    .select({ institutionId: institutionFindings.institutionId, total: count() })
    .from(institutionFindings)
    .where(
      and(
        inArray(institutionFindings.institutionId, [...institutionIds]),
        gte(institutionFindings.foundOn, since),
      ),
    )
    .groupBy(institutionFindings.institutionId);
}

export function findingsOf(db: Executor, institutionId: string) {
  return db
    .select()
    .from(institutionFindings)
    .where(eq(institutionFindings.institutionId, institutionId))
    .orderBy(desc(institutionFindings.foundOn), desc(institutionFindings.createdAt));
}

export async function pledgeOf(
  db: Executor,
  institutionId: string,
  version: string,
): Promise<PledgeRow | null> {
  const [row] = await db
    .select()
    .from(integrityPledges)
    .where(and(eq(integrityPledges.institutionId, institutionId), eq(integrityPledges.textVersion, version)));
  return row ?? null;
}
