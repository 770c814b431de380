import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditLog, demandLines, enterprises } from '@qiancheng/db';
import { DEMAND_COLUMNS, MAX_IMPORT_ROWS } from '@qiancheng/domain/demand/demand-row';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bigWorkbook, futureDay, row, TEMPLATE_HEADER, testCreditCode, workbook } from './fixtures/workbooks';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name));

let t: TestApp;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-enterprise',
    'demo-auditor',
    'demo-worker',
  ]);
});
afterAll(() => t.close());

function upload(
  file: Buffer | string,
  options: { mode?: 'all' | 'valid'; account?: string; contentType?: string; locale?: string } = {},
  app: TestApp = t,
  cookie = cookies[options.account ?? 'demo-staff'],
) {
  return app.app.inject({
    method: 'POST',
    url: `/api/v1/demand/import${options.mode ? `?mode=${options.mode}` : ''}`,
    headers: {
      ...(cookie ? { cookie } : {}),
      'content-type': options.contentType ?? XLSX_MEDIA_TYPE,
      ...(options.locale ? { 'accept-language': options.locale } : {}),
    },
    payload: file,
  });
}

async function counts() {
  const [lines] = await t.platform.db.select({ n: count() }).from(demandLines);
  const [firms] = await t.platform.db.select({ n: count() }).from(enterprises);
  const [imports] = await t.platform.db
    .select({ n: count() })
    .from(auditLog)
    .where(eq(auditLog.action, 'demand.import'));
  return { lines: lines?.n, enterprises: firms?.n, imports: imports?.n };
}

type Detail = { field: string; row?: number; reason: string; message: string };

async function expectRefused(
  response: Awaited<ReturnType<typeof upload>>,
  status: number,
  code: string,
): Promise<Detail[]> {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error.details;
}

describe('the import template', () => {
  it('is a real workbook with the zh-CN header, input checks and an instructions sheet', async () => {
    const response = await t.app.inject({
      url: '/api/v1/demand/import-template',
      headers: { cookie: cookies['demo-staff']! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['用工需求', '填写说明']);
    const header = (book.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(TEMPLATE_HEADER);
    expect(book.worksheets[0]!.getCell('E2').dataValidation).toMatchObject({ type: 'list' });
    const notes = book.getWorksheet('填写说明')!;
    expect(notes.getColumn(1).values).toEqual(expect.arrayContaining(TEMPLATE_HEADER));
    // An empty template imports as "no data rows", not as a column problem.
    await expectRefused(await upload(response.rawPayload), 400, 'import.no_rows');
  });

  it('is for staff only', async () => {
    for (const account of ['demo-enterprise', 'demo-worker', 'demo-auditor']) {
      const response = await t.app.inject({
        url: '/api/v1/demand/import-template',
        headers: { cookie: cookies[account]! },
      });
      expect(response.statusCode, account).toBe(403);
    }
  });
});

describe('importing a spreadsheet saved by LibreOffice', () => {
  it('imports the valid file whole, registering new enterprises, with one audit record', async () => {
    const before = await counts();
    const response = await upload(fixture('demand-valid.xlsx'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 20, rejected: 0, errorCount: 0, errors: [] });
    const after = await counts();
    expect(after).toEqual({
      lines: before.lines! + 20,
      enterprises: before.enterprises! + 5,
      imports: before.imports! + 1,
    });
    const [audit] = await t.platform.db.select().from(auditLog).where(eq(auditLog.action, 'demand.import'));
    expect(audit).toMatchObject({
      actorUsername: 'demo-staff',
      after: { mode: 'all', dataRows: 20, imported: 20, rejected: 0, enterprisesCreated: 5 },
    });
    const [firm] = await t.platform.db
      .select()
      .from(enterprises)
      .where(eq(enterprises.creditCode, '91410102MA45R1K204'));
    expect(firm).toMatchObject({ name: '郑州中原精工机械有限公司', regionCode: '410102' });
    const imported = await t.platform.db
      .select()
      .from(demandLines)
      .where(eq(demandLines.enterpriseId, firm!.id));
    expect(imported).toHaveLength(4);
    expect(imported.every((line) => line.source === 'import')).toBe(true);
    const welder = imported.find((line) => line.occupationCode === '6-18-02-04')!;
    expect(welder).toMatchObject({
      regionCode: '410102',
      skillLevel: 'L4',
      headcount: 12,
      wageMin: 5500,
      wageMax: 8000,
      deadline: '2030-06-30',
      contactName: '王建军',
      contactPhoneMasked: '138****0001',
    });
    expect(t.platform.vault.decrypt(welder.contactPhoneCipher)).toBe('13837100001');
  });

  const expectedProblems = [
    { row: 3, field: 'creditCode', reason: 'invalid_credit_code' },
    { row: 4, field: 'occupationCode', reason: 'unknown_occupation' },
    { row: 5, field: 'regionCode', reason: 'unknown_region' },
    { row: 6, field: 'headcount', reason: 'too_small' },
    { row: 7, field: 'wageMax', reason: 'wage_range_inverted' },
    { row: 8, field: 'deadline', reason: 'date_in_past' },
    { row: 9, field: 'deadline', reason: 'invalid_date' },
    { row: 10, field: 'contactPhone', reason: 'invalid_mobile' },
    { row: 11, field: 'contactName', reason: 'required' },
    // The valid file above registered this credit code, so the second name meets the registered one.
    { row: 12, field: 'enterpriseName', reason: 'enterprise_name_mismatch' },
    { row: 13, field: 'enterpriseName', reason: 'enterprise_name_required' },
    { row: 14, field: 'skillLevel', reason: 'invalid_skill_level' },
  ];

  it('imports nothing from a file with errors by default, naming each row, column and reason', async () => {
    const before = await counts();
    const details = await expectRefused(
      await upload(fixture('demand-with-errors.xlsx')),
      400,
      'import.has_errors',
    );
    expect(details.map(({ row, field, reason }) => ({ row, field, reason }))).toEqual(expectedProblems);
    expect(details[0]!.message).toContain('校验位');
    expect(details[9]!.message).toBe('与已登记的企业名称“郑州中原精工机械有限公司”不一致');
    expect(await counts()).toEqual(before);
  });

  it('imports the valid rows only when asked, reporting the rest', async () => {
    const before = await counts();
    const response = await upload(fixture('demand-with-errors.xlsx'), { mode: 'valid', locale: 'en-US' });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ imported: 2, rejected: 12, errorCount: 12 });
    expect(report.errors.map(({ row, field, reason }: Detail) => ({ row, field, reason }))).toEqual(
      expectedProblems,
    );
    expect(report.errors[4].message).toBe('must not be below the minimum wage (9000 yuan)');
    const after = await counts();
    expect(after.lines).toBe(before.lines! + 2);
    expect(after.imports).toBe(before.imports! + 1);
  });
});

describe('file-level problems', () => {
  it.each([
    ['plain text', Buffer.from('统一社会信用代码,企业名称\n')],
    ['a zip that is not a workbook', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 1)])],
    ['an empty body', Buffer.alloc(0)],
  ])('refuses %s as not an .xlsx file', async (_name, body) => {
    await expectRefused(await upload(body), 400, 'import.not_xlsx');
  });

  it('refuses a truncated workbook', async () => {
    const whole = await workbook([row()]);
    await expectRefused(
      await upload(whole.subarray(0, Math.floor(whole.length / 2))),
      400,
      'import.not_xlsx',
    );
  });

  it('refuses a body that is not a spreadsheet upload', async () => {
    const json = await t.request({
      method: 'POST',
      url: '/api/v1/demand/import',
      cookie: cookies['demo-staff'],
      body: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('import.media_type');
  });

  it('refuses a file over 20 MB with the limit in the message', async () => {
    const huge = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(21 * 1024 * 1024)]);
    const response = await upload(huge);
    await expectRefused(response, 413, 'import.too_large');
    expect(response.json().error.message).toContain('20 MB');
  });

  it('names missing, unknown and repeated columns', async () => {
    const header = [...TEMPLATE_HEADER.slice(0, 11), '备注', '招聘人数'];
    const details = await expectRefused(
      await upload(await workbook([row()], { header })),
      400,
      'import.bad_columns',
    );
    expect(details).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'L',
        reason: 'unknown_column',
        message: '第 L 列“备注”不是模板中的列',
      }),
      expect.objectContaining({ row: 1, field: 'headcount', reason: 'duplicate_column' }),
      expect.objectContaining({
        row: 1,
        field: 'contactPhone',
        reason: 'missing_column',
        message: '缺少列“联系电话”',
      }),
    ]);
  });

  it('accepts the columns in another order', async () => {
    const order = [...DEMAND_COLUMNS.keys()].reverse();
    const header = order.map((i) => TEMPLATE_HEADER[i]!);
    const values = row({ creditCode: testCreditCode(11), enterpriseName: '列序测试有限公司' });
    const response = await upload(await workbook([order.map((i) => values[i]!)], { header }));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imported).toBe(1);
  });

  it('names merged cells in the data area', async () => {
    const file = await workbook([row(), row(), row()], { merges: ['A3:B3', 'F4:F5'] });
    const response = await upload(file);
    const details = await expectRefused(response, 400, 'import.merged_cells');
    expect(response.json().error.message).toContain('A3:B3');
    expect(details.map((d) => [d.row, d.message])).toEqual([
      [3, '合并单元格 A3:B3'],
      [4, '合并单元格 F4:F5'],
    ]);
  });

  it('skips blank rows and reports rows by their sheet row number', async () => {
    const before = await counts();
    const file = await workbook([
      row({ creditCode: testCreditCode(21), enterpriseName: '空行测试有限公司' }),
      null,
      null,
      row({ creditCode: testCreditCode(21), enterpriseName: null, headcount: -1 }),
      row({ creditCode: testCreditCode(21), enterpriseName: null }),
    ]);
    const details = await expectRefused(await upload(file), 400, 'import.has_errors');
    expect(details).toEqual([expect.objectContaining({ row: 5, field: 'headcount', reason: 'too_small' })]);
    const valid = await upload(file, { mode: 'valid' });
    expect(valid.json()).toMatchObject({ imported: 2, rejected: 1 });
    expect((await counts()).lines).toBe(before.lines! + 2);
  });

  it('refuses a file whose rows are all blank', async () => {
    const file = await workbook([null, null, [null, '  ', null]]);
    await expectRefused(await upload(file), 400, 'import.no_rows');
  });

  it('refuses a value in a column without a header', async () => {
    const values = [
      ...row({ creditCode: testCreditCode(31), enterpriseName: '多余列测试有限公司' }),
      null,
      '备注',
    ];
    const details = await expectRefused(await upload(await workbook([values])), 400, 'import.has_errors');
    expect(details).toEqual([
      expect.objectContaining({ row: 2, field: 'N', reason: 'value_without_header' }),
    ]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} data rows, saying the limit, before checking any row`, async () => {
    const before = await counts();
    const response = await upload(await bigWorkbook(100_001));
    await expectRefused(response, 400, 'import.too_many_rows');
    expect(response.json().error.message).toContain(String(MAX_IMPORT_ROWS));
    expect(await counts()).toEqual(before);
  });
});

describe('row checks that need the database', () => {
  it('keeps a staff import inside their region', async () => {
    const file = await workbook([
      row({ creditCode: testCreditCode(41), enterpriseName: '区域测试有限公司', regionCode: '410202' }),
      row({ creditCode: testCreditCode(41), enterpriseName: '区域测试有限公司', regionCode: 410105 }),
    ]);
    const details = await expectRefused(
      await upload(file, { account: 'demo-staff-city' }),
      400,
      'import.has_errors',
    );
    expect(details).toEqual([
      expect.objectContaining({ row: 2, field: 'regionCode', reason: 'region_outside_scope' }),
    ]);
  });

  it('holds the rows of a new enterprise to one name', async () => {
    const file = await workbook([
      row({ creditCode: testCreditCode(61), enterpriseName: '新登记测试有限公司' }),
      row({ creditCode: testCreditCode(61), enterpriseName: ' 新登记测试 有限公司 ' }),
      row({ creditCode: testCreditCode(61), enterpriseName: '新登记测试股份有限公司' }),
    ]);
    const details = await expectRefused(await upload(file), 400, 'import.has_errors');
    expect(details).toEqual([
      {
        row: 4,
        field: 'enterpriseName',
        reason: 'enterprise_name_conflict',
        message: '与第 2 行同一统一社会信用代码的企业名称“新登记测试有限公司”不一致',
      },
    ]);
  });

  it('holds a registered enterprise to its registered name', async () => {
    const [registered] = await t.platform.db.select().from(enterprises).limit(1);
    const file = await workbook([
      row({ creditCode: registered!.creditCode, enterpriseName: `${registered!.name}（分公司）` }),
      row({ creditCode: registered!.creditCode, enterpriseName: null }),
    ]);
    const response = await upload(file, { mode: 'valid' });
    expect(response.json()).toMatchObject({
      imported: 1,
      rejected: 1,
      errors: [
        {
          row: 2,
          field: 'enterpriseName',
          reason: 'enterprise_name_mismatch',
          message: `与已登记的企业名称“${registered!.name}”不一致`,
        },
      ],
    });
  });

  it('is refused to enterprises, auditors, workers and the public', async () => {
    const file = await workbook([row()]);
    for (const account of ['demo-enterprise', 'demo-auditor', 'demo-worker']) {
      expect((await upload(file, { account })).statusCode, account).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/demand/import',
      headers: { 'content-type': XLSX_MEDIA_TYPE },
      payload: file,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('export', () => {
  it('exports what the actor may see, audited, and the file imports into a fresh system unchanged', async () => {
    const response = await t.app.inject({
      url: '/api/v1/demand/export?status=open',
      headers: { cookie: cookies['demo-staff']! },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const listed = await t.request({
      url: '/api/v1/demand?status=open&pageSize=200',
      cookie: cookies['demo-staff'],
    });
    const exportedLines = listed.json().items as Record<string, unknown>[];
    expect(exportedLines.length).toBeGreaterThan(20);
    const [audit] = await t.platform.db.select().from(auditLog).where(eq(auditLog.action, 'demand.export'));
    expect(audit).toMatchObject({ actorUsername: 'demo-staff', after: { lines: exportedLines.length } });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...TEMPLATE_HEADER,
      '状态',
    ]);
    expect(book.worksheets[0]!.getCell('M2').value).toBe('招聘中');

    const fresh = await startTestApp();
    try {
      const cookie = await fresh.login('demo-staff');
      const imported = await upload(response.rawPayload, {}, fresh, cookie);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toMatchObject({ imported: exportedLines.length, rejected: 0 });
      const freshLines = (await fresh.request({ url: '/api/v1/demand?pageSize=200', cookie }))
        .json()
        .items.filter((line: { source: string }) => line.source === 'import');
      const comparable = (line: Record<string, unknown>) =>
        JSON.stringify([
          (line.enterprise as { creditCode: string; name: string }).creditCode,
          (line.enterprise as { creditCode: string; name: string }).name,
          line.regionCode,
          line.occupationCode,
          line.skillLevel,
          line.headcount,
          line.skillRequirements,
          line.wageMin,
          line.wageMax,
          line.deadline,
          line.contactName,
          line.contactPhoneMasked,
          line.status,
        ]);
      expect(freshLines.map(comparable).sort()).toEqual(exportedLines.map(comparable).sort());
    } finally {
      await fresh.close();
    }
  });

  it('gives an enterprise its own lines only, and refuses workers', async () => {
    const response = await t.app.inject({
      url: '/api/v1/demand/export',
      headers: { cookie: cookies['demo-enterprise']! },
    });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const mine = (
      await t.request({ url: '/api/v1/enterprises/mine', cookie: cookies['demo-enterprise'] })
    ).json().enterprise.creditCode;
    const codes = new Set(
      (book.worksheets[0]!.getColumn(1).values as unknown[]).slice(2).filter((v) => v !== undefined),
    );
    expect([...codes]).toEqual([mine]);
    const worker = await t.app.inject({
      url: '/api/v1/demand/export',
      headers: { cookie: cookies['demo-worker']! },
    });
    expect(worker.statusCode).toBe(403);
  });

  it('writes deadlines as dates that read back as the same day', async () => {
    const deadline = futureDay(17);
    const file = await workbook([
      row({
        creditCode: testCreditCode(51),
        enterpriseName: '日期测试有限公司',
        deadline: new Date(`${deadline}T00:00:00Z`),
      }),
    ]);
    expect((await upload(file)).json().imported).toBe(1);
    const listed = await t.request({
      url: `/api/v1/demand?q=${encodeURIComponent('日期测试')}`,
      cookie: cookies['demo-staff'],
    });
    expect(listed.json().items[0].deadline).toBe(deadline);
  });
});
