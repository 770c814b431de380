import { CLASS_STATUSES } from '@qiancheng/domain/classes/class-lifecycle';
import { chinaDayAndTime } from '@qiancheng/domain/classes/session-time';
import { CREDIT_STATUSES } from '@qiancheng/domain/institutions/credit-status';
import {
  CHECK_KINDS,
  CHECK_STATUSES,
  type CheckKind,
  type CheckStatus,
  CONCLUSIONS,
  type Conclusion,
  effectiveCheckStatus,
  unexplainedCheckIns,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { z } from 'zod';
import type { ClassItem } from '../classes/views';
import type { CheckRow, SampleRow } from './repository';

const kind = z.enum(CHECK_KINDS);
const status = z.enum(CHECK_STATUSES);
const conclusion = z.enum(CONCLUSIONS).nullable();
const instant = z.string().nullable();

export const checkItemSchema = z
  .object({
    id: z.string(),
    sampleId: z.string().nullable(),
    kind,
    status,
    classId: z.string(),
    classCode: z.string(),
    className: z.string(),
    classStatus: z.enum(CLASS_STATUSES),
    institutionId: z.string(),
    institutionName: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    plannedOn: z.string().nullable(),
    deadlineAt: instant,
    submittedAt: instant,
    checkedAt: instant,
    conclusion,
    findingId: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupervisionCheck' });
export type CheckItem = z.infer<typeof checkItemSchema>;

const sessionSchema = z.object({
  id: z.string(),
  day: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  room: z.string(),
  cancelled: z.boolean(),
});
export type CheckSession = z.infer<typeof sessionSchema>;

/** A stored file named for the reader; the name is null when the reader may not open it. */
const fileSchema = z.object({ id: z.string(), fileName: z.string().nullable() });
export type CheckFile = z.infer<typeof fileSchema>;

export const checkDetailSchema = checkItemSchema
  .extend({
    classStartDate: z.string(),
    classEndDate: z.string(),
    rosterSize: z.number().int(),
    session: sessionSchema.nullable(),
    /** The class's sessions, for choosing which one a visit is planned for. */
    sessions: z.array(sessionSchema),
    instructions: z.string().nullable(),
    submission: z.object({ document: fileSchema, at: z.string(), note: z.string().nullable() }).nullable(),
    peoplePresent: z.number().int().nullable(),
    peopleCheckedIn: z.number().int().nullable(),
    /** Check-ins beyond the people the inspector saw (代签). */
    unexplainedCheckIns: z.number().int().nullable(),
    photos: z.array(fileSchema),
    notes: z.string().nullable(),
    /** The server's clock when this was read: deadlines count down from it, not the reader's. */
    readAt: z.string(),
  })
  .meta({ id: 'SupervisionCheckDetail' });
export type CheckDetail = z.infer<typeof checkDetailSchema>;

/** What an institution sees of a check of its own class. */
export const ownCheckSchema = z
  .object({
    id: z.string(),
    kind,
    status,
    classId: z.string(),
    classCode: z.string(),
    className: z.string(),
    deadlineAt: instant,
    instructions: z.string().nullable(),
    submission: z.object({ documentId: z.string(), at: z.string(), note: z.string().nullable() }).nullable(),
    checkedAt: instant,
    conclusion,
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupervisionRequest' });
export type OwnCheck = z.infer<typeof ownCheckSchema>;

export const sampleItemSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    kind,
    size: z.number().int(),
    population: z.number().int(),
    drawn: z.number().int(),
    completed: z.number().int(),
    seed: z.string(),
    drawnOn: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SupervisionSample' });
export type SampleItem = z.infer<typeof sampleItemSchema>;

export const populationItemSchema = z.object({
  classId: z.string(),
  classCode: z.string(),
  className: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  regionName: z.string().nullable(),
  weight: z.number().int(),
  standing: z.enum(CREDIT_STATUSES).nullable(),
  findings: z.number().int().nullable(),
});
export type PopulationItem = z.infer<typeof populationItemSchema>;

export const sampleDetailSchema = z
  .object({
    sample: sampleItemSchema,
    /** Whether the draw re-run from the stored seed and weights gives the classes checked. */
    verified: z.boolean(),
    /** The population in the order drawn from, each with its place in the draw (null: not drawn). */
    population: z.array(populationItemSchema.extend({ drawnOrder: z.number().int().nullable() })),
    checks: z.array(checkItemSchema),
  })
  .meta({ id: 'SupervisionSampleDetail' });
export type SampleDetail = z.infer<typeof sampleDetailSchema>;

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** A moment as a reader in China sees it: `YYYY-MM-DD HH:MM`. */
export function chinaMoment(at: Date): string {
  const { day, time } = chinaDayAndTime(at);
  return `${day} ${time}`;
}

export function presentSession(session: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  cancelledAt: Date | null;
}): CheckSession {
  const start = chinaDayAndTime(session.startsAt);
  return {
    id: session.id,
    day: start.day,
    startTime: start.time,
    endTime: chinaDayAndTime(session.endsAt).time,
    room: session.room,
    cancelled: session.cancelledAt !== null,
  };
}

export function readStatus(row: CheckRow, now: Date): CheckStatus {
  return effectiveCheckStatus({ status: row.status as CheckStatus, deadlineAt: row.deadlineAt }, now);
}

export function presentCheckItem(row: CheckRow, item: ClassItem | undefined, now: Date): CheckItem {
  return {
    id: row.id,
    sampleId: row.sampleId,
    kind: row.kind as CheckKind,
    status: readStatus(row, now),
    classId: row.classId,
    classCode: item?.code ?? '',
    className: item?.name ?? '',
    classStatus: item?.status ?? 'approved',
    institutionId: row.institutionId,
    institutionName: item?.institutionName ?? '',
    regionCode: row.regionCode,
    regionName: item?.regionName ?? null,
    plannedOn: row.plannedOn,
    deadlineAt: iso(row.deadlineAt),
    submittedAt: iso(row.submittedAt),
    checkedAt: iso(row.checkedAt),
    conclusion: row.conclusion as Conclusion | null,
    findingId: row.findingId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentCheckDetail(
  row: CheckRow,
  item: ClassItem | undefined,
  now: Date,
  related: { sessions: CheckSession[]; files: Map<string, string | null> },
): CheckDetail {
  const file = (id: string): CheckFile => ({ id, fileName: related.files.get(id) ?? null });
  const counted = row.peoplePresent !== null && row.peopleCheckedIn !== null;
  return {
    ...presentCheckItem(row, item, now),
    classStartDate: item?.startDate ?? '',
    classEndDate: item?.endDate ?? '',
    rosterSize: item?.rosterSize ?? 0,
    session: related.sessions.find((s) => s.id === row.sessionId) ?? null,
    sessions: related.sessions,
    instructions: row.instructions,
    submission:
      row.submittedDocumentId && row.submittedAt
        ? {
            document: file(row.submittedDocumentId),
            at: row.submittedAt.toISOString(),
            note: row.submittedNote,
          }
        : null,
    peoplePresent: row.peoplePresent,
    peopleCheckedIn: row.peopleCheckedIn,
    unexplainedCheckIns: counted ? unexplainedCheckIns(row.peoplePresent!, row.peopleCheckedIn!) : null,
    photos: (row.photoDocumentIds ?? []).map(file),
    notes: row.notes,
    readAt: now.toISOString(),
  };
}

export function presentOwnCheck(row: CheckRow, item: ClassItem | undefined, now: Date): OwnCheck {
  const done = row.status === 'completed';
  return {
    id: row.id,
    kind: row.kind as CheckKind,
    status: readStatus(row, now),
    classId: row.classId,
    classCode: item?.code ?? '',
    className: item?.name ?? '',
    deadlineAt: iso(row.deadlineAt),
    instructions: row.instructions,
    submission:
      row.submittedDocumentId && row.submittedAt
        ? { documentId: row.submittedDocumentId, at: row.submittedAt.toISOString(), note: row.submittedNote }
        : null,
    checkedAt: iso(row.checkedAt),
    conclusion: done ? (row.conclusion as Conclusion | null) : null,
    notes: done ? row.notes : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentSampleItem(
  row: SampleRow,
  regionName: string | null,
  progress: { drawn: number; completed: number } | undefined,
): SampleItem {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName,
    kind: row.kind as CheckKind,
    size: row.size,
    population: row.population,
    drawn: progress?.drawn ?? 0,
    completed: progress?.completed ?? 0,
    seed: row.seed,
    drawnOn: row.drawnOn,
    createdAt: row.createdAt.toISOString(),
  };
}
