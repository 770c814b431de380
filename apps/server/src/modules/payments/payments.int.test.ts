import { people, subsidyGrants } from '@qiancheng/db';
import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { systemContext } from '../../platform/http/request-context';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';
import { ReferenceService } from '../reference/service';
import { UsersService } from '../users/service';

/**
 * The demo class's claim (6,248 元, see the claims test) approved, past its notice, batched, sent
 * to the bank, failed for a closed account, corrected, batched again, paid, and 1,408 元 of it
 * recovered for one trainee. The budget is checked against its ledger after every step.
 */
const CLAIM_FEN = 624_800;

let t: TestApp;
let cookies: Record<string, string> = {};
let claimId = '';
let budgetId = '';

const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });
const get = (url: string, cookie = cookies['demo-finance']!) => t.request({ url, cookie });

async function budget() {
  const response = await get(`/api/v1/funds/budgets/${budgetId}`);
  const reconciled = await get(`/api/v1/funds/budgets/${budgetId}/reconciliation`);
  expect(reconciled.json().consistent).toBe(true);
  const { committedFen, paidFen, recoveredFen } = response.json().budget;
  return { committedFen, paidFen, recoveredFen };
}

const uploadResult = (batchId: string, file: Buffer | string, type = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/payments/batches/${batchId}/result?fileName=result.${type === 'text/csv' ? 'csv' : 'xlsx'}`,
    headers: { cookie: cookies['demo-finance']!, 'content-type': type },
    payload: typeof file === 'string' ? Buffer.from(file) : file,
  });

/** The subsidies recorded as enjoyed from the claim's lines. */
async function grantsOfClaim() {
  const lines = (await get(`/api/v1/claims/${claimId}`)).json().claim.lines.map((l: { id: string }) => l.id);
  const rows = await t.platform.db.select().from(subsidyGrants).where(inArray(subsidyGrants.refId, lines));
  return rows;
}

const resultCsv = (rows: string[][]) =>
  ['明细号,金额（元）,支付结果,失败原因', ...rows.map((row) => row.join(','))].join('\r\n');

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-institution',
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-finance',
    'demo-worker',
    'demo-auditor',
  ]);
  const classes = await get('/api/v1/classes?status=assessed', cookies['demo-institution']);
  const drafted = await post('/api/v1/claims', cookies['demo-institution']!, {
    classId: classes.json().items[0].id,
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  claimId = drafted.json().claim.id;
  expect(drafted.json().claim.totalFen).toBe(CLAIM_FEN);
  await post(`/api/v1/claims/${claimId}/submit`, cookies['demo-institution']!);
  await post(`/api/v1/claims/${claimId}/review`, cookies['demo-staff-city']!);
  const approved = await postWithKey(t, `/api/v1/claims/${claimId}/approve`, cookies['demo-staff']!, {});
  expect(approved.statusCode, approved.body).toBe(200);
  budgetId = approved.json().claim.budgetId;
});
afterEach(() => setClockOffsetDays(0));
afterAll(() => t?.close());

describe('the payee account', () => {
  it('is the institution’s own, masked, and refused when it cannot be a bank account', async () => {
    const mine = await get('/api/v1/payee-accounts/mine', cookies['demo-institution']);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().account).toMatchObject({
      accountNumberMasked: '6222 **** 3445',
      bankName: expect.any(String),
    });
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/payee-accounts/mine',
      cookie: cookies['demo-institution'],
      body: { accountName: '前程示范职业培训学校', accountNumber: '6222-AB', bankName: '工行' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ field: 'accountNumber', reason: 'account_number_invalid' }),
    ]);
    expect((await get('/api/v1/payee-accounts/mine', cookies['demo-finance'])).statusCode).toBe(403);
  });
});

let firstBatch: { id: string; lines: { id: string; lineNumber: string; amountFen: number }[] };

describe('a payment batch', () => {
  it('takes only claims whose notice has ended', async () => {
    const early = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'employment_subsidy',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('payments.nothing_payable');
    const named = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'employment_subsidy',
      claimIds: [claimId],
    });
    expect(named.statusCode).toBe(409);
    expect(named.json().error.code).toBe('payments.claim_not_payable');
    expect(named.json().error.message).toContain('公示期至');
  });

  it('is made once when two finance users batch the same claim at once', async () => {
    setClockOffsetDays(6);
    const payable = await get('/api/v1/claims?status=payable');
    expect(payable.json().items.map((c: { id: string }) => c.id)).toEqual([claimId]);
    const staffTry = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-staff']!, {
      fundSource: 'employment_subsidy',
    });
    expect(staffTry.statusCode).toBe(403);
    const both = await Promise.all([
      postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
        fundSource: 'employment_subsidy',
      }),
      postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
        fundSource: 'employment_subsidy',
        claimIds: [claimId],
      }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const made = both.find((r) => r.statusCode === 201)!.json().batch;
    expect(made).toMatchObject({ lineCount: 1, totalFen: CLAIM_FEN, status: 'open', pendingFen: CLAIM_FEN });
    expect(made.number).toMatch(/^ZF410000\d{4}0001$/);
    expect(made.lines[0]).toMatchObject({
      lineNumber: `${made.number}-0001`,
      amountFen: CLAIM_FEN,
      accountNumberMasked: '6222 **** 3445',
      status: 'pending',
    });
    firstBatch = made;
    const claim = await get(`/api/v1/claims/${claimId}`);
    expect(claim.json().claim.status).toBe('in_batch');
    expect(await budget()).toEqual({ committedFen: expect.any(Number), paidFen: 0, recoveredFen: 0 });
  });

  it('refuses a result before its file went to the bank, then exports it as CSV and .xlsx', async () => {
    const line = firstBatch.lines[0]!;
    const early = await uploadResult(firstBatch.id, resultCsv([[line.lineNumber, '6248.00', '成功', '']]));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('payments.batch_not_exported');

    const csv = await get(`/api/v1/payments/batches/${firstBatch.id}/file?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`1,${line.lineNumber},前程示范职业培训学校,6222020200112233445,`);
    expect(csv.body).toContain(',6248.00,职业培训补贴,');
    const xlsx = await t.app.inject({
      url: `/api/v1/payments/batches/${firstBatch.id}/file?format=xlsx`,
      headers: { cookie: cookies['demo-finance']! },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(10).value).toBe('失败原因');
    expect(sheet.getRow(2).getCell(4).value).toBe('6222020200112233445');
    expect(sheet.getRow(2).getCell(6).value).toBe(6248);
    const listed = await get('/api/v1/payments/batches?status=sent');
    expect(listed.json().items.map((b: { id: string }) => b.id)).toEqual([firstBatch.id]);
  });

  it('refuses a result file with any bad row and records nothing', async () => {
    const line = firstBatch.lines[0]!;
    const bad = await uploadResult(
      firstBatch.id,
      resultCsv([
        [line.lineNumber, '6248.01', '成功', ''],
        [`${line.lineNumber}9`, '1.00', '成功', ''],
        [line.lineNumber, '6248.00', '失败', ''],
      ]),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('payments.result_invalid');
    expect(
      bad
        .json()
        .error.details.map((d: { row: number; field: string; reason: string }) => [d.row, d.field, d.reason]),
    ).toEqual([
      [2, 'amount', 'payment_amount_mismatch'],
      [3, 'lineNumber', 'payment_line_unknown'],
      [4, 'lineNumber', 'payment_line_repeated'],
      [4, 'failureReason', 'failure_reason_required'],
    ]);
    expect(bad.json().error.details[0].message).toContain('6248.00');
    const detail = await get(`/api/v1/payments/batches/${firstBatch.id}`);
    expect(detail.json().batch.lines[0].status).toBe('pending');
    expect((await budget()).paidFen).toBe(0);
  });

  it('records a failure once, keeps the money committed, and lets the corrected claim into a new batch', async () => {
    const line = firstBatch.lines[0]!;
    const file = resultCsv([[line.lineNumber, '6248.00', '失败', '账户已销户']]);
    const failed = await uploadResult(firstBatch.id, file);
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ paid: 0, failed: 1 });
    expect(failed.json().batch).toMatchObject({ status: 'settled', failedFen: CLAIM_FEN });
    expect(failed.json().batch.lines[0]).toMatchObject({ status: 'failed', failureReason: '账户已销户' });
    const again = await uploadResult(firstBatch.id, file);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('payments.result_already_imported');
    expect((await get(`/api/v1/claims/${claimId}`)).json().claim.status).toBe('pay_failed');
    const committed = await budget();
    expect(committed.paidFen).toBe(0);

    const notYet = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'employment_subsidy',
    });
    expect(notYet.json().error.code).toBe('payments.nothing_payable');
    const correction = {
      accountName: '前程示范职业培训学校',
      accountNumber: '6217 0000 1111 2222 333',
      bankName: '中国建设银行郑州分行',
      reason: '原账户已销户，机构来函提供新账户',
    };
    const noReason = await post(`/api/v1/payments/lines/${line.id}/correct`, cookies['demo-finance']!, {
      ...correction,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const corrected = await post(
      `/api/v1/payments/lines/${line.id}/correct`,
      cookies['demo-finance']!,
      correction,
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().batch.lines[0]).toMatchObject({
      status: 'resubmitted',
      correctionReason: correction.reason,
    });
    const twice = await post(
      `/api/v1/payments/lines/${line.id}/correct`,
      cookies['demo-finance']!,
      correction,
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('payments.line_state');
    expect((await get(`/api/v1/claims/${claimId}`)).json().claim.status).toBe('payable');
    expect(await budget()).toEqual(committed);
  });
});

let paidLine: { id: string; lineNumber: string };

describe('the corrected claim, paid and partly recovered', () => {
  it('is paid from the bank’s returned .xlsx; importing it twice at once pays once', async () => {
    setClockOffsetDays(6);
    const before = await budget();
    const made = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'employment_subsidy',
      note: '更正后重发',
    });
    expect(made.statusCode, made.body).toBe(201);
    const batch = made.json().batch;
    expect(batch.number).toMatch(/0002$/);
    expect(batch.lines[0]).toMatchObject({ accountNumberMasked: '6217 **** 2333', amountFen: CLAIM_FEN });
    paidLine = batch.lines[0];
    const exported = await t.app.inject({
      url: `/api/v1/payments/batches/${batch.id}/file`,
      headers: { cookie: cookies['demo-finance']! },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    book.worksheets[0]!.getRow(2).getCell(9).value = '成功';
    const returned = Buffer.from(await book.xlsx.writeBuffer());

    const both = await Promise.all([
      uploadResult(batch.id, returned, XLSX_MEDIA_TYPE),
      uploadResult(batch.id, returned, XLSX_MEDIA_TYPE),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 200)!.json()).toMatchObject({ paid: 1, failed: 0 });
    const after = await budget();
    expect(after).toEqual({
      committedFen: before.committedFen - CLAIM_FEN,
      paidFen: before.paidFen + CLAIM_FEN,
      recoveredFen: 0,
    });
    expect((await get(`/api/v1/claims/${claimId}`)).json().claim.status).toBe('paid');
    // Granted at approval, now paid: five certificates, and no skill-upgrade subsidy for them (B4).
    const granted = await grantsOfClaim();
    expect(granted).toHaveLength(5);
    expect(granted.every((grant) => grant.paidAt !== null)).toBe(true);
    const claim = (await get(`/api/v1/claims/${claimId}`)).json().claim;
    const line = claim.lines.find((l: { amountFen: number }) => l.amountFen === 140_800);
    const upgrade = await t.request({
      method: 'POST',
      url: '/api/v1/subsidies/quote',
      cookie: cookies['demo-staff'],
      body: { kind: 'certificate', certificateId: line.certificateId },
    });
    expect(upgrade.statusCode, upgrade.body).toBe(200);
    expect(upgrade.json().quote.unmet.map((u: { ruleId: string }) => u.ruleId)).toContain('B4');
  });

  it('recovers one trainee’s subsidy once, within what was paid, and records its arrival', async () => {
    const claim = (await get(`/api/v1/claims/${claimId}`)).json().claim;
    const trainee = claim.lines.find(
      (l: { included: boolean; amountFen: number }) => l.included && l.amountFen === 140_800,
    );
    const url = `/api/v1/payments/lines/${paidLine.id}/recoveries`;
    const tooMuch = await postWithKey(t, url, cookies['demo-staff']!, {
      amountFen: 140_801,
      claimLineId: trainee.id,
      reason: '冒名顶替参训',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.code).toBe('payments.recovery_exceeds_paid');
    expect(tooMuch.json().error.message).toContain('1408.00');
    const body = {
      amountFen: 140_800,
      claimLineId: trainee.id,
      reason: '经核查该学员冒名顶替参训，追回补贴',
    };
    const recovered = await postWithKey(t, url, cookies['demo-staff']!, body, 'recover-1');
    expect(recovered.statusCode, recovered.body).toBe(201);
    const replay = await postWithKey(t, url, cookies['demo-staff']!, body, 'recover-1');
    expect(replay.headers['idempotency-replayed']).toBe('true');
    const again = await postWithKey(t, url, cookies['demo-staff']!, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('payments.recovery_exceeds_paid');
    expect(await budget()).toMatchObject({ paidFen: CLAIM_FEN - 140_800, recoveredFen: 140_800 });
    // The recovered trainee's subsidy no longer counts as enjoyed.
    expect((await grantsOfClaim()).map((g) => g.refId)).not.toContain(trainee.id);
    expect(await grantsOfClaim()).toHaveLength(4);

    const recovery = recovered.json().recovery;
    expect(recovery).toMatchObject({ status: 'outstanding', amountFen: 140_800 });
    const collected = await post(
      `/api/v1/payments/recoveries/${recovery.id}/collect`,
      cookies['demo-finance']!,
      {
        note: '已缴回国库',
      },
    );
    expect(collected.json().recovery).toMatchObject({ status: 'collected', collectionNote: '已缴回国库' });
    const twice = await post(`/api/v1/payments/recoveries/${recovery.id}/collect`, cookies['demo-finance']!);
    expect(twice.statusCode).toBe(409);
  });

  it('shows a trainee her subsidy under 我的补贴 once she signs up', async () => {
    const [zhao] = await t.platform.db.select().from(people).where(eq(people.name, '赵秀英'));
    // Trainees registered through a roster have no account yet; one is opened for her as the
    // platform's own accounts are.
    const users = new UsersService(t.platform, new ReferenceService(t.platform.db));
    await users.create(systemContext('test'), {
      username: 'zhao-xiuying',
      password: 'Peixun2026zx',
      displayName: '赵秀英',
      role: 'worker',
      regionCode: zhao!.regionCode,
      personId: zhao!.id,
    });
    const cookie = await t.login('zhao-xiuying', 'Peixun2026zx');
    const mine = await t.request({ url: '/api/v1/subsidies/mine', cookie });
    expect(mine.statusCode, mine.body).toBe(200);
    const claim = (await get(`/api/v1/claims/${claimId}`)).json().claim;
    const line = claim.lines.find((l: { personId: string }) => l.personId === zhao!.id);
    expect(mine.json().lines).toEqual([
      expect.objectContaining({
        claimNumber: claim.number,
        status: 'paid',
        amountFen: 140_800,
        included: true,
      }),
    ]);
    const recovered = (await grantsOfClaim()).every((g) => g.refId !== line.id);
    expect(mine.json().grants).toHaveLength(recovered ? 0 : 1);
    expect(
      (await t.request({ url: '/api/v1/subsidies/mine', cookie: cookies['demo-staff'] })).statusCode,
    ).toBe(403);
  });

  it('is read by auditors, hidden from another city and refused to workers', async () => {
    const listed = await get('/api/v1/payments/batches', cookies['demo-auditor']);
    expect(listed.json().total).toBe(2);
    const paid = listed.json().items.find((b: { paidFen: number }) => b.paidFen > 0);
    expect(paid).toMatchObject({ status: 'settled', paidFen: CLAIM_FEN, recoveredFen: 140_800 });
    expect((await get(`/api/v1/payments/batches/${paid.id}`, cookies['demo-staff-city2'])).statusCode).toBe(
      404,
    );
    expect((await get('/api/v1/payments/batches', cookies['demo-worker'])).statusCode).toBe(403);
  });

  it('keeps every step in the audit trail', async () => {
    const audit = await t.platform.db.query.auditLog.findMany({
      where: (a, { eq }) => eq(a.entityId, claimId),
      orderBy: (a, { asc }) => [asc(a.id)],
    });
    expect(audit.map((a) => a.action).slice(-5)).toEqual([
      'claim.in_batch',
      'claim.pay_failed',
      'claim.payable',
      'claim.in_batch',
      'claim.paid',
    ]);
  });
});
