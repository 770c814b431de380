import { insurancePeriods, people } from '@qiancheng/db';
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * The social-insurance agency's export feeds the 12-month condition of the skill-upgrade subsidy:
 * imported for the demo trainee 赵秀英 (四级 certificate of 2026-09-28), her quote turns eligible.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let person: { id: string; name: string; idNumber: string };
let certificateId = '';

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city2', 'demo-worker']);
  const [row] = await t.platform.db.select().from(people).where(eq(people.name, '赵秀英'));
  person = { id: row!.id, name: row!.name, idNumber: t.platform.vault.decrypt(row!.idNumberCipher) };
  const mine = await t.platform.db.query.certificates.findFirst({
    where: (c, { and, eq: is }) => and(is(c.personId, row!.id), is(c.kind, 'skill_level')),
  });
  certificateId = mine!.id;
});
afterAll(() => t?.close());

async function workbook(
  rows: unknown[][],
  header = ['姓名', '公民身份号码', '险种', '养老保险类型', '起始年月', '截止年月'],
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('参保缴费记录');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const upload = (file: Buffer, mode = 'all', cookie = cookies['demo-staff']!) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/subsidies/insurance-records/import?mode=${mode}`,
    headers: { cookie, 'content-type': XLSX_MEDIA_TYPE },
    payload: file,
  });

const periods = () =>
  t.platform.db
    .select()
    .from(insurancePeriods)
    .where(eq(insurancePeriods.personId, person.id))
    .orderBy(asc(insurancePeriods.insurance), asc(insurancePeriods.fromMonth));

const upgradeQuote = async () =>
  (
    await t.request({
      method: 'POST',
      url: '/api/v1/subsidies/quote',
      cookie: cookies['demo-staff']!,
      body: { kind: 'certificate', certificateId, applicationDate: '2026-10-15' },
    })
  ).json().quote;

describe('importing the insurance agency’s periods', () => {
  it('refuses a file with bad rows, row by row, and records nothing', async () => {
    const file = await workbook([
      [person.name, person.idNumber, '失业保险', '', '2024-03', '2024-08'],
      [person.name, person.idNumber, '医疗保险', '', '2024-03', ''],
      ['王某', person.idNumber, '失业保险', '', '2025-01', ''],
      [person.name, person.idNumber, '养老保险', '', '2024-13', ''],
      ['张三', '110105194912310021', '失业保险', '', '2024-01', '2023-12'],
      ['李四', '11010519491231002X', '失业保险', '', '2024-01', ''],
    ]);
    const refused = await upload(file);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.code).toBe('subsidies.insurance_import_invalid');
    expect(
      refused
        .json()
        .error.details.map(
          (d: { row: number; field: string; reason: string }) => `${d.row}:${d.field}:${d.reason}`,
        ),
    ).toEqual([
      '3:insurance:invalid_value',
      '4:name:person_name_mismatch',
      '5:scheme:required',
      '5:fromMonth:invalid_month',
      '6:idNumber:id_number_checksum',
      '6:toMonth:month_before_start',
      '7:idNumber:insured_person_unknown',
    ]);
    expect(await periods()).toEqual([]);
  });

  it('records the periods, and the skill-upgrade quote turns eligible at 12 insured months', async () => {
    expect((await upgradeQuote()).unmet.map((u: { code: string }) => u.code)).toEqual([
      'b1_insured_months_short',
    ]);
    // March–August 2024 is 6 months; from April 2026 on, 6 more by the certificate's September.
    const file = await workbook([
      [person.name, person.idNumber, '失业保险', '', '2024-03', '202408'],
      [person.name, person.idNumber, '失业', '', '2026年4月', ''],
      [person.name, person.idNumber, '养老保险', '企业职工', '2024-03', ''],
    ]);
    const imported = await upload(file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ imported: 3, rejected: 0 });
    expect((await periods()).map((p) => [p.insurance, p.scheme, p.fromMonth, p.toMonth])).toEqual([
      ['pension', 'enterprise', '2024-03-01', null],
      ['unemployment', null, '2024-03-01', '2024-08-01'],
      ['unemployment', null, '2026-04-01', null],
    ]);
    const quote = await upgradeQuote();
    expect(quote).toMatchObject({ eligible: true, amountFen: 150000, unmet: [] });
  });

  it('replaces a person’s imported record with the newer file, and a repeat changes nothing', async () => {
    const file = await workbook([[person.name, person.idNumber, '失业保险', '', '2026-05', '']]);
    for (let i = 0; i < 2; i += 1) {
      expect((await upload(file)).json()).toMatchObject({ imported: 1 });
      expect((await periods()).map((p) => p.fromMonth)).toEqual(['2026-05-01']);
    }
    // Five months (May–September) are short again.
    const quote = await upgradeQuote();
    expect(quote.unmet[0]).toMatchObject({ code: 'b1_insured_months_short', params: { insuredMonths: 5 } });
  });

  it('keeps people outside the caller’s region out, and imports only whole people in valid mode', async () => {
    const file = await workbook([
      [person.name, person.idNumber, '失业保险', '', '2020-01', ''],
      [person.name, person.idNumber, '失业保险', '', 'soon', ''],
    ]);
    const outside = await upload(file, 'valid', cookies['demo-staff-city2']);
    expect(outside.statusCode).toBe(200);
    expect(outside.json().imported).toBe(0);
    expect(outside.json().errors.map((e: { reason: string }) => e.reason)).toContain(
      'insured_person_outside_region',
    );
    const half = await upload(file, 'valid');
    expect(half.json()).toMatchObject({ imported: 0, rejected: 1 });
    expect((await periods()).map((p) => p.fromMonth)).toEqual(['2026-05-01']);
  });

  it('names a column it does not know, and keeps workers out', async () => {
    const file = await workbook(
      [[person.name, person.idNumber, '失业保险', '2020-01']],
      ['姓名', '公民身份号码', '险种', '开始时间'],
    );
    const refused = await upload(file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import.bad_columns');
    expect((await upload(file, 'all', cookies['demo-worker'])).statusCode).toBe(403);
    const template = await t.request({
      url: '/api/v1/subsidies/insurance-records/template',
      cookie: cookies['demo-staff']!,
    });
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['参保缴费记录', '填写说明']);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '公民身份号码',
      '险种',
      '养老保险类型',
      '起始年月',
      '截止年月',
    ]);
  });
});
