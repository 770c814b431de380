import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';

/*
 * Times of a class day on a server whose clock runs `classDay` days ahead: a session that holds the
 * present moment (so a QR code can be scanned at once) and the times terminals print.
 */

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A one-hour session around this time of day in China, on five-minute marks (as the timetable's
 * time pickers offer them), that does not cross midnight.
 */
export function sessionAroundNow(): { startTime: string; endTime: string } {
  const [hour, minute] = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date())
    .split(':')
    .map(Number);
  const wanted = Math.floor((hour! * 60 + minute! - 25) / 5) * 5;
  const start = Math.min(Math.max(wanted, 0), 23 * 60 - 5);
  return { startTime: clock(start), endTime: clock(start + 60) };
}

/** `YYYY-MM-DD HH:MM:SS` in China on day `classDay`, `minutesAgo` minutes before this time of day. */
export function classDayTimeAgo(classDay: number, minutesAgo: number): string {
  return formatRecordTime(Date.now() + classDay * 86_400_000 - minutesAgo * 60_000);
}
