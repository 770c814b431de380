import { auditLog } from '@qiancheng/db';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';

/** A credit code with a correct check character for a training school in `county`. */
export function institutionCreditCode(county: string, sequence: number): string {
  const first17 = `52${county}MT${String(sequence).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** A complete self-registration; pass changes to make it different or wrong. */
export function registration(sequence: number, county = '410102') {
  return {
    account: { username: `inst-${sequence}`, password: 'Peixun#2026' },
    institution: {
      creditCode: institutionCreditCode(county, sequence),
      name: `测试职业培训学校${sequence}`,
      type: 'private_training_institution',
      regionCode: county,
      address: '测试路 1 号',
      legalRepresentative: '张三',
      contactName: '李四',
      contactPhone: '13912345678',
    },
    qualifications: [
      {
        kind: 'school_licence',
        number: `教民${sequence}`,
        issuer: '人社局',
        validFrom: '2024-01-01',
        validUntil: futureDay(700),
      },
    ],
    sites: [
      {
        name: '本部',
        address: '测试路 1 号',
        regionCode: county,
        capacity: 80,
        equipment: '护理床 8 张',
      },
    ],
    occupationCodes: ['4-10-01-05'],
  };
}

/**
 * Registers an institution through the public endpoint, approves it as `approver`, and returns its
 * id and the new account's session cookie.
 */
export async function registeredInstitution(
  t: TestApp,
  sequence: number,
  options: { county?: string; approver?: string } = {},
): Promise<{ id: string; cookie: string }> {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/institutions/register',
    body: registration(sequence, options.county),
  });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json().institutionId as string;
  const cookie = await t.login(`inst-${sequence}`, 'Peixun#2026');
  if (options.approver) {
    const review = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: options.approver,
      body: { decision: 'approve' },
    });
    expect(review.statusCode, review.body).toBe(200);
  }
  return { id, cookie };
}

/** The audit actions recorded for an entity, in the order they were appended. */
export async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = await t.platform.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => row.action);
}

/** A multipart body with one part named "file". */
export function multipart(
  fileName: string,
  content: Buffer,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----qiancheng${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
