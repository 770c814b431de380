import {
  CONSUMABLES_CATEGORIES,
  EVALUATION_TYPES,
  PROJECT_STATUSES,
  TRAINING_MODES,
} from '@qiancheng/domain/projects/index';
import { PRIORITY_FIELD_CODES } from '@qiancheng/domain/reference/priority-fields';
import { SKILL_LEVEL_CODES } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUP_CODES } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { regionCodeSchema } from '../../platform/http/schemas';

/** `D-DD-DD-DD` as in 职业分类大典, e.g. 4-10-01-05. */
export const occupationCodeSchema = z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/);
export const priorityFieldSchema = z.enum(PRIORITY_FIELD_CODES);
export const skillLevelSchema = z.enum(SKILL_LEVEL_CODES);
export const trainingModeSchema = z.enum(TRAINING_MODES);
export const targetGroupSchema = z.enum(TARGET_GROUP_CODES);
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export const reasonSchema = z.string().trim().min(2).max(500);

/** Every field staff may set on a project; requests take any subset. */
export const projectFieldsShape = {
  title: z.string().trim().min(2).max(100),
  occupationCode: occupationCodeSchema,
  skillLevel: skillLevelSchema.nullable(),
  postsAvailable: z.number().int().min(1).max(1_000_000).nullable(),
  skillRequirements: z.string().trim().max(2000).nullable(),
  contentOutline: z.string().trim().max(5000).nullable(),
  hoursTheory: z.number().int().min(0).max(5000).nullable(),
  hoursPractice: z.number().int().min(0).max(5000).nullable(),
  mode: trainingModeSchema.nullable(),
  regionCode: regionCodeSchema,
  targetGroups: z.array(targetGroupSchema).max(TARGET_GROUP_CODES.length),
  subsidyStandardRef: z.string().trim().max(200).nullable(),
  evaluationType: z.enum(EVALUATION_TYPES).nullable(),
  consumables: z.enum(CONSUMABLES_CATEGORIES),
};

const optionalFields = z.strictObject(projectFieldsShape).partial();
const { occupationCode: _occupationFromDemand, ...createFields } = projectFieldsShape;

export const createProjectBody = z
  .strictObject({
    demandLineIds: z.array(z.uuid()).min(1).max(200),
    ...createFields,
  })
  .partial()
  .required({ demandLineIds: true });

export const updateProjectBody = optionalFields;
export const adjustProjectBody = optionalFields.extend({ reason: reasonSchema });
export const withdrawProjectBody = z.strictObject({ reason: reasonSchema });
/** Actions without input accept no body or an empty object. */
export const emptyBody = z.strictObject({}).nullish();

const projectItemShape = {
  id: z.string(),
  title: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  priorityField: z.string(),
  skillLevel: z.string().nullable(),
  postsAvailable: z.number().nullable(),
  hoursTheory: z.number().nullable(),
  hoursPractice: z.number().nullable(),
  mode: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  targetGroups: z.array(z.string()),
  evaluationType: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number(),
};

const publicDetailShape = {
  skillRequirements: z.string().nullable(),
  contentOutline: z.string().nullable(),
  totalHours: z.number(),
  subsidyStandardRef: z.string().nullable(),
  consumables: z.string(),
};

export const projectItemSchema = z.object(projectItemShape).meta({ id: 'ProjectItem' });
export const publicProjectSchema = z
  .object({ ...projectItemShape, ...publicDetailShape, updatedAt: z.string() })
  .meta({ id: 'PublicProject' });

const staffItemShape = {
  ...projectItemShape,
  status: projectStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const staffProjectItemSchema = z.object(staffItemShape).meta({ id: 'StaffProjectItem' });
export const projectSchema = z.object({ ...staffItemShape, ...publicDetailShape }).meta({ id: 'Project' });

export const projectSnapshotSchema = z
  .object({
    title: z.string(),
    occupationCode: z.string(),
    occupationName: z.string(),
    priorityField: z.string(),
    skillLevel: z.string().nullable(),
    postsAvailable: z.number().nullable(),
    skillRequirements: z.string().nullable(),
    contentOutline: z.string().nullable(),
    hoursTheory: z.number().nullable(),
    hoursPractice: z.number().nullable(),
    mode: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    targetGroups: z.array(z.string()),
    subsidyStandardRef: z.string().nullable(),
    evaluationType: z.string().nullable(),
    consumables: z.string(),
  })
  .meta({ id: 'ProjectSnapshot' });

export const projectVersionSchema = z
  .object({
    version: z.number(),
    status: z.string(),
    reason: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    snapshot: projectSnapshotSchema,
  })
  .meta({ id: 'ProjectVersion' });

export const linkedDemandLineSchema = z
  .object({
    id: z.string(),
    enterpriseName: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    occupationCode: z.string(),
    skillLevel: z.string().nullable(),
    headcount: z.number(),
    filledCount: z.number(),
    openPosts: z.number(),
    skillRequirements: z.string(),
    deadline: z.string(),
    status: z.string(),
  })
  .meta({ id: 'LinkedDemandLine' });

export const projectDetailSchema = z.object({
  project: projectSchema,
  versions: z.array(projectVersionSchema),
  demandLines: z.array(linkedDemandLineSchema),
});

/** Query filters shared by the staff list and the public search. */
export const projectFilterQuery = {
  q: z.string().trim().max(50).optional(),
  region: regionCodeSchema.optional(),
  field: priorityFieldSchema.optional(),
  occupation: occupationCodeSchema.optional(),
};
