import type { Executor } from '@qiancheng/db';

/**
 * What an on-site check needs from attendance: how many distinct trainees had checked in to the
 * visited session by the moment of the visit. The inspector compares it with the people in the
 * room; more check-ins than people is how signing in for absent trainees (代签) shows. The
 * attendance service answers it; `modules/register.ts` hands it to the supervision service.
 */
export interface CheckInCounter {
  /** The count from attendance records, or null when the session has none to count from. */
  traineesCheckedIn(sessionId: string, at: Date, db: Executor): Promise<number | null>;
}
