import { z } from 'zod';
import type { PlatformContext } from '../../platform/context';
import type { ZodApp } from '../../platform/http/schemas';
import type { AggregateService } from '../aggregate/service';
import type { ProjectsService } from '../projects/service';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';

export function publicRoutes(
  app: ZodApp,
  deps: {
    platform: PlatformContext;
    reference: ReferenceService;
    users: UsersService;
    projects: ProjectsService;
    aggregate: AggregateService;
  },
) {
  app.get(
    '/api/v1/public/overview',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '门户首页数据 Figures for the public home page',
        response: {
          200: z.object({
            deployment: z.object({ regionCode: z.string(), regionName: z.string().nullable() }),
            figures: z.object({
              regions: z.number(),
              occupations: z.number(),
              users: z.number(),
              workers: z.number(),
              /** Published and adjusted training projects. */
              publishedProjects: z.number(),
              /** Posts still to fill over all recruiting demand lines. */
              openPosts: z.number(),
            }),
          }),
        },
      },
    },
    async () => {
      const regionCode = deps.platform.config.deploymentRegion;
      const [children, occupations, users, workers, publishedProjects, openPosts] = await Promise.all([
        deps.reference.regionChildren(regionCode),
        deps.reference.countOccupations(),
        deps.users.count(undefined),
        deps.users.count(undefined, 'worker'),
        deps.projects.countPublic(),
        deps.aggregate.openPosts(),
      ]);
      return {
        deployment: { regionCode, regionName: await deps.reference.regionName(regionCode) },
        figures: {
          regions: children.length,
          occupations,
          users,
          workers,
          publishedProjects,
          openPosts,
        },
      };
    },
  );
}
