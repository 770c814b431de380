import { demandLines, demandRollup, type Executor, occupations, wishRollup } from '@qiancheng/db';
import { regionLevel, regionPrefix } from '@qiancheng/domain/region/region-code';
import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { recruitingCondition, regionSubtree } from '../demand/repository';

/**
 * The child of `region` a region code falls under, computed in SQL: for a province the city
 * (`410102` → `410100`), for a city the county itself, and for a county the county. Codes nest by
 * prefix (GB/T 2260), so the child is the code cut after one more level and padded with zeros.
 */
export function childRegion(column: AnyPgColumn, region: string): SQL<string> {
  if (regionLevel(region) === 3) return sql<string>`${column}`;
  const length = regionPrefix(region).length + 2;
  // A literal, not a parameter: the same expression must appear in SELECT and GROUP BY, and
  // PostgreSQL treats two parameters as two different expressions.
  return sql<string>`rpad(substr(${column}, 1, ${sql.raw(String(length))}), 6, '0')`;
}

export interface AggregateFilter {
  region: string;
  scope: SQL | undefined;
  field?: string;
  occupation?: string;
  group?: string;
}

/**
 * Recruiting demand by child region × occupation. From demand_rollup when its clock shows today
 * (a few thousand rows at province scale); straight from demand_lines when it does not.
 */
export function demandByChild(db: Executor, filter: AggregateFilter, today: string, fromRollup: boolean) {
  const source = fromRollup
    ? {
        table: demandRollup,
        regionCode: demandRollup.regionCode,
        occupationCode: demandRollup.occupationCode,
        lines: sql<number>`coalesce(sum(${demandRollup.lines}), 0)::int`,
        posts: sql<number>`coalesce(sum(${demandRollup.postsOpen}), 0)::int`,
        condition: gt(demandRollup.lines, 0),
      }
    : {
        table: demandLines,
        regionCode: demandLines.regionCode,
        occupationCode: demandLines.occupationCode,
        lines: sql<number>`count(*)::int`,
        posts: sql<number>`coalesce(sum(${demandLines.headcount} - ${demandLines.filledCount}), 0)::int`,
        condition: recruitingCondition(today),
      };
  const child = childRegion(source.regionCode, filter.region);
  return db
    .select({
      regionCode: child,
      occupationCode: source.occupationCode,
      occupationName: occupations.name,
      priorityField: occupations.priorityField,
      demandLines: source.lines,
      postsOpen: source.posts,
    })
    .from(source.table)
    .innerJoin(occupations, eq(occupations.code, source.occupationCode))
    .where(
      and(
        filter.scope,
        regionSubtree(source.regionCode, filter.region),
        source.condition,
        filter.field ? eq(occupations.priorityField, filter.field) : undefined,
        filter.occupation ? eq(source.occupationCode, filter.occupation) : undefined,
      ),
    )
    .groupBy(child, source.occupationCode, occupations.name, occupations.priorityField);
}

/** Active wishes by child region × occupation × target group, from wish_rollup. */
export function wishesByChild(db: Executor, filter: AggregateFilter) {
  const child = childRegion(wishRollup.regionCode, filter.region);
  return db
    .select({
      regionCode: child,
      occupationCode: wishRollup.occupationCode,
      occupationName: occupations.name,
      priorityField: occupations.priorityField,
      targetGroup: wishRollup.targetGroup,
      wishes: sql<number>`sum(${wishRollup.wishes})::int`,
    })
    .from(wishRollup)
    .innerJoin(occupations, eq(occupations.code, wishRollup.occupationCode))
    .where(
      and(
        filter.scope,
        regionSubtree(wishRollup.regionCode, filter.region),
        gt(wishRollup.wishes, 0),
        filter.field ? eq(occupations.priorityField, filter.field) : undefined,
        filter.occupation ? eq(wishRollup.occupationCode, filter.occupation) : undefined,
        filter.group ? eq(wishRollup.targetGroup, filter.group) : undefined,
      ),
    )
    .groupBy(
      child,
      wishRollup.occupationCode,
      occupations.name,
      occupations.priorityField,
      wishRollup.targetGroup,
    );
}

/** Posts still to fill over all recruiting lines. */
export async function openPostsTotal(db: Executor, today: string, fromRollup: boolean): Promise<number> {
  const [row] = fromRollup
    ? await db
        .select({ posts: sql<number>`coalesce(sum(${demandRollup.postsOpen}), 0)::int` })
        .from(demandRollup)
    : await db
        .select({
          posts: sql<number>`coalesce(sum(${demandLines.headcount} - ${demandLines.filledCount}), 0)::int`,
        })
        .from(demandLines)
        .where(recruitingCondition(today));
  return row?.posts ?? 0;
}
