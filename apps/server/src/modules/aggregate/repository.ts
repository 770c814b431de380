import { demandLines, type Executor, occupations, trainingWishes } from '@qiancheng/db';
import { regionLevel, regionPrefix } from '@qiancheng/domain/region/region-code';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
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

export function demandByChild(db: Executor, filter: AggregateFilter, today: string) {
  const child = childRegion(demandLines.regionCode, filter.region);
  return db
    .select({
      regionCode: child,
      occupationCode: demandLines.occupationCode,
      occupationName: occupations.name,
      priorityField: occupations.priorityField,
      demandLines: sql<number>`count(*)::int`,
      postsOpen: sql<number>`coalesce(sum(${demandLines.headcount} - ${demandLines.filledCount}), 0)::int`,
    })
    .from(demandLines)
    .innerJoin(occupations, eq(occupations.code, demandLines.occupationCode))
    .where(
      and(
        filter.scope,
        regionSubtree(demandLines.regionCode, filter.region),
        recruitingCondition(today),
        filter.field ? eq(occupations.priorityField, filter.field) : undefined,
        filter.occupation ? eq(demandLines.occupationCode, filter.occupation) : undefined,
      ),
    )
    .groupBy(child, demandLines.occupationCode, occupations.name, occupations.priorityField);
}

export function wishesByChild(db: Executor, filter: AggregateFilter) {
  const child = childRegion(trainingWishes.regionCode, filter.region);
  return db
    .select({
      regionCode: child,
      occupationCode: trainingWishes.occupationCode,
      occupationName: occupations.name,
      priorityField: occupations.priorityField,
      targetGroup: trainingWishes.targetGroup,
      wishes: sql<number>`count(*)::int`,
    })
    .from(trainingWishes)
    .innerJoin(occupations, eq(occupations.code, trainingWishes.occupationCode))
    .where(
      and(
        filter.scope,
        regionSubtree(trainingWishes.regionCode, filter.region),
        isNull(trainingWishes.withdrawnAt),
        filter.field ? eq(occupations.priorityField, filter.field) : undefined,
        filter.occupation ? eq(trainingWishes.occupationCode, filter.occupation) : undefined,
        filter.group ? eq(trainingWishes.targetGroup, filter.group) : undefined,
      ),
    )
    .groupBy(
      child,
      trainingWishes.occupationCode,
      occupations.name,
      occupations.priorityField,
      trainingWishes.targetGroup,
    );
}
