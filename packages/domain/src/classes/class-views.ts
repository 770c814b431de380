/**
 * The shapes in which the server answers with classes, their sessions, rosters and
 * change requests; the web client reads the same shapes.
 */
import type { ChangeKind, ChangeStatus, ClassStatus, EnrolmentStatus, SessionKind } from './class-lifecycle';

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
  kind: SessionKind;
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
