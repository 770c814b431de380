import { type Database, occupations, regions } from '@qiancheng/db';
import { parseOccupationCsv } from '@qiancheng/domain/reference/occupation-csv';
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/recorder';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { findOccupations } from '../demand/repository';

export interface RegionView {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

interface RegionIndex {
  byCode: Map<string, RegionView>;
  /** Children of each code ('' for the provinces), in code order, with their own child counts. */
  children: Map<string, (RegionView & { childCount: number })[]>;
}

function indexRegions(rows: RegionView[]): RegionIndex {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const children = new Map<string, (RegionView & { childCount: number })[]>();
  for (const r of rows) {
    const key = r.parentCode ?? '';
    const siblings = children.get(key) ?? [];
    siblings.push({ ...r, childCount: 0 });
    children.set(key, siblings);
  }
  for (const siblings of children.values()) {
    for (const child of siblings) child.childCount = children.get(child.code)?.length ?? 0;
  }
  return { byCode, children };
}

/**
 * Read access to reference data. Regions change only with a release, so the whole list (a few
 * thousand rows) is indexed once per process and answered from memory.
 */
export class ReferenceService {
  #regions: Promise<RegionIndex> | null = null;

  constructor(private readonly db: Database) {}

  private regionIndex(): Promise<RegionIndex> {
    this.#regions ??= this.db.select().from(regions).orderBy(asc(regions.code)).then(indexRegions);
    return this.#regions;
  }

  private async regionMap(): Promise<Map<string, RegionView>> {
    return (await this.regionIndex()).byCode;
  }

  async region(code: string): Promise<RegionView | null> {
    return (await this.regionMap()).get(code) ?? null;
  }

  async regionCodes(): Promise<Set<string>> {
    return new Set((await this.regionMap()).keys());
  }

  async regionExists(code: string): Promise<boolean> {
    return (await this.regionMap()).has(code);
  }

  async regionName(code: string | null): Promise<string | null> {
    if (!code) return null;
    return (await this.region(code))?.name ?? null;
  }

  /** The region and its ancestors, province first. */
  async regionPath(code: string): Promise<RegionView[]> {
    const map = await this.regionMap();
    const path: RegionView[] = [];
    for (
      let current = map.get(code);
      current;
      current = current.parentCode ? map.get(current.parentCode) : undefined
    ) {
      path.unshift(current);
    }
    return path;
  }

  /** Children of a region (provinces when parent is null), each with how many children it has. */
  async regionChildren(parent: string | null): Promise<(RegionView & { childCount: number })[]> {
    return (await this.regionIndex()).children.get(parent ?? '') ?? [];
  }

  /** Occupations by code (unknown codes are simply absent from the map). */
  async occupationsByCode(
    codes: readonly string[],
  ): Promise<Map<string, { name: string; priorityField: string }>> {
    return findOccupations(this.db, [...codes]);
  }

  async listOccupations(query: { q?: string; field?: string; page: number; pageSize: number }) {
    const conditions: SQL[] = [];
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const match = or(ilike(occupations.name, pattern), ilike(occupations.code, pattern));
      if (match) conditions.push(match);
    }
    if (query.field) conditions.push(eq(occupations.priorityField, query.field));
    const where = conditions.length ? and(...conditions) : undefined;
    const [items, [totalRow]] = await Promise.all([
      this.db
        .select({
          code: occupations.code,
          name: occupations.name,
          priorityField: occupations.priorityField,
          source: occupations.source,
        })
        .from(occupations)
        .where(where)
        .orderBy(asc(occupations.code))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      this.db.select({ total: count() }).from(occupations).where(where),
    ]);
    return { items, total: totalRow?.total ?? 0 };
  }

  /**
   * Imports the full occupation list from CSV: every row is checked first, and the file is applied
   * whole or not at all. Existing codes are updated, new ones added; nothing is deleted, because
   * projects and certificates refer to codes that a later list may have retired.
   */
  async importOccupations(context: RequestContext, csv: string, source: string) {
    const { rows, errors } = parseOccupationCsv(csv);
    if (errors.length) {
      throw new AppError('reference.import_has_errors', {
        params: { count: errors.length },
        details: errors.map((e) => ({
          field: e.column ?? 'file',
          row: e.row,
          reason: e.reason,
          messages: e.message,
        })),
      });
    }
    if (rows.length === 0) {
      throw new AppError('reference.import_has_errors', {
        params: { count: 1 },
        details: [
          {
            field: 'file',
            row: 2,
            reason: 'required',
            messages: { 'zh-CN': '文件中没有数据行', 'en-US': 'has no data rows' },
          },
        ],
      });
    }
    return this.db.transaction(async (tx) => {
      const codes = rows.map((r) => r.code);
      const existing = new Set<string>();
      for (let i = 0; i < codes.length; i += 1000) {
        const found = await tx
          .select({ code: occupations.code })
          .from(occupations)
          .where(inArray(occupations.code, codes.slice(i, i + 1000)));
        for (const row of found) existing.add(row.code);
      }
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insert(occupations)
          .values(
            rows.slice(i, i + 500).map((r) => ({
              code: r.code,
              name: r.name,
              priorityField: r.priorityField,
              description: r.description,
              source,
            })),
          )
          .onConflictDoUpdate({
            target: occupations.code,
            set: {
              name: sql`excluded.name`,
              priorityField: sql`excluded.priority_field`,
              description: sql`excluded.description`,
              source: sql`excluded.source`,
              updatedAt: sql`now()`,
            },
          });
      }
      const summary = { rows: rows.length, created: rows.length - existing.size, updated: existing.size };
      await appendAudit(tx, context, [
        { action: 'reference.import_occupations', entityType: 'occupation', after: { ...summary, source } },
      ]);
      return summary;
    });
  }

  async countOccupations(): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(occupations);
    return row?.total ?? 0;
  }
}
