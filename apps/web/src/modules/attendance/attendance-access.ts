import { can, type Role } from '@qiancheng/domain';

/** A class's attendance is read by its institution and by the bureau roles that read classes. */
export function readsClassAttendance(role: Role): boolean {
  return can(role, 'attendance.record') || can(role, 'classes.read');
}
