import { PREFERRED_TIMES, TRAINING_MODES, WISH_STATUSES } from '@qiancheng/domain/demand/training-wish';
import { TARGET_GROUP_CODES, type TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { occupationCodeField, priorityFieldField, skillLevelField } from '../demand/schemas';
import { idNumberField, mobileField, personNameField } from '../people/schemas';
import type { WishesService } from './service';

const targetGroupField = z.enum(TARGET_GROUP_CODES as unknown as [TargetGroupCode, ...TargetGroupCode[]]);

export const wishSchema = z
  .object({
    id: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    priorityField: z.string(),
    skillLevel: z.string().nullable(),
    mode: z.string(),
    preferredTime: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    targetGroup: z.string(),
    source: z.string(),
    status: z.enum(WISH_STATUSES),
    withdrawnAt: z.string().nullable(),
    createdAt: z.string(),
    person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }).nullable(),
  })
  .meta({ id: 'TrainingWish' });

export function wishRoutes(
  app: ZodApp,
  deps: { wishes: WishesService; isKnownRegion: (code: string) => boolean },
) {
  const { wishes } = deps;
  const wishResponse = { 200: z.object({ wish: wishSchema }), ...errorResponses };

  app.get(
    '/api/v1/wishes',
    {
      // Workers see their own wishes; staff, auditors and administrators their region's.
      config: { access: 'authenticated' },
      schema: {
        tags: ['wishes'],
        summary: '培训意愿列表 Training wishes you may see',
        querystring: z.strictObject({
          ...paginationQuery,
          status: z.enum(WISH_STATUSES).optional(),
          region: regionCodeSchema.optional(),
          occupation: occupationCodeField.optional(),
          field: priorityFieldField.optional(),
          targetGroup: targetGroupField.optional(),
        }),
        response: { 200: pageSchema(wishSchema), ...errorResponses },
      },
    },
    async (request) => wishes.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/wishes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['wishes'],
        summary: '填报培训意愿（本人或经办人代录） Declare a training wish, yours or a walk-in worker’s',
        body: z.strictObject({
          occupationCode: occupationCodeField,
          skillLevel: skillLevelField.nullable().default(null),
          mode: z.enum(TRAINING_MODES),
          preferredTime: z.enum(PREFERRED_TIMES),
          regionCode: regionCodeSchema,
          targetGroup: targetGroupField,
          person: z
            .strictObject({
              name: personNameField,
              idNumber: idNumberField(deps.isKnownRegion),
              mobile: mobileField.optional(),
            })
            .optional(),
        }),
        response: { 201: z.object({ wish: wishSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { person, ...wish } = request.body;
      const created = await wishes.create(request.ctx, {
        ...wish,
        ...(person
          ? { person: { name: person.name, idNumber: person.idNumber, mobile: person.mobile ?? null } }
          : {}),
      });
      return reply.status(201).send({ wish: created });
    },
  );

  app.post(
    '/api/v1/wishes/:id/withdraw',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['wishes'],
        summary: '撤回培训意愿 Withdraw a training wish',
        params: z.strictObject({ id: uuidSchema }),
        // An object even without a reason, as every POST body here is JSON.
        body: z.strictObject({ reason: z.string().trim().max(200).optional() }),
        response: wishResponse,
      },
    },
    async (request) => ({
      wish: await wishes.withdraw(request.ctx, request.params.id, request.body.reason || null),
    }),
  );
}
