import type { Executor } from '@qiancheng/db';

/**
 * What an on-site check needs from attendance: how many distinct trainees had checked in to the
 * visited session by the moment of the visit. The inspector compares it with the people in the
 * room; more check-ins than people is how signing in for absent trainees (代签) shows.
 *
 * The attendance module answers this once it exists; the service is handed an implementation in
 * `modules/register.ts`.
 */
export interface CheckInCounter {
  /** The count from attendance records, or null when the session has none to count from. */
  traineesCheckedIn(sessionId: string, at: Date, db: Executor): Promise<number | null>;
}

/** Before attendance records exist, no count comes from them and the inspector's number stands. */
export const NO_ATTENDANCE_RECORDS: CheckInCounter = {
  traineesCheckedIn: async () => null,
};
