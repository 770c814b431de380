import { TARGET_GROUP_CODES, type TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { errorResponses, regionCodeSchema, type ZodApp } from '../../platform/http/schemas';
import { attachmentHeader, XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { occupationCodeField, priorityFieldField } from '../demand/schemas';
import { chinaToday } from '../demand/service';
import type { AggregateService } from './service';
import { buildAggregateWorkbook } from './workbook';

const aggregateQuery = z.strictObject({
  region: regionCodeSchema.optional(),
  field: priorityFieldField.optional(),
  occupation: occupationCodeField.optional(),
  group: z.enum(TARGET_GROUP_CODES as unknown as [TargetGroupCode, ...TargetGroupCode[]]).optional(),
});

const aggregateSchema = z
  .object({
    region: z.object({ code: z.string(), name: z.string(), level: z.number() }),
    rows: z.array(
      z.object({
        regionCode: z.string(),
        regionName: z.string(),
        occupationCode: z.string(),
        occupationName: z.string(),
        priorityField: z.string(),
        demandLines: z.number(),
        postsOpen: z.number(),
        wishes: z.number(),
        wishesByGroup: z.record(z.string(), z.number()),
      }),
    ),
    totals: z.object({ demandLines: z.number(), postsOpen: z.number(), wishes: z.number() }),
  })
  .meta({ id: 'DemandAggregate' });

export function aggregateRoutes(app: ZodApp, aggregate: AggregateService) {
  app.get(
    '/api/v1/aggregate',
    {
      config: { access: 'demand.aggregate' },
      schema: {
        tags: ['demand'],
        summary: '需求与意愿汇总（按下级区域 × 职业） Demand and wishes by child region × occupation',
        querystring: aggregateQuery,
        response: { 200: aggregateSchema, ...errorResponses },
      },
    },
    async (request) => aggregate.aggregate(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/aggregate/export',
    {
      config: { access: 'demand.aggregate' },
      schema: {
        tags: ['demand'],
        summary: '导出需求与意愿汇总 Export the aggregate as .xlsx',
        description: `Answers ${XLSX_MEDIA_TYPE}; errors are JSON as everywhere.`,
        querystring: aggregateQuery,
      },
    },
    async (request, reply) => {
      const result = await aggregate.aggregate(request.ctx.actor!, request.query);
      const today = chinaToday();
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(
            `需求汇总-${result.region.name}-${today}.xlsx`,
            `demand-aggregate-${result.region.code}-${today}.xlsx`,
          ),
        )
        .send(await buildAggregateWorkbook(result, today));
    },
  );
}
