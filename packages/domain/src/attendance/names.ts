import type { LocalizedText } from '../reference/localized-text';
import type { Direction } from './direction';
import type { MarkSource } from './presence';

export type Attendee = 'trainee' | 'teacher';

export const DIRECTION_NAMES: Record<Direction, LocalizedText> = {
  in: { 'zh-CN': '签到', 'en-US': 'Check-in' },
  out: { 'zh-CN': '签退', 'en-US': 'Check-out' },
};

export const SOURCE_NAMES: Record<MarkSource, LocalizedText> = {
  qr: { 'zh-CN': '扫码', 'en-US': 'QR code' },
  terminal: { 'zh-CN': '人脸识别终端', 'en-US': 'Face terminal' },
  manual: { 'zh-CN': '人工补录', 'en-US': 'Entered by hand' },
};

export const ATTENDEE_NAMES: Record<Attendee, LocalizedText> = {
  trainee: { 'zh-CN': '学员', 'en-US': 'Trainee' },
  teacher: { 'zh-CN': '教师', 'en-US': 'Teacher' },
};
