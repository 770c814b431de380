import { demandLines, demandRollup, wishRollup } from '@qiancheng/db';
import { assertRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import { chinaToday } from '../demand/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';
import { advanceDemandClock } from './rollup-clock';

export interface AggregateRow {
  /** The child of the requested region the data falls under (for a county: the county itself). */
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  /** Recruiting lines (open or partly filled). */
  demandLines: number;
  /** Posts still to fill over those lines: headcount − filled. */
  postsOpen: number;
  /** Active (not withdrawn) wishes. */
  wishes: number;
  wishesByGroup: Record<string, number>;
}

export interface Aggregate {
  region: { code: string; name: string; level: number };
  rows: AggregateRow[];
  totals: { demandLines: number; postsOpen: number; wishes: number };
}

export interface AggregateQuery {
  region?: string;
  field?: string;
  occupation?: string;
  group?: string;
}

/**
 * Demand and wishes summed bottom-up by region × occupation: everything below each child of the
 * requested region counts under that child. The sums read the rollup tables the database keeps on
 * every write (region × occupation), so a province aggregate groups thousands of rows, not every
 * line; only the grouped rows (children × occupations) come back to the process.
 */
export class AggregateService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
  ) {}

  async aggregate(actor: Actor, query: AggregateQuery): Promise<Aggregate> {
    const code = query.region ?? actor.regionCode;
    if (!code) throw new AppError('common.forbidden');
    const region = await this.reference.region(code);
    if (!region) throw invalidFields(fieldProblem('region', 'unknown_region'));
    assertRegionInScope(actor, region.code);

    const filter = {
      region: region.code,
      field: query.field,
      occupation: query.occupation,
      group: query.group,
    };
    const today = chinaToday();
    const fromRollup = (await advanceDemandClock(this.platform.db, today)) === 'current';
    const [demand, wishes] = await Promise.all([
      repo.demandByChild(
        this.platform.db,
        {
          ...filter,
          scope: regionScopeFilter(actor, fromRollup ? demandRollup.regionCode : demandLines.regionCode),
        },
        today,
        fromRollup,
      ),
      repo.wishesByChild(this.platform.db, {
        ...filter,
        scope: regionScopeFilter(actor, wishRollup.regionCode),
      }),
    ]);

    const rows = new Map<string, AggregateRow>();
    const rowFor = async (r: {
      regionCode: string;
      occupationCode: string;
      occupationName: string;
      priorityField: string;
    }) => {
      const key = `${r.regionCode}|${r.occupationCode}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          regionCode: r.regionCode,
          regionName: (await this.reference.regionName(r.regionCode)) ?? r.regionCode,
          occupationCode: r.occupationCode,
          occupationName: r.occupationName,
          priorityField: r.priorityField,
          demandLines: 0,
          postsOpen: 0,
          wishes: 0,
          wishesByGroup: {},
        };
        rows.set(key, row);
      }
      return row;
    };
    for (const d of demand) {
      const row = await rowFor(d);
      row.demandLines += d.demandLines;
      row.postsOpen += d.postsOpen;
    }
    for (const w of wishes) {
      const row = await rowFor(w);
      row.wishes += w.wishes;
      row.wishesByGroup[w.targetGroup] = (row.wishesByGroup[w.targetGroup] ?? 0) + w.wishes;
    }
    const sorted = [...rows.values()].sort(
      (a, b) => a.regionCode.localeCompare(b.regionCode) || a.occupationCode.localeCompare(b.occupationCode),
    );
    return {
      region: { code: region.code, name: region.name, level: region.level },
      rows: sorted,
      totals: {
        demandLines: sorted.reduce((sum, r) => sum + r.demandLines, 0),
        postsOpen: sorted.reduce((sum, r) => sum + r.postsOpen, 0),
        wishes: sorted.reduce((sum, r) => sum + r.wishes, 0),
      },
    };
  }

  /** Posts still to fill over every recruiting line of the deployment, for the public home page. */
  async openPosts(): Promise<number> {
    const today = chinaToday();
    const fromRollup = (await advanceDemandClock(this.platform.db, today)) === 'current';
    return repo.openPostsTotal(this.platform.db, today, fromRollup);
  }
}
