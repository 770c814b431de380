import {
  CHECK_KINDS,
  CHECK_STATUSES,
  CONCLUSIONS,
  RESPONSE_WINDOW,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { z } from 'zod';
import { civilDateSchema, paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';

/** The largest sample one draw makes: a day's work for a city's inspectors, and a readable export. */
export const MAX_SAMPLE_SIZE = 200;
/** Photos one on-site check keeps. */
const MAX_PHOTOS = 20;
/** People a class can hold (the largest planned class is 500). */
const MAX_PEOPLE = 1000;

const instructions = z.string().trim().max(500);
const withinMinutes = z.number().int().min(RESPONSE_WINDOW.min).max(RESPONSE_WINDOW.max);

export const drawBody = z.strictObject({
  kind: z.enum(CHECK_KINDS),
  size: z.number().int().min(1).max(MAX_SAMPLE_SIZE),
  /** A region inside the caller's; the caller's own when left out. */
  regionCode: regionCodeSchema.optional(),
  /** The day of the visits (on-site samples) or of the requests (remote, optional). */
  plannedOn: civilDateSchema.optional(),
});
export type DrawInput = z.infer<typeof drawBody>;

export const createCheckBody = z.strictObject({
  classId: uuidSchema,
  kind: z.enum(CHECK_KINDS),
  plannedOn: civilDateSchema.optional(),
  sessionId: uuidSchema.optional(),
  /** Remote checks are sent at once: the institution has this many minutes to answer. */
  withinMinutes: withinMinutes.default(RESPONSE_WINDOW.default),
  instructions: instructions.optional(),
});
export type CreateCheckInput = z.infer<typeof createCheckBody>;

export const planBody = z.strictObject({
  plannedOn: civilDateSchema.optional(),
  sessionId: uuidSchema.nullable().optional(),
});
export type PlanInput = z.infer<typeof planBody>;

export const onsiteBody = z.strictObject({
  /** The session visited; the check's own, or the one running at the moment of recording. */
  sessionId: uuidSchema.optional(),
  peoplePresent: z.number().int().min(0).max(MAX_PEOPLE),
  /** As counted by the inspector; attendance records take its place where they exist. */
  peopleCheckedIn: z.number().int().min(0).max(MAX_PEOPLE).optional(),
  photoDocumentIds: z.array(uuidSchema).max(MAX_PHOTOS),
  conclusion: z.enum(CONCLUSIONS),
  notes: z.string().trim().max(2000).default(''),
});
export type OnsiteInput = z.infer<typeof onsiteBody>;

export const requestBody = z.strictObject({
  withinMinutes: withinMinutes.default(RESPONSE_WINDOW.default),
  instructions: instructions.optional(),
});
export type RequestInput = z.infer<typeof requestBody>;

export const responseBody = z.strictObject({
  documentId: uuidSchema,
  note: z.string().trim().max(500).default(''),
});
export type ResponseInput = z.infer<typeof responseBody>;

export const conclusionBody = z.strictObject({
  conclusion: z.enum(CONCLUSIONS),
  notes: z.string().trim().max(2000).default(''),
});
export type ConclusionInput = z.infer<typeof conclusionBody>;

export const cancelBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const checkListQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(CHECK_STATUSES).optional(),
  kind: z.enum(CHECK_KINDS).optional(),
  region: regionCodeSchema.optional(),
  institutionId: uuidSchema.optional(),
  classId: uuidSchema.optional(),
  sampleId: uuidSchema.optional(),
});
export type CheckListQuery = z.infer<typeof checkListQuery>;

export const ownCheckQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(CHECK_STATUSES).optional(),
});
export type OwnCheckQuery = z.infer<typeof ownCheckQuery>;

export const sampleListQuery = z.strictObject({
  ...paginationQuery,
  kind: z.enum(CHECK_KINDS).optional(),
  region: regionCodeSchema.optional(),
});
export type SampleListQuery = z.infer<typeof sampleListQuery>;

export const populationQuery = z.strictObject({
  ...paginationQuery,
  region: regionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
});
export type PopulationQuery = z.infer<typeof populationQuery>;
