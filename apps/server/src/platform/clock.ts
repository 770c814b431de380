import { chinaCivilDate } from '@qiancheng/domain/identity/id-number';

/**
 * The platform's sense of the date. Rules about days (deadlines, notice periods, validity) ask
 * `today()`, never `new Date()` directly. A deployment used for training or rehearsal can run some
 * days ahead (QIANCHENG_CLOCK_OFFSET_DAYS) to walk through a notice period; production leaves it at 0.
 */
let offsetDays = 0;

export function setClockOffsetDays(days: number): void {
  offsetDays = days;
}

export function clockOffsetDays(): number {
  return offsetDays;
}

export function now(): Date {
  return new Date(Date.now() + offsetDays * 86_400_000);
}

/** Today's civil date in China (UTC+8), `YYYY-MM-DD`. */
export function today(): string {
  return chinaCivilDate(now());
}
