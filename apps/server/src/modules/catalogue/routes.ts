import { CATALOGUE_STATUSES } from '@qiancheng/domain/projects/index';
import { z } from 'zod';
import { fieldProblem, invalidFields } from '../../platform/http/app-error';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { attachmentHeader } from '../../platform/xlsx/upload-scope';
import { emptyBody, projectItemSchema, publicProjectSchema, reasonSchema } from '../projects/schemas';
import type { ReferenceService } from '../reference/service';
import { catalogueWorkbook } from './export';
import type { CatalogueService } from './service';

/** A date as YYYY-MM-DD; whether it is a real calendar date is checked by the catalogue rules. */
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const catalogueSummaryShape = {
  id: z.string(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(CATALOGUE_STATUSES),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
};
const catalogueSummarySchema = z.object(catalogueSummaryShape).meta({ id: 'Catalogue' });
const catalogueListItemSchema = z
  .object({ ...catalogueSummaryShape, entryCount: z.number() })
  .meta({ id: 'CatalogueListItem' });
const catalogueChangeSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    projectTitle: z.string().nullable(),
    occupationCode: z.string().nullable(),
    action: z.enum(['added', 'removed']),
    reason: z.string(),
    changedAt: z.string(),
    changedByName: z.string().nullable(),
  })
  .meta({ id: 'CatalogueChange' });

const catalogueDetailSchema = z.object({
  catalogue: catalogueSummarySchema,
  entries: z.array(projectItemSchema.extend({ status: z.string(), addedAt: z.string() })),
  changes: z.array(catalogueChangeSchema),
});

const publicCatalogueDetailSchema = z.object({
  catalogue: catalogueSummarySchema,
  entries: z.array(publicProjectSchema.extend({ addedAt: z.string() })),
  changes: z.array(catalogueChangeSchema),
});

const idParams = z.strictObject({ id: uuidSchema });
const listResponse = pageSchema(catalogueListItemSchema);

export function catalogueRoutes(app: ZodApp, catalogue: CatalogueService) {
  app.post(
    '/api/v1/catalogues',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '编制职业技能培训需求指导目录（草稿） Create a training-demand catalogue draft',
        body: z.strictObject({
          regionCode: regionCodeSchema,
          title: z.string().trim().min(2).max(100),
          periodStart: dateSchema,
          periodEnd: dateSchema,
          projectIds: z.array(uuidSchema).max(2000).default([]),
        }),
        response: { 201: catalogueDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await catalogue.create(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/catalogues',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '指导目录列表（本区域及下级） Catalogues in your region',
        querystring: z.strictObject({
          ...paginationQuery,
          status: z.enum(CATALOGUE_STATUSES).optional(),
          region: regionCodeSchema.optional(),
        }),
        response: { 200: listResponse, ...errorResponses },
      },
    },
    async (request) => catalogue.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/catalogues/:id',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '指导目录详情与调整记录 A catalogue with its entries and change log',
        params: idParams,
        response: { 200: catalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) => catalogue.get(request.ctx.actor!, request.params.id),
  );

  app.post(
    '/api/v1/catalogues/:id/publish',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '发布指导目录 Publish a catalogue',
        params: idParams,
        body: emptyBody,
        response: { 200: catalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) => catalogue.publish(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/catalogues/:id/entries',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '目录新增项目（已发布目录须说明原因并记入调整记录） Add a project to a catalogue',
        params: idParams,
        body: z.strictObject({ projectId: uuidSchema, reason: reasonSchema.optional() }),
        response: { 200: catalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      catalogue.addEntry(request.ctx, request.params.id, request.body.projectId, request.body.reason),
  );

  app.post(
    '/api/v1/catalogues/:id/entries/:projectId/remove',
    {
      config: { access: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: '目录移出项目（已发布目录须说明原因并记入调整记录） Remove a project from a catalogue',
        params: z.strictObject({ id: uuidSchema, projectId: uuidSchema }),
        body: z.strictObject({ reason: reasonSchema.optional() }).nullish(),
        response: { 200: catalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      catalogue.removeEntry(request.ctx, request.params.id, request.params.projectId, request.body?.reason),
  );
}

export function publicCatalogueRoutes(app: ZodApp, catalogue: CatalogueService, reference: ReferenceService) {
  app.get(
    '/api/v1/public/catalogues',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          '已发布的指导目录（适用于该地区：本级、上级及下级） Published catalogues that apply to a region',
        querystring: z.strictObject({ ...paginationQuery, region: regionCodeSchema.optional() }),
        response: { 200: listResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { region } = request.query;
      if (region && !(await reference.regionExists(region))) {
        throw invalidFields(fieldProblem('region', 'unknown_region'));
      }
      return catalogue.listPublished(request.query);
    },
  );

  app.get(
    '/api/v1/public/catalogues/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary:
          '指导目录：岗位用工数量、技能要求、培训内容、培训时长、培训方式及调整记录 A published catalogue with its projects and change log',
        params: idParams,
        response: { 200: publicCatalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) => catalogue.publicDetail(request.params.id),
  );

  app.get(
    '/api/v1/public/catalogues/:id/export',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '导出指导目录（Excel） Download a published catalogue as .xlsx',
        params: idParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: {
          200: z.unknown().describe('The catalogue workbook (.xlsx): sheets 培训项目 and 调整记录'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const detail = await catalogue.publicDetail(request.params.id);
      const body = await catalogueWorkbook(detail);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentHeader(`${detail.catalogue.title}.xlsx`, 'catalogue.xlsx'))
        .send(body);
    },
  );
}
