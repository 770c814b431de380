import { CLASS_STATUSES, ENROLMENT_STATUSES } from '@qiancheng/domain/classes/class-lifecycle';
import { z } from 'zod';

export const classItemSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    projectId: z.string(),
    projectTitle: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    occupationCode: z.string(),
    occupationName: z.string().nullable(),
    skillLevel: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string(),
    plannedTrainees: z.number(),
    rosterSize: z.number(),
    enrolmentOpen: z.boolean(),
    status: z.enum(CLASS_STATUSES),
    feeFen: z.number(),
    filedOn: z.string().nullable(),
  })
  .meta({ id: 'ClassItem' });

export const sessionSchema = z
  .object({
    id: z.string(),
    day: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    hours: z.number(),
    kind: z.enum(['theory', 'practice']),
    teacherId: z.string(),
    teacherName: z.string(),
    room: z.string(),
    cancelled: z.boolean(),
  })
  .meta({ id: 'ClassSession' });

export const classDetailSchema = classItemSchema
  .extend({
    siteId: z.string(),
    site: z.object({ name: z.string(), address: z.string(), capacity: z.number() }).nullable(),
    teachingPlan: z.string(),
    assessmentPlan: z.string(),
    governmentFen: z.number(),
    enterpriseFen: z.number(),
    individualFen: z.number(),
    teachers: z.array(
      z.object({
        teacherId: z.string(),
        name: z.string(),
        role: z.enum(['lead', 'assistant']),
        removed: z.boolean(),
      }),
    ),
    sessions: z.array(sessionSchema),
    materials: z.array(
      z.object({
        id: z.string(),
        resourceId: z.string().nullable(),
        documentId: z.string().nullable(),
        title: z.string(),
      }),
    ),
    hours: z.object({
      theory: z.number(),
      practice: z.number(),
      requiredTheory: z.number(),
      requiredPractice: z.number(),
    }),
    filing: z.object({ lead: z.number(), deadline: z.string(), filedAt: z.string().nullable() }),
    review: z.object({ note: z.string().nullable(), reviewedAt: z.string().nullable() }),
    cancelReason: z.string().nullable(),
    pendingChanges: z.number(),
  })
  .meta({ id: 'ClassDetail' });

export const traineeSchema = z
  .object({
    enrolmentId: z.string(),
    personId: z.string(),
    name: z.string(),
    idNumberMasked: z.string(),
    targetGroup: z.string(),
    evidenceNote: z.string().nullable(),
    evidenceDocumentId: z.string().nullable(),
    status: z.enum(ENROLMENT_STATUSES),
    source: z.string(),
    governmentFen: z.number(),
    enterpriseFen: z.number(),
    individualFen: z.number(),
    identityCheckedBy: z.string().nullable(),
    createdAt: z.string(),
    droppedAt: z.string().nullable(),
    dropReason: z.string().nullable(),
  })
  .meta({ id: 'Trainee' });
