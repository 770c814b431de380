import { SKILL_LEVEL_CODES } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUP_CODES } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { civilDateSchema, uuidSchema } from '../../platform/http/schemas';

/** Who the quote is for: staff name a person by id or ID number; workers are always themselves. */
const person = {
  personId: uuidSchema.optional(),
  idNumber: z.string().trim().min(15).max(18).optional(),
};
const fen = z.number().int().min(0).max(100_000_000);

export const quoteBody = z.discriminatedUnion('kind', [
  /** 职业培训补贴 of a trainee's enrolment, from what is recorded about the class. */
  z.strictObject({ kind: z.literal('enrolment'), enrolmentId: uuidSchema }),
  /** 技能提升补贴 for a certificate issued in the system. */
  z.strictObject({
    kind: z.literal('certificate'),
    certificateId: uuidSchema,
    applicationDate: civilDateSchema.optional(),
  }),
  /** What a training subsidy would be for a project, a level and a result, before enrolling. */
  z.strictObject({
    kind: z.literal('training_plan'),
    ...person,
    projectId: uuidSchema,
    targetGroup: z.enum(TARGET_GROUP_CODES),
    result: z.enum(['skill_level', 'special_ability', 'training']),
    level: z.enum(SKILL_LEVEL_CODES).optional(),
    feeFen: fen,
    /** Attendance in hours; the project's full hours when left out. */
    attendedHours: z.number().min(0).max(2000).optional(),
    paidBy: z.enum(['individual', 'institution']).default('institution'),
  }),
  /** What a skill-upgrade subsidy would be for a certificate held or about to be obtained. */
  z.strictObject({
    kind: z.literal('upgrade_plan'),
    ...person,
    occupationCode: z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/),
    certificateType: z.enum(['skill_level', 'qualification']),
    level: z.enum(SKILL_LEVEL_CODES),
    certificateDate: civilDateSchema,
    applicationDate: civilDateSchema.optional(),
  }),
]);
export type QuoteInput = z.infer<typeof quoteBody>;
