import type {
  ChangeKind,
  ChangeStatus,
  ClassStatus,
  EnrolmentStatus,
} from '@qiancheng/domain/classes/class-lifecycle';
import { chinaDayAndTime, hoursFromTenths } from '@qiancheng/domain/classes/session-time';
import type { ClassRow, EnrolmentRow, MaterialRow, SessionRow } from './repository';

export interface ClassItem {
  id: string;
  code: string;
  name: string;
  projectId: string;
  projectTitle: string;
  institutionId: string;
  institutionName: string;
  regionCode: string;
  regionName: string | null;
  occupationCode: string;
  occupationName: string | null;
  skillLevel: string | null;
  startDate: string;
  endDate: string;
  plannedTrainees: number;
  rosterSize: number;
  enrolmentOpen: boolean;
  status: ClassStatus;
  feeFen: number;
  filedOn: string | null;
}

export interface SessionView {
  id: string;
  day: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  hours: number;
  kind: 'theory' | 'practice';
  teacherId: string;
  teacherName: string;
  room: string;
  cancelled: boolean;
}

export interface ClassDetail extends ClassItem {
  siteId: string;
  site: { name: string; address: string; capacity: number } | null;
  teachingPlan: string;
  assessmentPlan: string;
  governmentFen: number;
  enterpriseFen: number;
  individualFen: number;
  teachers: { teacherId: string; name: string; role: 'lead' | 'assistant'; removed: boolean }[];
  sessions: SessionView[];
  materials: { id: string; resourceId: string | null; documentId: string | null; title: string }[];
  hours: { theory: number; practice: number; requiredTheory: number; requiredPractice: number };
  filing: { lead: number; deadline: string; filedAt: string | null };
  review: { note: string | null; reviewedAt: string | null };
  cancelReason: string | null;
  pendingChanges: number;
}

export interface TraineeView {
  enrolmentId: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  targetGroup: string;
  evidenceNote: string | null;
  evidenceDocumentId: string | null;
  status: EnrolmentStatus;
  source: string;
  governmentFen: number;
  enterpriseFen: number;
  individualFen: number;
  identityCheckedBy: string | null;
  createdAt: string;
  droppedAt: string | null;
  dropReason: string | null;
}

export interface ChangeRequestView {
  id: string;
  classId: string;
  kind: ChangeKind;
  payload: Record<string, unknown>;
  /** Names of the teachers and trainees the payload names by id. */
  names: Record<string, string>;
  reason: string;
  status: ChangeStatus;
  requestedAt: string;
  requestedBy: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
}

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
