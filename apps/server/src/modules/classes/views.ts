import type { ClassStatus, EnrolmentStatus } from '@qiancheng/domain/classes/class-lifecycle';
import type { SessionView, TraineeView } from '@qiancheng/domain/classes/class-views';
import { chinaDayAndTime, hoursFromTenths } from '@qiancheng/domain/classes/session-time';
import type { ClassRow, EnrolmentRow, MaterialRow, SessionRow } from './repository';

export type {
  ChangeRequestView,
  ClassDetail,
  ClassItem,
  SessionView,
  TraineeView,
} from '@qiancheng/domain/classes/class-views';

export function presentSession(row: SessionRow, teacherName: string): SessionView {
  const start = chinaDayAndTime(row.startsAt);
  const end = chinaDayAndTime(row.endsAt);
  return {
    id: row.id,
    day: row.day,
    startTime: start.time,
    endTime: end.time,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    hours: hoursFromTenths(row.hoursTenths),
    kind: row.kind,
    teacherId: row.teacherId,
    teacherName,
    room: row.room,
    cancelled: row.cancelledAt !== null,
  };
}

export function presentMaterial(row: MaterialRow) {
  return { id: row.id, resourceId: row.resourceId, documentId: row.documentId, title: row.title };
}

export function presentTrainee(
  row: EnrolmentRow,
  person: { name: string; idNumberMasked: string } | undefined,
): TraineeView {
  return {
    enrolmentId: row.id,
    personId: row.personId,
    name: person?.name ?? '',
    idNumberMasked: person?.idNumberMasked ?? '',
    targetGroup: row.targetGroup,
    evidenceNote: row.evidenceNote,
    evidenceDocumentId: row.evidenceDocumentId,
    status: row.status as EnrolmentStatus,
    source: row.source,
    governmentFen: row.governmentFen,
    enterpriseFen: row.enterpriseFen,
    individualFen: row.individualFen,
    identityCheckedBy: row.identityCheckedBy,
    createdAt: row.createdAt.toISOString(),
    droppedAt: row.droppedAt?.toISOString() ?? null,
    dropReason: row.dropReason,
  };
}

export function classStatusOf(row: ClassRow): ClassStatus {
  return row.status as ClassStatus;
}
