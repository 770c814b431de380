import { ROLES } from '@qiancheng/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

export type ZodApp = ReturnType<typeof withZod>;

export function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.object({
          field: z.string(),
          row: z.number().int().optional(),
          reason: z.string(),
          message: z.string(),
        }),
      ),
    }),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });

/** Standard error responses a route documents besides its success. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
};

export const paginationQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** One page of a list: the page's items and how many the whole list holds. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number() });
}

export const regionCodeSchema = z.string().regex(/^\d{6}$/);
export const uuidSchema = z.uuid();

export const userViewSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    organizationName: z.string().nullable(),
    mobileMasked: z.string().nullable(),
    idNumberMasked: z.string().nullable(),
    permissions: z.array(z.string()),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const civilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a calendar date');
