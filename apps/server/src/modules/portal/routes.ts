import { PUBLIC_PROJECT_SORTS } from '@qiancheng/domain/projects/index';
import { effectiveSort } from '@qiancheng/domain/projects/public-search';
import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import {
  projectFilterQuery,
  projectItemSchema,
  projectVersionSchema,
  publicProjectSchema,
  skillLevelSchema,
  targetGroupSchema,
  trainingModeSchema,
} from '../projects/schemas';
import type { PortalService } from './service';

const countSchema = z.object({ code: z.string(), name: z.string(), projects: z.number() });

export function portalRoutes(app: ZodApp, portal: PortalService) {
  app.get(
    '/api/v1/public/projects',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '检索培训项目 Search published training projects',
        description:
          'q matches Chinese text by character bigrams (养老护理 and 护理 both find 养老护理员). region is a subtree; group a target group the project serves. sort defaults to relevance with q (title or occupation containing q first, then newest) and newest without. Paging reaches the first 1,000 results, and total counts no further: a total of 1,000 means 1,000 or more.',
        querystring: z.strictObject({
          ...paginationQuery,
          ...projectFilterQuery,
          level: skillLevelSchema.optional(),
          mode: trainingModeSchema.optional(),
          group: targetGroupSchema.optional(),
          sort: z.enum(PUBLIC_PROJECT_SORTS).optional(),
        }),
        response: {
          200: pageSchema(projectItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { sort, ...query } = request.query;
      return portal.search({ ...query, sort: effectiveSort(sort, Boolean(query.q)) });
    },
  );

  app.get(
    '/api/v1/public/projects/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '培训项目公开信息 A published project with its history and catalogues',
        description:
          'versions lists the published and adjusted versions only. The institutions selected for the project are at /api/v1/public/projects/{id}/institutions.',
        params: z.strictObject({ id: uuidSchema }),
        response: {
          200: z.object({
            project: publicProjectSchema,
            versions: z.array(projectVersionSchema),
            catalogues: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                regionCode: z.string(),
                regionName: z.string().nullable(),
                periodStart: z.string(),
                periodEnd: z.string(),
                status: z.string(),
                publishedAt: z.string().nullable(),
                createdAt: z.string(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => portal.project(request.params.id),
  );

  app.get(
    '/api/v1/public/navigation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '培训信息导航图 Project counts by region, field and occupation',
        description:
          'Counts of public projects. regions: the children of region, each with its subtree, filtered by field and occupation; fields: filtered by region and occupation; occupations: filtered by region and field; total: all filters. region defaults to the deployment region.',
        querystring: z.strictObject({
          region: projectFilterQuery.region,
          field: projectFilterQuery.field,
          occupation: projectFilterQuery.occupation,
        }),
        response: {
          200: z.object({
            region: z.object({ code: z.string(), name: z.string(), level: z.number() }),
            path: z.array(z.object({ code: z.string(), name: z.string() })),
            regions: z.array(countSchema),
            fields: z.array(countSchema),
            occupations: z.array(countSchema),
            total: z.number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => portal.navigation(request.query, request.ctx.locale),
  );
}
