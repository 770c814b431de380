import { auditLog } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { eq } from 'drizzle-orm';
import { today } from '../../platform/clock';
import type { TestApp } from '../../test-support/test-app';
import { multipart } from '../institutions/test-fixtures';

export const CARE = '4-10-01-05';
export const NURSERY = '4-10-01-02';
export const HOUSEKEEPING = '4-10-01-06';

/** A valid 公民身份号码 of a person born in `county`. */
export function idNumber(sequence: string, county = '410105', birth = '19850412'): string {
  const first17 = `${county}${birth}${sequence}`;
  return `${first17}${idNumberCheckCharacter(first17)}`;
}

/** The same number with a check character that does not fit. */
export function wrongCheck(id: string): string {
  return `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
}

/** A complete teacher registration of 养老护理员; pass changes to make it different or wrong. */
export function teacherBody(sequence: string, overrides: Record<string, unknown> = {}) {
  return {
    person: { name: '王丽华', idNumber: idNumber(sequence), mobile: '13700001234' },
    title: '高级讲师',
    introduction: '从事养老护理实训教学十年，擅长失能老人照护。',
    certificates: [
      {
        kind: 'skill_level',
        occupationCode: CARE,
        skillLevel: 'L2',
        number: `S0000410105${sequence}01`,
        issuedOn: '2020-06-30',
      },
      { kind: 'teacher_qualification', number: `2019410${sequence}`, issuedOn: '2019-07-01' },
    ],
    occupationCodes: [CARE],
    employment: { relation: 'full_time', since: '2023-03-01' },
    ...overrides,
  };
}

/** Uploads one file as `cookie` and returns the response. */
export function upload(t: TestApp, cookie: string, purpose: string, fileName: string, content: Buffer) {
  const body = multipart(fileName, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/documents?purpose=${purpose}`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

export async function auditRecords(t: TestApp, entityId: string) {
  return t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
}

/** A day relative to the platform's today, YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  const day = new Date(`${today()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
