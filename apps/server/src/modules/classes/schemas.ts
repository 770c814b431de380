import {
  CLASS_STATUSES,
  CLASS_TEACHER_ROLES,
  SESSION_KINDS,
} from '@qiancheng/domain/classes/class-lifecycle';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { z } from 'zod';
import { civilDateSchema, paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';
import { idNumberField, mobileField, personNameField } from '../people/schemas';

const MAX_FEE_FEN = 10_000_000;
const fen = z.number().int().min(0).max(MAX_FEE_FEN);

/** 学时 with at most one decimal (2.5), kept in tenths on the server. */
const hoursField = z
  .number()
  .positive()
  .max(24)
  .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, 'at most one decimal');

/** `HH:MM`; whether the time exists is the domain rule's answer (session_time_format). */
const clockField = z.string().trim().max(8);

export const sessionInput = z.strictObject({
  day: civilDateSchema,
  startTime: clockField,
  endTime: clockField,
  hours: hoursField,
  kind: z.enum(SESSION_KINDS),
  teacherId: uuidSchema,
  room: z.string().trim().min(1).max(100),
});
export type SessionInput = z.infer<typeof sessionInput>;

export const materialInput = z.union([
  z.strictObject({ resourceId: uuidSchema }),
  z.strictObject({ documentId: uuidSchema, title: z.string().trim().min(1).max(200) }),
]);

export const classInput = z.strictObject({
  projectId: uuidSchema,
  siteId: uuidSchema,
  name: z.string().trim().min(1).max(100),
  startDate: civilDateSchema,
  endDate: civilDateSchema,
  plannedTrainees: z.number().int().min(1).max(500),
  enrolmentOpen: z.boolean().default(false),
  teachingPlan: z.string().trim().min(1).max(20_000),
  assessmentPlan: z.string().trim().min(1).max(5_000),
  feeFen: fen,
  governmentFen: fen,
  enterpriseFen: fen,
  individualFen: fen,
  teachers: z.array(z.strictObject({ teacherId: uuidSchema, role: z.enum(CLASS_TEACHER_ROLES) })).max(50),
  sessions: z.array(sessionInput).max(500),
  materials: z.array(materialInput).max(50).default([]),
});
export type ClassInput = z.infer<typeof classInput>;

export const classListQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(CLASS_STATUSES).optional(),
  region: regionCodeSchema.optional(),
  projectId: uuidSchema.optional(),
  institutionId: uuidSchema.optional(),
  q: z.string().trim().max(50).optional(),
  startFrom: civilDateSchema.optional(),
  startTo: civilDateSchema.optional(),
});
export type ClassListQuery = z.infer<typeof classListQuery>;

export const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'return']),
  note: z.string().trim().max(2000).optional(),
});

export const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

const targetGroupCodes = TARGET_GROUPS.map((g) => g.code) as [string, ...string[]];

export const traineeInput = (isKnownRegion: (code: string) => boolean) =>
  z.strictObject({
    name: personNameField,
    idNumber: idNumberField(isKnownRegion),
    mobile: mobileField.optional(),
    targetGroup: z.enum(targetGroupCodes),
    evidenceNote: z.string().trim().max(500).optional(),
    evidenceDocumentId: uuidSchema.optional(),
  });
export type TraineeInput = z.infer<ReturnType<typeof traineeInput>>;

export const selfEnrolBody = z.strictObject({
  targetGroup: z.enum(targetGroupCodes),
  evidenceNote: z.string().trim().max(500).optional(),
});
