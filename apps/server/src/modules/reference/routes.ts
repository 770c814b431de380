import { INSTITUTION_TYPES } from '@qiancheng/domain/reference/institution-types';
import { PRIORITY_FIELD_CODES, PRIORITY_FIELDS } from '@qiancheng/domain/reference/priority-fields';
import { CERTIFICATE_TYPES, SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error';
import { errorResponses, paginationQuery, regionCodeSchema, type ZodApp } from '../../platform/http/schemas';
import type { ReferenceService } from './service';

const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number(),
  parentCode: z.string().nullable(),
});

const STATIC_LISTS = {
  'skill-levels': { items: SKILL_LEVELS, summary: '技能等级 Skill levels' },
  'certificate-types': { items: CERTIFICATE_TYPES, summary: '证书类型 Certificate types' },
  'target-groups': { items: TARGET_GROUPS, summary: '重点群体 Target groups' },
  'institution-types': { items: INSTITUTION_TYPES, summary: '培训机构类型 Institution types' },
  'priority-fields': { items: PRIORITY_FIELDS, summary: '重点领域 Priority fields' },
} as const;

export function referenceRoutes(app: ZodApp, reference: ReferenceService) {
  app.get(
    '/api/v1/reference/regions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reference'],
        summary: '行政区划（GB/T 2260）的下级 Children of a region; provinces without parent',
        querystring: z.strictObject({ parent: regionCodeSchema.optional() }),
        response: {
          200: z.object({ items: z.array(regionSchema.extend({ childCount: z.number() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const parent = request.query.parent ?? null;
      if (parent && !(await reference.regionExists(parent))) {
        throw new AppError('reference.unknown_region', { params: { code: parent } });
      }
      return { items: await reference.regionChildren(parent) };
    },
  );

  app.get(
    '/api/v1/reference/regions/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reference'],
        summary: '行政区划详情 A region with its path',
        params: z.strictObject({ code: regionCodeSchema }),
        response: {
          200: regionSchema.extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const region = await reference.region(request.params.code);
      if (!region) throw new AppError('common.not_found');
      const path = await reference.regionPath(region.code);
      return { ...region, path: path.map(({ code, name }) => ({ code, name })) };
    },
  );

  app.get(
    '/api/v1/reference/occupations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reference'],
        summary: '职业（职业分类大典 2022） Occupations',
        querystring: z.strictObject({
          ...paginationQuery,
          q: z.string().trim().max(50).optional(),
          field: z.enum(PRIORITY_FIELD_CODES as unknown as [string, ...string[]]).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ code: z.string(), name: z.string(), priorityField: z.string(), source: z.string() }),
            ),
            total: z.number(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => reference.listOccupations(request.query),
  );

  app.post(
    '/api/v1/reference/occupations/import',
    {
      config: { access: 'reference.manage' },
      schema: {
        tags: ['reference'],
        summary:
          '导入职业分类大典全表（CSV，全部通过才导入） Import the full occupation list from CSV, all or nothing',
        body: z.strictObject({
          csv: z.string().min(1),
          source: z.string().trim().min(2).max(100).default('职业分类大典（2022年版）'),
        }),
        response: {
          200: z.object({ rows: z.number(), created: z.number(), updated: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (request) => reference.importOccupations(request.ctx, request.body.csv, request.body.source),
  );

  for (const [path, list] of Object.entries(STATIC_LISTS)) {
    app.get(
      `/api/v1/reference/${path}`,
      { config: { access: 'public' }, schema: { tags: ['reference'], summary: list.summary } },
      async () => ({ items: list.items }),
    );
  }
}
