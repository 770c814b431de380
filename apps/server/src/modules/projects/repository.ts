import {
  type Executor,
  occupations,
  projectDemandLinks,
  projects,
  projectVersions,
  users,
} from '@qiancheng/db';
import { PUBLIC_PROJECT_STATUSES, type PublicProjectSort } from '@qiancheng/domain/projects/index';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { pageOf } from '../../platform/db/paged';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;
export type ProjectWithOccupation = ProjectRow & { occupationName: string };

const withOccupation = { project: projects, occupationName: occupations.name };

function flatten(row: { project: ProjectRow; occupationName: string }): ProjectWithOccupation {
  return { ...row.project, occupationName: row.occupationName };
}

/** The array literal a text[] containment test compares with, each element a bound parameter. */
function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

export function inRegionSubtree(code: string): SQL | undefined {
  const { from, to } = regionCodeRange(code);
  return and(gte(projects.regionCode, from), lt(projects.regionCode, to));
}

export async function findProject(db: Executor, id: string): Promise<ProjectWithOccupation | null> {
  const [row] = await db
    .select(withOccupation)
    .from(projects)
    .innerJoin(occupations, eq(occupations.code, projects.occupationCode))
    .where(eq(projects.id, id));
  return row ? flatten(row) : null;
}

/**
 * Reads a project and locks its row until the transaction ends, so that two staff acting on it at
 * once take turns and the second sees the first one's result.
 */
export async function lockProject(tx: Executor, id: string): Promise<ProjectRow | null> {
  const [row] = await tx.select().from(projects).where(eq(projects.id, id)).for('update');
  return row ?? null;
}

/**
 * Reads projects and holds a share lock on them until the transaction ends: another module can
 * rely on their status (e.g. public when listed in a catalogue) while a withdrawal waits.
 */
export async function lockProjectsShared(tx: Executor, ids: readonly string[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(projects)
    .where(inArray(projects.id, [...ids]))
    .orderBy(asc(projects.id))
    .for('share');
}

export async function findProjectsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<ProjectWithOccupation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(withOccupation)
    .from(projects)
    .innerJoin(occupations, eq(occupations.code, projects.occupationCode))
    .where(inArray(projects.id, [...ids]));
  return rows.map(flatten);
}

export interface OccupationRow {
  code: string;
  name: string;
  priorityField: string;
}

export async function findOccupation(db: Executor, code: string): Promise<OccupationRow | null> {
  const [row] = await db
    .select({ code: occupations.code, name: occupations.name, priorityField: occupations.priorityField })
    .from(occupations)
    .where(eq(occupations.code, code));
  return row ?? null;
}

export async function insertProject(tx: Executor, values: NewProjectRow): Promise<ProjectRow> {
  const [row] = await tx.insert(projects).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateProject(
  tx: Executor,
  id: string,
  changes: Partial<NewProjectRow>,
): Promise<ProjectRow> {
  const [row] = await tx.update(projects).set(changes).where(eq(projects.id, id)).returning();
  if (!row) throw new Error(`project ${id} vanished inside its transaction`);
  return row;
}

export async function insertVersion(
  tx: Executor,
  values: typeof projectVersions.$inferInsert,
): Promise<void> {
  await tx.insert(projectVersions).values(values);
}

export async function listVersions(db: Executor, projectId: string, statuses?: readonly string[]) {
  return db
    .select({
      version: projectVersions.version,
      status: projectVersions.status,
      reason: projectVersions.reason,
      snapshot: projectVersions.snapshot,
      createdAt: projectVersions.createdAt,
      createdByName: users.displayName,
    })
    .from(projectVersions)
    .leftJoin(users, eq(users.id, projectVersions.createdBy))
    .where(
      and(
        eq(projectVersions.projectId, projectId),
        statuses ? inArray(projectVersions.status, [...statuses]) : undefined,
      ),
    )
    .orderBy(asc(projectVersions.createdAt), asc(projectVersions.version));
}

export async function insertDemandLinks(tx: Executor, projectId: string, demandLineIds: readonly string[]) {
  if (demandLineIds.length === 0) return;
  await tx
    .insert(projectDemandLinks)
    .values(demandLineIds.map((demandLineId) => ({ projectId, demandLineId })));
}

export async function linkedDemandLineIds(db: Executor, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ id: projectDemandLinks.demandLineId })
    .from(projectDemandLinks)
    .where(eq(projectDemandLinks.projectId, projectId));
  return rows.map((row) => row.id);
}

/** Filters shared by the staff list, the public search and the navigation counts. */
export interface ProjectFilter {
  /** Search terms the project must all hold (queryTerms of the search text). */
  terms?: readonly string[];
  /** A region whose subtree the project lies in. */
  region?: string;
  field?: string;
  occupation?: string;
  level?: string;
  mode?: string;
  group?: string;
}

/**
 * The conditions of a filter. `alongIndex` writes a test of several search terms so that the term
 * index cannot answer it: for reading along the publication-time index once the matches are known
 * to be plentiful. The planner takes bigrams of one phrase (养老, 老护, 护理) as independent, expects
 * a few hundred matches where there are thousands, and would otherwise collect them all through
 * the term index and sort them. A single term it judges well, so that one stays open to the index.
 */
export function filterConditions(filter: ProjectFilter, alongIndex = false): (SQL | undefined)[] {
  const terms = filter.terms?.length ? sql`${projects.searchTerms} @> ${textArray(filter.terms)}` : undefined;
  return [
    terms && alongIndex && (filter.terms?.length ?? 0) > 1 ? sql`(${terms}) is true` : terms,
    filter.region ? inRegionSubtree(filter.region) : undefined,
    filter.field ? eq(projects.priorityField, filter.field) : undefined,
    filter.occupation ? eq(projects.occupationCode, filter.occupation) : undefined,
    filter.level ? eq(projects.skillLevel, filter.level) : undefined,
    filter.mode ? eq(projects.mode, filter.mode) : undefined,
    filter.group ? sql`${projects.targetGroups} @> ${textArray([filter.group])}` : undefined,
  ];
}

/**
 * Public projects, written as a constant condition: it matches the predicate of a partial index on
 * public projects, which a bound parameter could not prove.
 */
const isPublicProject = sql`${projects.status} in (${sql.raw(
  PUBLIC_PROJECT_STATUSES.map((status) => `'${status}'`).join(', '),
)})`;

const totalHours = sql`coalesce(${projects.hoursTheory}, 0) + coalesce(${projects.hoursPractice}, 0)`;

/** Newest first; the same order as the index on public projects by publication time. */
const newestFirst = [sql`${projects.publishedAt} DESC NULLS LAST`, asc(projects.id)];

/** Staff's list: every status, newest change first, inside the caller's region scope. */
export async function listProjects(
  db: Executor,
  filter: ProjectFilter & { scope: SQL | undefined; status?: string; page: number; pageSize: number },
): Promise<{ items: ProjectWithOccupation[]; total: number }> {
  const where = and(
    filter.scope,
    filter.status ? eq(projects.status, filter.status) : undefined,
    ...filterConditions(filter),
  );
  const { items: rows, total } = await pageOf(
    filter,
    db
      .select(withOccupation)
      .from(projects)
      .innerJoin(occupations, eq(occupations.code, projects.occupationCode))
      .where(where)
      .orderBy(desc(projects.updatedAt), asc(projects.id)),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(projects)
      .where(where),
  );
  return { items: rows.map(flatten), total };
}

export interface PublicSearch extends ProjectFilter {
  /** The search text as typed, normalised, for ranking results whose title or occupation holds it. */
  text?: string;
  sort: PublicProjectSort;
  page: number;
  pageSize: number;
  /** How many matches a search counts and pages through at most. */
  window: number;
}

/**
 * A tier of a relevance ranking is walked along the publication-time index when at least this many
 * of the counted matches are in it; rarer tiers are collected whole and sorted instead.
 */
const WALKABLE_TIER = 100;

/** Whether the title or the occupation's name holds the search text: the first tier of relevance. */
function namesText(text: string): SQL {
  const lower = text.toLowerCase();
  return sql`(strpos(lower(${projects.title}), ${lower}) > 0 or ${projects.occupationCode} in (select ${occupations.code} from ${occupations} where strpos(lower(${occupations.name}), ${lower}) > 0))`;
}

/**
 * Ids of one page of matches, read in result order along an index (newest, or hours with the
 * newest as tie-break). Only used when matches are plentiful, so the walk ends soon.
 */
async function walkPage(db: Executor, where: SQL | undefined, hours: boolean, offset: number, limit: number) {
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...(hours ? [sql`(${totalHours}) DESC`] : []), ...newestFirst)
    .limit(limit)
    .offset(offset);
  return rows.map((row) => row.id);
}

/**
 * Ids of one page of matches, newest first, found without regard to order and then sorted: the
 * plan for a relevance tier too rare to find quickly along the index.
 */
async function sortedPage(db: Executor, where: SQL | undefined, offset: number, limit: number) {
  const matches = db
    .select({ id: projects.id, publishedAt: projects.publishedAt })
    .from(projects)
    .where(where)
    // A LIMIT keeps the planner from reading the subquery along the index; this one never cuts.
    .limit(Number.MAX_SAFE_INTEGER)
    .as('matches');
  const rows = await db
    .select({ id: matches.id })
    .from(matches)
    .orderBy(sql`${matches.publishedAt} DESC NULLS LAST`, asc(matches.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => row.id);
}

/**
 * One page of public projects matching the search, and how many match, counted up to one past
 * the window. One pass collects the matches up to that count: when they fit the window, the same
 * pass sorts them and picks the page (cost follows the matches). When there are more, the page is
 * read along the publication-time index and stops after the page (cost follows the page).
 * Relevance puts matches whose title or occupation name holds the text first: each of the two
 * tiers is walked when the collected matches show it is common, and collected whole when rare.
 */
export async function searchPublicProjects(
  db: Executor,
  search: PublicSearch,
): Promise<{ items: ProjectWithOccupation[]; matches: number }> {
  const where = and(isPublicProject, ...filterConditions(search));
  const alongIndex = and(isPublicProject, ...filterConditions(search, true));
  const offset = (search.page - 1) * search.pageSize;
  const reach = offset + search.pageSize;
  const named = search.sort === 'relevance' && search.text ? namesText(search.text) : undefined;
  const hours = search.sort === 'hours';
  const collected = db.$with('collected').as(
    db
      .select({
        id: projects.id,
        publishedAt: projects.publishedAt,
        hours: sql<number>`${totalHours}`.as('hours'),
        named: (named ?? sql`false`).mapWith(Boolean).as('named'),
      })
      .from(projects)
      .where(where)
      .limit(search.window + 1),
  );
  const order = sql.join(
    [
      ...(named ? [sql`${collected.named} DESC`] : []),
      ...(hours ? [sql`${collected.hours} DESC`] : []),
      sql`${collected.publishedAt} DESC NULLS LAST`,
      sql`${collected.id}`,
    ],
    sql`, `,
  );
  const [stats] = await db
    .with(collected)
    .select({
      matches: sql<number>`count(*)`.mapWith(Number),
      named: sql<number>`count(*) filter (where ${collected.named})`.mapWith(Number),
      // The page, when every match was collected; ids joined by commas, in result order.
      page: sql<
        string | null
      >`case when count(*) <= ${search.window} then (select string_agg(${collected.id}::text, ',' order by ${order}) from (select * from ${collected} order by ${order} limit ${search.pageSize} offset ${offset}) ${collected}) end`,
    })
    .from(collected);
  const matches = stats?.matches ?? 0;
  if (matches === 0 || offset >= matches) return { items: [], matches };

  let ids: string[];
  if (matches <= search.window) {
    ids = stats?.page ? stats.page.split(',') : [];
  } else if (!named) {
    ids = await walkPage(db, alongIndex, hours, offset, search.pageSize);
  } else {
    const tier = (condition: SQL, collectedInTier: number, limit: number) =>
      collectedInTier >= WALKABLE_TIER
        ? walkPage(db, and(alongIndex, condition), false, 0, limit)
        : sortedPage(db, and(where, condition), 0, limit);
    const first = await tier(named, stats?.named ?? 0, reach);
    const rest =
      first.length < reach
        ? await tier(sql`not ${named}`, matches - (stats?.named ?? 0), reach - first.length)
        : [];
    ids = [...first, ...rest].slice(offset, reach);
  }
  const rows = new Map((await findProjectsByIds(db, ids)).map((row) => [row.id, row]));
  return { items: ids.flatMap((id) => rows.get(id) ?? []), matches };
}

export async function findPublicProject(db: Executor, id: string): Promise<ProjectWithOccupation | null> {
  const [row] = await db
    .select(withOccupation)
    .from(projects)
    .innerJoin(occupations, eq(occupations.code, projects.occupationCode))
    .where(and(eq(projects.id, id), isPublicProject));
  return row ? flatten(row) : null;
}

export async function countPublicProjects(db: Executor): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(isPublicProject);
  return row?.total ?? 0;
}

/**
 * Public projects counted by the first `prefixLength` digits of their region, so each child region
 * of the one asked for gets its subtree's count in one GROUP BY.
 */
export async function countPublicByRegionPrefix(db: Executor, filter: ProjectFilter, prefixLength: number) {
  const prefix = sql<string>`left(${projects.regionCode}, ${sql.raw(String(prefixLength))})`;
  return db
    .select({ prefix, projects: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(and(isPublicProject, ...filterConditions(filter)))
    .groupBy(prefix);
}

export async function countPublicByField(db: Executor, filter: ProjectFilter) {
  return db
    .select({ code: projects.priorityField, projects: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(and(isPublicProject, ...filterConditions(filter)))
    .groupBy(projects.priorityField);
}

export async function countPublicByOccupation(db: Executor, filter: ProjectFilter) {
  const rows = await db
    .select({ code: projects.occupationCode, projects: sql<number>`count(*)`.mapWith(Number) })
    .from(projects)
    .where(and(isPublicProject, ...filterConditions(filter)))
    .groupBy(projects.occupationCode);
  if (rows.length === 0) return [];
  const names = await db
    .select({ code: occupations.code, name: occupations.name })
    .from(occupations)
    .where(
      inArray(
        occupations.code,
        rows.map((row) => row.code),
      ),
    );
  const nameOf = new Map(names.map((row) => [row.code, row.name]));
  return rows.map((row) => ({ ...row, name: nameOf.get(row.code) ?? row.code }));
}
