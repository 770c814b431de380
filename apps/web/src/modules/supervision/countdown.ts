import type { Locale } from '@qiancheng/domain';

export interface TimeLeft {
  overdue: boolean;
  hours: number;
  minutes: number;
  seconds: number;
}

/** What is left until `deadline` at `now` (milliseconds), in whole seconds, rounded down. */
export function timeLeft(deadline: string, now: number): TimeLeft {
  const total = Math.floor((Date.parse(deadline) - now) / 1000);
  if (total < 0) return { overdue: true, hours: 0, minutes: 0, seconds: 0 };
  return {
    overdue: false,
    hours: Math.floor(total / 3600),
    minutes: Math.floor(total / 60) % 60,
    seconds: total % 60,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Hours and minutes while an hour or more is left; minutes and seconds in the last hour. */
export function formatTimeLeft(left: TimeLeft, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (left.hours > 0)
    return zh ? `${left.hours} 小时 ${two(left.minutes)} 分` : `${left.hours} h ${two(left.minutes)} min`;
  return zh ? `${left.minutes} 分 ${two(left.seconds)} 秒` : `${left.minutes} min ${two(left.seconds)} s`;
}

/**
 * How far the server's clock is ahead of this browser's (negative when behind), from the moment
 * the server said it read a response and the moment the browser received it. Deadlines are the
 * server's, so countdowns run on its clock: a reader's computer set wrong, or a rehearsal
 * deployment running days ahead, still sees the time that is really left.
 */
export function clockOffset(serverAt: string, receivedAt: number): number {
  return Date.parse(serverAt) - receivedAt;
}

/** A moment as readers in China see it, whatever the browser's time zone: `YYYY-MM-DD HH:mm`. */
export function chinaMoment(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
