import {
  CLASS_STATUS_NAMES,
  type ClassStatus,
  isClassRunning,
} from '@qiancheng/domain/classes/class-lifecycle';
import { AppError } from '../../platform/http/app-error';

/** Attendance is taken for approved and running classes only. */
export function assertRunning(status: string): void {
  if (isClassRunning(status as ClassStatus)) return;
  const names = CLASS_STATUS_NAMES[status as ClassStatus];
  throw new AppError('attendance.class_not_running', {
    params: { statusZh: names?.['zh-CN'] ?? status, statusEn: names?.['en-US'].toLowerCase() ?? status },
  });
}
