import { checkWindowState } from '@qiancheng/domain/attendance/check-window';
import type { Attendee } from '@qiancheng/domain/attendance/names';
import { AppError } from '../../platform/http/app-error';
import type { AttendeeFacts } from '../classes/repository';
import { assertRunning } from './running';
import { sessionRef, spanOf, windowText } from './views';

/**
 * Whether a check-in at `at` may be recorded, from the facts of its session: the session exists
 * and was not cancelled, its class runs, the check window is open, and the person is a trainee of
 * the class or one of its teachers. Throws the specific refusal; answers who the person attends as.
 */
export function judgeCheckIn(
  facts: AttendeeFacts | null,
  at: number,
  isTeacher: (classId: string) => boolean,
): Attendee {
  if (!facts || facts.session.cancelled) throw new AppError('attendance.session_not_found');
  assertRunning(facts.class.status);
  if (checkWindowState(spanOf(facts.session), at) !== 'open') {
    const { day, startTime, endTime } = sessionRef(facts.session);
    throw new AppError('attendance.outside_check_window', {
      params: { day, startTime, endTime, ...windowText(facts.session) },
    });
  }
  if (facts.enrolment) return 'trainee';
  if (isTeacher(facts.class.id)) return 'teacher';
  throw new AppError('attendance.not_on_roster', {
    params: { classCode: facts.class.code, className: facts.class.name },
  });
}
