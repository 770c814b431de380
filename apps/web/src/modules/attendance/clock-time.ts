import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';

/** `YYYY-MM-DD HH:MM:SS` of an instant in China time, as records and terminals write it. */
export function chinaDateTime(iso: string): string {
  return formatRecordTime(Date.parse(iso));
}

/** `HH:MM` of an instant in China time, as timetables show it. */
export function chinaClock(iso: string): string {
  return chinaDateTime(iso).slice(11, 16);
}

/** The instant of `HH:MM` on a China civil day, as ISO 8601 with its offset. */
export function chinaInstantText(day: string, time: string): string {
  return `${day}T${time}:00+08:00`;
}
