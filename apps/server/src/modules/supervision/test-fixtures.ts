import { expect } from 'vitest';
import type { TestApp } from '../../test-support/test-app';
import { approvedClass, type ReadyInstitution } from '../classes/test-fixtures';
import { idNumber, upload } from '../teachers/test-fixtures';

/** A 1×1 PNG: the smallest file the documents service takes as a photo. */
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a photo as `cookie` for `purpose` and returns the stored file's id. */
export async function uploadPhoto(
  t: TestApp,
  cookie: string,
  purpose = 'supervision_photo',
  fileName = '课堂照片.png',
): Promise<string> {
  const response = await upload(t, cookie, purpose, fileName, PHOTO_PNG);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().document.id as string;
}

/**
 * An approved class of `ready` with a four-hour theory session on day `inDays` and a practice
 * session the day after (days from today), one trainee of sequence `trainee` enrolled.
 */
export function classOnDays(
  t: TestApp,
  ready: ReadyInstitution,
  staffCookie: string,
  inDays: number,
  trainee: string,
) {
  return approvedClass(t, ready, staffCookie, {
    sessions: [
      { inDays, startTime: '08:30', endTime: '12:30', hours: 4, kind: 'theory' },
      { inDays: inDays + 1, startTime: '14:00', endTime: '18:00', hours: 4, kind: 'practice' },
    ],
    trainees: [{ name: '赵六', idNumber: idNumber(trainee, '410105', '19900307') }],
  });
}
