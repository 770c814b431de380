import { people, users } from '@qiancheng/db';
import { regionPrefix } from '@qiancheng/domain';
import { z } from 'zod';
import { assertRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { AppError } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import { errorResponses, regionCodeSchema, type ZodApp } from '../../platform/http/schemas';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';

/** Sums per-region counts into the child of `parent` that each region falls under. */
function rollUp(rows: { regionCode: string | null; total: number }[], childCodes: string[]) {
  const totals = new Map(childCodes.map((c) => [c, 0]));
  const prefixes = childCodes.map((c) => [c, regionPrefix(c)] as const);
  for (const row of rows) {
    if (!row.regionCode) continue;
    const child = prefixes.find(([, prefix]) => row.regionCode!.startsWith(prefix));
    if (child) totals.set(child[0], (totals.get(child[0]) ?? 0) + row.total);
  }
  return totals;
}

export function regionOverviewRoutes(
  app: ZodApp,
  deps: { reference: ReferenceService; users: UsersService; people: PeopleService },
) {
  app.get(
    '/api/v1/regions/:code/overview',
    {
      config: { access: 'region.overview' },
      schema: {
        tags: ['regions'],
        summary: '区域概况（仅限本区域及下级） Overview of a region in your subtree',
        params: z.strictObject({ code: regionCodeSchema }),
        response: {
          200: z.object({
            region: z.object({ code: z.string(), name: z.string(), level: z.number() }),
            children: z.array(
              z.object({ code: z.string(), name: z.string(), users: z.number(), people: z.number() }),
            ),
            totals: z.object({ users: z.number(), people: z.number() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = request.ctx.actor!;
      const region = await deps.reference.region(request.params.code);
      if (!region) throw new AppError('reference.unknown_region', { params: { code: request.params.code } });
      assertRegionInScope(actor, region.code);
      const scoped: Actor = { ...actor, regionCode: region.code };
      const [userRows, peopleRows, children] = await Promise.all([
        deps.users.countByRegion(regionScopeFilter(scoped, users.regionCode)),
        deps.people.countByRegion(regionScopeFilter(scoped, people.regionCode)),
        deps.reference.regionChildren(region.code),
      ]);
      const childCodes = children.map((c) => c.code);
      const userTotals = rollUp(userRows, childCodes);
      const peopleTotals = rollUp(peopleRows, childCodes);
      const sum = (rows: { total: number }[]) => rows.reduce((s, r) => s + r.total, 0);
      return {
        region: { code: region.code, name: region.name, level: region.level },
        children: children.map((c) => ({
          code: c.code,
          name: c.name,
          users: userTotals.get(c.code) ?? 0,
          people: peopleTotals.get(c.code) ?? 0,
        })),
        totals: { users: sum(userRows), people: sum(peopleRows) },
      };
    },
  );
}
