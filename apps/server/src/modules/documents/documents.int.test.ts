import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { auditActions, multipart, PDF_BYTES, registeredInstitution } from '../institutions/test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
let own: { id: string; cookie: string };
let other: { id: string; cookie: string };

const upload = (cookie: string, purpose: string, fileName: string, content: Buffer) => {
  const body = multipart(fileName, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/documents?purpose=${purpose}`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-staff-city2', 'demo-worker']);
  own = await registeredInstitution(t, 21, { approver: cookies['demo-staff'] });
  other = await registeredInstitution(t, 22, { county: '410103', approver: cookies['demo-staff'] });
});

afterAll(async () => {
  await t?.close();
});

describe('upload', () => {
  it('stores a PDF with its hash and size, judged by content, and audits it', async () => {
    const response = await upload(own.cookie, 'qualification', '办学许可证.pdf', PDF_BYTES);
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json().document;
    expect(document).toMatchObject({
      fileName: '办学许可证.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF_BYTES.length,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditActions(t, document.id)).toEqual(['document.upload']);

    const content = await t.app.inject({
      url: `/api/v1/documents/${document.id}/content`,
      headers: { cookie: own.cookie },
    });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect(content.headers['content-disposition']).toContain(encodeURIComponent('办学许可证.pdf'));
  });

  it.each([
    [
      'a program renamed to .pdf',
      'qualification',
      'scan.pdf',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
      415,
      'documents.wrong_type',
    ],
    [
      'courseware as a qualification',
      'qualification',
      'a.pptx',
      Buffer.from('PK\x03\x04\x14\x00'),
      415,
      'documents.wrong_type',
    ],
    ['an empty file', 'qualification', 'empty.pdf', Buffer.alloc(0), 400, 'documents.empty'],
  ])('refuses %s', async (_label, purpose, name, content, status, code) => {
    const response = await upload(own.cookie, purpose, name, content);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it('accepts courseware as a teaching resource', async () => {
    const response = await upload(
      own.cookie,
      'resource',
      '课件.pptx',
      Buffer.from('PK\x03\x04\x14\x00\x06\x00rest'),
    );
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses a 200 MB file with the limit in the message, and keeps nothing', async () => {
    const boundary = '----qiancheng-big';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const payload = new Readable({
      read() {
        if (sent === 0) this.push(head);
        if (sent < 200) {
          sent += 1;
          this.push(chunk);
        } else {
          this.push(Buffer.from(`\r\n--${boundary}--\r\n`));
          this.push(null);
        }
      },
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/documents?purpose=qualification',
      headers: { cookie: own.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'documents.too_large' });
    expect(response.json().error.message).toContain('20 MB');
  });

  it('refuses a body that is not multipart, and an unknown purpose', async () => {
    const json = await t.request({
      method: 'POST',
      url: '/api/v1/documents?purpose=qualification',
      cookie: own.cookie,
      body: {},
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('documents.not_multipart');
    const purpose = await upload(own.cookie, 'selfie', 'a.pdf', PDF_BYTES);
    expect(purpose.statusCode).toBe(400);
  });

  it('is not open to workers', async () => {
    expect((await upload(cookies['demo-worker']!, 'qualification', 'a.pdf', PDF_BYTES)).statusCode).toBe(403);
  });
});

describe('access', () => {
  it('serves a file to its institution and the staff of its region only', async () => {
    const id = (await upload(own.cookie, 'qualification', 'a.pdf', PDF_BYTES)).json().document.id;
    const read = (cookie: string) =>
      t.app.inject({ url: `/api/v1/documents/${id}/content`, headers: { cookie } });
    expect((await read(own.cookie)).statusCode).toBe(200);
    expect((await read(cookies['demo-staff']!)).statusCode).toBe(200);
    expect((await read(cookies['demo-staff-city']!)).statusCode).toBe(200);
    expect((await read(other.cookie)).statusCode).toBe(404);
    expect((await read(cookies['demo-staff-city2']!)).statusCode).toBe(404);
    expect((await t.request({ url: `/api/v1/documents/${id}`, cookie: other.cookie })).statusCode).toBe(404);
  });

  it('attaches only the institution’s own files to its qualifications', async () => {
    const mine = (await upload(own.cookie, 'qualification', 'licence.pdf', PDF_BYTES)).json().document.id;
    const theirs = (await upload(other.cookie, 'qualification', 'licence.pdf', PDF_BYTES)).json().document.id;
    const body = (documentId: string) => ({
      kind: 'business_licence',
      number: `N-${documentId.slice(0, 4)}`,
      issuer: '市场监管局',
      validFrom: '2024-01-01',
      validUntil: null,
      documentId,
    });
    const refused = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/qualifications',
      cookie: own.cookie,
      body: body(theirs),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({
      field: 'documentId',
      reason: 'document_not_found',
    });
    const attached = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/qualifications',
      cookie: own.cookie,
      body: body(mine),
    });
    expect(attached.statusCode, attached.body).toBe(200);
    expect(
      attached.json().institution.qualifications.some((q: { documentId: string }) => q.documentId === mine),
    ).toBe(true);
  });
});
