import { RESOURCE_KIND_CODES, RESOURCE_URL_MAX_LENGTH } from '@qiancheng/domain/teachers/resources';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';
import { occupationCodeField, skillLevelField } from '../demand/schemas';

export const createResourceBody = z.strictObject({
  kind: z.enum(RESOURCE_KIND_CODES),
  title: z.string().trim().min(2).max(100),
  occupationCode: occupationCodeField,
  skillLevel: skillLevelField.nullable().default(null),
  description: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .default(null)
    .transform((value) => value || null),
  /** An uploaded file (purpose `resource`), or else `url`: exactly one of the two. */
  documentId: uuidSchema.nullable().default(null),
  url: z.string().max(RESOURCE_URL_MAX_LENGTH).nullable().default(null),
  /** Staff may share with a region inside their own; institutions share with their own region. */
  regionCode: regionCodeSchema.optional(),
});
export type CreateResourceBody = z.infer<typeof createResourceBody>;

export const resourceListQuery = z.strictObject({
  ...paginationQuery,
  q: z.string().trim().min(1).max(64).optional(),
  occupation: occupationCodeField.optional(),
  level: skillLevelField.optional(),
  kind: z.enum(RESOURCE_KIND_CODES).optional(),
  /** Resources in use (the default), or withdrawn ones. */
  status: z.enum(['active', 'withdrawn']).default('active'),
});
export type ResourceListQuery = z.infer<typeof resourceListQuery>;

export const withdrawResourceBody = z.strictObject({ reason: z.string().trim().max(200).optional() });

export const resourceSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    skillLevel: z.string().nullable(),
    description: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    documentId: z.string().nullable(),
    url: z.string().nullable(),
    /** The file's record; given on a single resource, null in lists. */
    document: z
      .object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() })
      .nullable(),
    /** The contributing institution, or null when a bureau shared it. */
    institutionId: z.string().nullable(),
    institutionName: z.string().nullable(),
    status: z.enum(['active', 'withdrawn']),
    withdrawnAt: z.string().nullable(),
    /** Whether the caller may withdraw it: its contributor, or staff whose scope covers it. */
    withdrawable: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'TeachingResource' });
