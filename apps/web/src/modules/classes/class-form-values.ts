import type { SessionKind } from '@qiancheng/domain/classes/class-lifecycle';
import dayjs, { type Dayjs } from 'dayjs';
import { fenOf } from '../../app/format/money';
import type { ClassDetail, ClassInput, MaterialInput } from './classes-api';

/** The class form: dates and times as pickers hold them, money in 元 as people type it. */
export interface ClassFormValues {
  projectId?: string;
  siteId?: string;
  name?: string;
  dates?: [Dayjs, Dayjs];
  plannedTrainees?: number;
  enrolmentOpen?: boolean;
  feeYuan?: number;
  governmentYuan?: number;
  enterpriseYuan?: number;
  individualYuan?: number;
  teachers?: { teacherId?: string; role?: 'lead' | 'assistant' }[];
  sessions?: {
    day?: Dayjs;
    startTime?: Dayjs;
    endTime?: Dayjs;
    hours?: number;
    kind?: SessionKind;
    teacherId?: string;
    room?: string;
  }[];
  resourceIds?: string[];
  uploads?: { documentId?: string | null; title?: string }[];
  teachingPlan?: string;
  assessmentPlan?: string;
}

const DATE = 'YYYY-MM-DD';
const TIME = 'HH:mm';

export function toFormValues(detail: ClassDetail): ClassFormValues {
  return {
    projectId: detail.projectId,
    siteId: detail.siteId,
    name: detail.name,
    dates: [dayjs(detail.startDate), dayjs(detail.endDate)],
    plannedTrainees: detail.plannedTrainees,
    enrolmentOpen: detail.enrolmentOpen,
    feeYuan: detail.feeFen / 100,
    governmentYuan: detail.governmentFen / 100,
    enterpriseYuan: detail.enterpriseFen / 100,
    individualYuan: detail.individualFen / 100,
    teachers: detail.teachers.filter((t) => !t.removed).map(({ teacherId, role }) => ({ teacherId, role })),
    sessions: detail.sessions
      .filter((s) => !s.cancelled)
      .map((s) => ({
        day: dayjs(s.day),
        startTime: dayjs(`${s.day} ${s.startTime}`),
        endTime: dayjs(`${s.day} ${s.endTime}`),
        hours: s.hours,
        kind: s.kind,
        teacherId: s.teacherId,
        room: s.room,
      })),
    resourceIds: detail.materials.flatMap((m) => (m.resourceId ? [m.resourceId] : [])),
    uploads: detail.materials.flatMap((m) =>
      m.documentId ? [{ documentId: m.documentId, title: m.title }] : [],
    ),
    teachingPlan: detail.teachingPlan,
    assessmentPlan: detail.assessmentPlan,
  };
}

/** The plan as the API takes it; validated fields are present by the time the form submits. */
export function fromFormValues(values: ClassFormValues): ClassInput {
  const materials: MaterialInput[] = [
    ...(values.resourceIds ?? []).map((resourceId) => ({ resourceId })),
    ...(values.uploads ?? []).flatMap((u) =>
      u.documentId ? [{ documentId: u.documentId, title: (u.title ?? '').trim() }] : [],
    ),
  ];
  return {
    projectId: values.projectId ?? '',
    siteId: values.siteId ?? '',
    name: (values.name ?? '').trim(),
    startDate: values.dates?.[0]?.format(DATE) ?? '',
    endDate: values.dates?.[1]?.format(DATE) ?? '',
    plannedTrainees: values.plannedTrainees ?? 0,
    enrolmentOpen: values.enrolmentOpen ?? false,
    teachingPlan: (values.teachingPlan ?? '').trim(),
    assessmentPlan: (values.assessmentPlan ?? '').trim(),
    feeFen: fenOf(values.feeYuan ?? 0),
    governmentFen: fenOf(values.governmentYuan ?? 0),
    enterpriseFen: fenOf(values.enterpriseYuan ?? 0),
    individualFen: fenOf(values.individualYuan ?? 0),
    teachers: (values.teachers ?? []).flatMap((t) =>
      t.teacherId ? [{ teacherId: t.teacherId, role: t.role ?? 'assistant' }] : [],
    ),
    sessions: (values.sessions ?? []).map((s) => ({
      day: s.day?.format(DATE) ?? '',
      startTime: s.startTime?.format(TIME) ?? '',
      endTime: s.endTime?.format(TIME) ?? '',
      hours: s.hours ?? 0,
      kind: s.kind ?? 'theory',
      teacherId: s.teacherId ?? '',
      room: (s.room ?? '').trim(),
    })),
    materials,
  };
}

/**
 * Where a server field sits in the form: `sessions.2.startTime` → ['sessions', 2, 'startTime'];
 * `startDate`/`endDate` on the date range; materials by their kind of list. Null when no input
 * shows it (it is then listed with the message).
 */
export function locateClassField(field: string): (string | number)[] | null {
  if (field === 'startDate' || field === 'endDate') return ['dates'];
  if (['feeFen', 'governmentFen', 'enterpriseFen', 'individualFen'].includes(field)) {
    return [field.replace(/Fen$/, 'Yuan')];
  }
  const session = /^sessions\.(\d+)\.(\w+)$/.exec(field);
  if (session) return ['sessions', Number(session[1]), session[2] === 'hours' ? 'hours' : session[2]!];
  const teacher = /^teachers\.(\d+)\.teacherId$/.exec(field);
  if (teacher) return ['teachers', Number(teacher[1]), 'teacherId'];
  if (['projectId', 'siteId', 'name', 'plannedTrainees', 'teachingPlan', 'assessmentPlan'].includes(field)) {
    return [field];
  }
  return null;
}

/** The sum of the three parts in 元 and whether it matches the fee, for the form to show as typed. */
export function splitCheck(
  values: Pick<ClassFormValues, 'feeYuan' | 'governmentYuan' | 'enterpriseYuan' | 'individualYuan'>,
) {
  const sum =
    fenOf(values.governmentYuan ?? 0) + fenOf(values.enterpriseYuan ?? 0) + fenOf(values.individualYuan ?? 0);
  return { sumYuan: sum / 100, matches: sum === fenOf(values.feeYuan ?? 0) };
}
