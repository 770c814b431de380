import { z } from 'zod';
import { errorResponses, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import type { PeopleService } from './service';

const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    birthDate: z.string(),
    gender: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    mobileMasked: z.string().nullable(),
  })
  .meta({ id: 'Person' });

export function peopleRoutes(app: ZodApp, people: PeopleService) {
  app.get(
    '/api/v1/people/:id',
    {
      config: { access: 'people.read' },
      schema: {
        tags: ['people'],
        summary: '人员信息（脱敏） A person, masked',
        params: z.strictObject({ id: uuidSchema }),
        response: { 200: z.object({ person: personSchema }), ...errorResponses },
      },
    },
    async (request) => ({ person: await people.get(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/people/:id/id-number',
    {
      config: { access: 'people.readFullIdNumber' },
      schema: {
        tags: ['people'],
        summary: '查看完整身份号码（留痕） Read a full ID number (audited)',
        params: z.strictObject({ id: uuidSchema }),
        body: z.strictObject({ reason: z.string().trim().min(2).max(200) }),
        response: { 200: z.object({ idNumber: z.string() }), ...errorResponses },
      },
    },
    async (request) => ({
      idNumber: await people.revealIdNumber(request.ctx, request.params.id, request.body.reason),
    }),
  );
}
