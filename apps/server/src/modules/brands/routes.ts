import { APPLICANT_KINDS, BRAND_STATUSES } from '@qiancheng/domain/brands/index';
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
import { occupationCodeField } from '../demand/schemas';
import { reasonSchema } from '../projects/schemas';
import type { ReferenceService } from '../reference/service';
import { batchWorkbook } from './export';
import type { BrandsService } from './service';

const batchRefShape = {
  id: z.string(),
  regionCode: z.string(),
  number: z.number(),
  title: z.string(),
  publishedAt: z.string(),
};
const batchRefSchema = z.object(batchRefShape).meta({ id: 'BrandBatchRef' });
const batchSchema = z
  .object({ ...batchRefShape, regionName: z.string(), brandCount: z.number() })
  .meta({ id: 'BrandBatch' });

const publicBrandShape = {
  id: z.string(),
  name: z.string(),
  applicantKind: z.enum(APPLICANT_KINDS),
  institutionName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  description: z.string(),
};
const publicBrandSchema = z
  .object({ ...publicBrandShape, batch: batchRefSchema })
  .meta({ id: 'PublicTrainingBrand' });
const brandSchema = z
  .object({
    ...publicBrandShape,
    institutionId: z.string().nullable(),
    status: z.enum(BRAND_STATUSES),
    reviewNote: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    batch: batchRefSchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingBrand' });

/** 地名（企业名）+职业（工种）名称+培训; the naming rule itself is checked by the service. */
const brandBody = z.strictObject({
  name: z.string().trim().min(1).max(60),
  regionCode: regionCodeSchema,
  occupationCode: occupationCodeField,
  description: z.string().trim().min(10).max(2000),
});

const idParams = z.strictObject({ id: uuidSchema });
const brandResponse = { 200: z.object({ brand: brandSchema }), ...errorResponses };

export function brandRoutes(app: ZodApp, brands: BrandsService) {
  app.get(
    '/api/v1/brands',
    {
      // Institutions see their own applications; staff, auditors and administrators their region's.
      config: { access: 'brands.read' },
      schema: {
        tags: ['brands'],
        summary: '培训品牌申报列表 Training brand applications you may see',
        querystring: z.strictObject({
          ...paginationQuery,
          status: z.enum(BRAND_STATUSES).optional(),
          region: regionCodeSchema.optional(),
          occupation: occupationCodeField.optional(),
          batch: uuidSchema.optional(),
        }),
        response: { 200: pageSchema(brandSchema), ...errorResponses },
      },
    },
    async (request) => brands.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/brands/applicant',
    {
      config: { access: 'brands.apply' },
      schema: {
        tags: ['brands'],
        summary:
          '申报主体：以机构或地区名义申报、可选地区及机构名称（机构不具备申报条件时拒绝） Whom you apply as',
        response: {
          200: z.object({
            applicantKind: z.enum(APPLICANT_KINDS),
            regionCode: z.string(),
            regionName: z.string(),
            organizationName: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => brands.applicantContext(request.ctx.actor!),
  );

  app.get(
    '/api/v1/brands/:id',
    {
      config: { access: 'brands.read' },
      schema: {
        tags: ['brands'],
        summary: '培训品牌申报详情 A training brand application',
        params: idParams,
        response: brandResponse,
      },
    },
    async (request) => ({ brand: await brands.get(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/brands',
    {
      config: { access: 'brands.apply' },
      schema: {
        tags: ['brands'],
        summary: '申报培训品牌（机构为本机构申报，人社经办人员为本辖区地区申报） Apply for a training brand',
        body: brandBody,
        response: { 201: z.object({ brand: brandSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ brand: await brands.apply(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/brands/:id/resubmit',
    {
      config: { access: 'brands.apply' },
      schema: {
        tags: ['brands'],
        summary: '修改退回的申报并重新提交 Edit a returned application and submit it again',
        params: idParams,
        body: brandBody,
        response: brandResponse,
      },
    },
    async (request) => ({ brand: await brands.resubmit(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/brands/:id/approve',
    {
      config: { access: 'brands.review' },
      schema: {
        tags: ['brands'],
        summary: '审核通过 Approve a brand application',
        params: idParams,
        body: z.strictObject({ note: z.string().trim().max(500).optional() }).nullish(),
        response: brandResponse,
      },
    },
    async (request) => ({
      brand: await brands.review(request.ctx, request.params.id, 'approve', request.body?.note || null),
    }),
  );

  for (const decision of ['return', 'reject'] as const) {
    app.post(
      `/api/v1/brands/:id/${decision}`,
      {
        config: { access: 'brands.review' },
        schema: {
          tags: ['brands'],
          summary:
            decision === 'return'
              ? '退回修改（须说明原因） Return an application for changes, with the reason'
              : '不予通过（须说明原因） Reject an application, with the reason',
          params: idParams,
          body: z.strictObject({ reason: reasonSchema }),
          response: brandResponse,
        },
      },
      async (request) => ({
        brand: await brands.review(request.ctx, request.params.id, decision, request.body.reason),
      }),
    );
  }

  app.get(
    '/api/v1/brand-batches/preview',
    {
      config: { access: 'brands.review' },
      schema: {
        tags: ['brands'],
        summary: '发布批次预览：将发布的品牌、批次号和标题 What publishing a batch would publish',
        querystring: z.strictObject({ region: regionCodeSchema.optional() }),
        response: {
          200: z.object({
            regionCode: z.string(),
            regionName: z.string(),
            number: z.number(),
            title: z.string(),
            brands: z.array(brandSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => brands.preview(request.ctx.actor!, request.query.region),
  );

  app.post(
    '/api/v1/brand-batches',
    {
      config: { access: 'brands.review' },
      schema: {
        tags: ['brands'],
        summary:
          '发布培训品牌批次（第N批，默认发布本辖区全部审核通过的品牌） Publish approved brands as the next numbered batch',
        body: z.strictObject({
          regionCode: regionCodeSchema.optional(),
          title: z.string().trim().min(2).max(100).optional(),
          brandIds: z.array(uuidSchema).max(500).optional(),
        }),
        response: { 201: z.object({ batch: batchSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ batch: await brands.publishBatch(request.ctx, request.body) }),
  );
}

export function publicBrandRoutes(app: ZodApp, brands: BrandsService, reference: ReferenceService) {
  const knownRegion = async (region: string | undefined) => {
    if (region && !(await reference.regionExists(region))) {
      throw invalidFields(fieldProblem('region', 'unknown_region'));
    }
  };

  app.get(
    '/api/v1/public/brands',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '已发布的培训品牌（按地区、职业、批次筛选） Published training brands',
        querystring: z.strictObject({
          ...paginationQuery,
          region: regionCodeSchema.optional(),
          occupation: occupationCodeField.optional(),
          batch: uuidSchema.optional(),
        }),
        response: {
          200: pageSchema(publicBrandSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await knownRegion(request.query.region);
      return brands.listPublic(request.query);
    },
  );

  app.get(
    '/api/v1/public/brand-batches',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '培训品牌发布批次（本级、上级及下级） Published brand batches that concern a region',
        querystring: z.strictObject({ ...paginationQuery, region: regionCodeSchema.optional() }),
        response: { 200: pageSchema(batchSchema), ...errorResponses },
      },
    },
    async (request) => {
      await knownRegion(request.query.region);
      return brands.listPublicBatches(request.query);
    },
  );

  app.get(
    '/api/v1/public/brand-batches/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '一个批次发布的培训品牌 The brands of a published batch',
        params: idParams,
        response: {
          200: z.object({ batch: batchSchema, brands: z.array(publicBrandSchema) }),
          ...errorResponses,
        },
      },
    },
    async (request) => brands.publicBatch(request.params.id),
  );

  app.get(
    '/api/v1/public/brand-batches/:id/export',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '导出一个批次的培训品牌（Excel） Download a published batch as .xlsx',
        params: idParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: {
          200: z.unknown().describe('The batch workbook (.xlsx): one sheet 培训品牌'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const detail = await brands.publicBatch(request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentHeader(`${detail.batch.title}.xlsx`, 'brands.xlsx'))
        .send(await batchWorkbook(detail));
    },
  );
}
