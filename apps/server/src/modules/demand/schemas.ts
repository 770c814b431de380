import { DEMAND_STATUSES, type DemandStatus } from '@qiancheng/domain/demand/demand-line';
import { DEMAND_TEXT_LIMITS } from '@qiancheng/domain/demand/demand-row';
import { mobileSchema } from '@qiancheng/domain/identity/zod';
import { PRIORITY_FIELD_CODES } from '@qiancheng/domain/reference/priority-fields';
import { SKILL_LEVEL_CODES, type SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';

export const skillLevelField = z.enum(SKILL_LEVEL_CODES as unknown as [SkillLevelCode, ...SkillLevelCode[]]);
export const demandStatusField = z.enum(DEMAND_STATUSES as unknown as [DemandStatus, ...DemandStatus[]]);
export const priorityFieldField = z.enum(PRIORITY_FIELD_CODES as unknown as [string, ...string[]]);
/** Any text; whether the code exists is the service's answer (unknown_occupation), not a format error. */
export const occupationCodeField = z.string().trim().min(1).max(16);

export const demandLineSchema = z
  .object({
    id: z.string(),
    enterprise: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }),
    regionCode: z.string(),
    regionName: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    priorityField: z.string(),
    skillLevel: z.string().nullable(),
    headcount: z.number(),
    filledCount: z.number(),
    skillRequirements: z.string(),
    wageMin: z.number(),
    wageMax: z.number(),
    deadline: z.string(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    status: demandStatusField,
    source: z.string(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'DemandLine' });

export const publicJobSchema = z
  .object({
    id: z.string(),
    enterpriseName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    skillLevel: z.string().nullable(),
    postsOpen: z.number(),
    wageMin: z.number(),
    wageMax: z.number(),
    deadline: z.string(),
    skillRequirements: z.string(),
  })
  .meta({ id: 'PublicJob' });

const wholeNumber = z.number().int();

export const createDemandBody = z.strictObject({
  enterpriseId: uuidSchema.optional(),
  regionCode: regionCodeSchema,
  occupationCode: occupationCodeField,
  skillLevel: skillLevelField.nullable().default(null),
  headcount: wholeNumber,
  skillRequirements: z.string().trim().min(1).max(DEMAND_TEXT_LIMITS.skillRequirements),
  wageMin: wholeNumber,
  wageMax: wholeNumber,
  /** YYYY-MM-DD; checkDemand says whether it is a real day and not in the past. */
  deadline: z.string().trim().max(32),
  contactName: z.string().trim().min(1).max(DEMAND_TEXT_LIMITS.contactName),
  contactPhone: mobileSchema,
});

export const updateDemandBody = z.strictObject({
  filledCount: wholeNumber.min(0).optional(),
  headcount: wholeNumber.optional(),
  deadline: z.string().trim().max(32).optional(),
  skillRequirements: z.string().trim().min(1).max(DEMAND_TEXT_LIMITS.skillRequirements).optional(),
  wageMin: wholeNumber.optional(),
  wageMax: wholeNumber.optional(),
  contactName: z.string().trim().min(1).max(DEMAND_TEXT_LIMITS.contactName).optional(),
  contactPhone: mobileSchema.optional(),
});

export const reasonBody = z.strictObject({ reason: z.string().trim().min(2).max(200) });

export const demandFilterQuery = {
  status: demandStatusField.optional(),
  region: regionCodeSchema.optional(),
  occupation: occupationCodeField.optional(),
  field: priorityFieldField.optional(),
  enterpriseId: uuidSchema.optional(),
  q: z.string().trim().min(1).max(64).optional(),
};

export const demandListQuery = z.strictObject({ ...paginationQuery, ...demandFilterQuery });
export const demandExportQuery = z.strictObject(demandFilterQuery);

export const publicJobsQuery = z.strictObject({
  ...paginationQuery,
  q: z.string().trim().min(1).max(64).optional(),
  region: regionCodeSchema.optional(),
  occupation: occupationCodeField.optional(),
  field: priorityFieldField.optional(),
});
