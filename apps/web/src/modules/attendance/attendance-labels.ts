import type { Locale } from '@qiancheng/domain';
import type { Attendee } from '@qiancheng/domain/attendance/names';
import { ATTENDEE_NAMES, DIRECTION_NAMES, SOURCE_NAMES } from '@qiancheng/domain/attendance/names';
import type { MarkSource } from '@qiancheng/domain/attendance/presence';
import {
  CLASS_STATUS_NAMES,
  type ClassStatus,
  ENROLMENT_STATUS_NAMES,
  type EnrolmentStatus,
  SESSION_KIND_NAMES,
  type SessionKind,
} from '@qiancheng/domain/classes/class-lifecycle';
import type { Direction } from './attendance-api';

/** Names of the codes attendance pages show, in the reader's language. */
export function attendanceLabels(locale: Locale) {
  return {
    direction: (code: Direction) => DIRECTION_NAMES[code][locale],
    source: (code: MarkSource) => SOURCE_NAMES[code][locale],
    attendee: (code: Attendee) => ATTENDEE_NAMES[code][locale],
    kind: (code: string) => SESSION_KIND_NAMES[code as SessionKind]?.[locale] ?? code,
    classStatus: (code: string) => CLASS_STATUS_NAMES[code as ClassStatus]?.[locale] ?? code,
    enrolmentStatus: (code: string) => ENROLMENT_STATUS_NAMES[code as EnrolmentStatus]?.[locale] ?? code,
  };
}
