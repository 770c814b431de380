import type { Attendee } from '@qiancheng/domain/attendance/names';
import type { MarkSource } from '@qiancheng/domain/attendance/presence';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface SessionRef {
  id: string;
  day: string;
  startTime: string;
  endTime: string;
  room: string;
}

interface ClassRef {
  id: string;
  code: string;
  name: string;
}

export type WindowState = 'upcoming' | 'open' | 'over';
export type Direction = 'in' | 'out';

export interface QrDisplay {
  token: string;
  path: string;
  serverTime: string;
  refreshAt: string;
  session: SessionRef & { hours: number };
  class: ClassRef;
  checkWindow: { opens: string; closes: string };
  checkedIn: { trainees: number; teachers: number; rosterSize: number };
}

export interface CheckInResult {
  direction: Direction;
  attendee: Attendee;
  occurredAt: string;
  session: SessionRef;
  class: ClassRef;
}

interface Hours {
  scheduledHours: number;
  dueHours: number;
  attendedHours: number;
  electronicHours: number;
  manualHours: number;
  rate: number | null;
  flagged: boolean;
  manualEntries: number;
}

export interface TraineeAttendance extends Hours {
  personId: string;
  name: string;
  idNumberMasked: string;
  enrolmentStatus: string;
}

export interface SessionAttendance extends SessionRef {
  hours: number;
  kind: string;
  cancelled: boolean;
  state: WindowState;
  traineesPresent: number;
  teacherPresent: boolean;
  manualEntries: number;
}

export interface ClassAttendance {
  class: ClassRef & { status: string };
  threshold: number;
  scheduledHours: number;
  dueHours: number;
  trainees: TraineeAttendance[];
  sessions: SessionAttendance[];
  totals: { records: number; manualEntries: number; flagged: number };
}

export interface MyAttendance extends Hours {
  class: ClassRef & { status: string };
  threshold: number;
  sessions: (SessionRef & {
    hours: number;
    cancelled: boolean;
    state: WindowState;
    attendedHours: number;
    electronicHours: number;
    manualHours: number;
    records: { direction: Direction; source: MarkSource; occurredAt: string }[];
  })[];
}

export interface AttendanceRecord {
  id: number;
  occurredAt: string;
  sessionId: string;
  sessionDay: string;
  sessionTime: string;
  personName: string;
  idNumberMasked: string;
  attendee: Attendee;
  direction: Direction;
  source: MarkSource;
  device: string | null;
  latitude: number | null;
  longitude: number | null;
  positionAccuracy: number | null;
  terminalCode: string | null;
  matchScore: number | null;
  manualReason: string | null;
}

export interface Terminal {
  id: string;
  code: string;
  name: string;
  siteId: string;
  siteName: string;
  retiredAt: string | null;
  createdAt: string;
}

export interface ImportReport {
  imported: number;
  rejected: number;
  errorCount: number;
  errors: { field: string; row: number; reason: string; message: string }[];
}

export const ATTENDANCE_QUERY_ROOT = ['attendance'] as const;

export function qrDisplayQuery(sessionId: string) {
  return queryOptions({
    queryKey: [...ATTENDANCE_QUERY_ROOT, 'qr', sessionId],
    queryFn: () => api.get<QrDisplay>(`/api/v1/attendance/sessions/${sessionId}/qr`),
  });
}

export function classAttendanceQuery(classId: string) {
  return queryOptions({
    queryKey: [...ATTENDANCE_QUERY_ROOT, 'class', classId],
    queryFn: () => api.get<ClassAttendance>(`/api/v1/classes/${classId}/attendance`),
  });
}

export interface RecordSearch {
  page: number;
  pageSize: number;
  source?: MarkSource;
  sessionId?: string;
}

export function recordsQuery(classId: string, search: RecordSearch) {
  return queryOptions({
    queryKey: [...ATTENDANCE_QUERY_ROOT, 'class', classId, 'records', search],
    queryFn: () =>
      api.get<Page<AttendanceRecord>>(`/api/v1/classes/${classId}/attendance/events`, { ...search }),
  });
}

export function myAttendanceQuery(classId: string) {
  return queryOptions({
    queryKey: [...ATTENDANCE_QUERY_ROOT, 'mine', classId],
    queryFn: () => api.get<MyAttendance>('/api/v1/attendance/mine', { classId }),
  });
}

export function terminalsQuery(paging: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...ATTENDANCE_QUERY_ROOT, 'terminals', paging],
    queryFn: () => api.get<Page<Terminal>>('/api/v1/attendance/terminals', { ...paging }),
  });
}

export function checkIn(body: {
  token: string;
  device?: string;
  position?: { latitude: number; longitude: number; accuracy?: number };
}) {
  return api.post<CheckInResult>('/api/v1/attendance/check-in', body);
}

export function registerTerminal(body: { code: string; siteId: string; name: string }) {
  return api.post<{ terminal: Terminal }>('/api/v1/attendance/terminals', body);
}

export function retireTerminal(id: string) {
  return api.post<{ terminal: Terminal }>(`/api/v1/attendance/terminals/${id}/retire`);
}

export function recordByHand(
  classId: string,
  body: { sessionId: string; personId: string; checkIn?: string; checkOut?: string; reason: string },
) {
  return api.post<{ recorded: number }>(`/api/v1/classes/${classId}/attendance/manual`, body);
}

export function uploadTerminalRecords(classId: string, file: Blob, mode: 'all' | 'valid') {
  return api.upload<ImportReport>(`/api/v1/classes/${classId}/attendance/terminal-records?mode=${mode}`, {
    data: file,
    contentType: 'text/csv',
  });
}
