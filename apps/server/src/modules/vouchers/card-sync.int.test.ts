import { people, trainingVouchers } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import {
  CardChannelError,
  type CardVoucher,
  type SocialSecurityCardChannel,
} from '../../platform/social-security-card/channel';
import { PlatformCardChannel } from '../../platform/social-security-card/platform-channel';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';

/**
 * Vouchers reach their holders' electronic social security cards after they commit. A channel that
 * fails loses nothing and issues nothing twice: the voucher stands, its delivery stays due with the
 * error, and the retry delivers it once; cancelled and expired vouchers are taken back the same way.
 */
let t: TestApp;
let staff = '';
const idNumbers: Record<string, string> = {};

/** A channel that records what it is asked and fails while `failing` is set. */
class RecordingChannel implements SocialSecurityCardChannel {
  readonly name = 'test-card';
  failing = false;
  delivered: CardVoucher[] = [];
  withdrawn: string[] = [];
  private readonly inner = new PlatformCardChannel();
  async deliver(voucher: CardVoucher) {
    if (this.failing) throw new CardChannelError('卡管平台无响应');
    this.delivered.push(voucher);
    return { reference: `card-${voucher.code}` };
  }
  async withdraw(voucher: { voucherId: string }) {
    if (this.failing) throw new CardChannelError('卡管平台无响应');
    this.withdrawn.push(voucher.voucherId);
  }
  financialAccount(holder: Parameters<SocialSecurityCardChannel['financialAccount']>[0]) {
    return this.inner.financialAccount(holder);
  }
}
const channel = new RecordingChannel();

beforeAll(async () => {
  t = await startTestApp();
  t.platform.socialSecurityCard = channel;
  staff = await t.login('demo-staff-city');
  for (const name of ['赵秀英', '钱建华']) {
    const [person] = await t.platform.db.select().from(people).where(eq(people.name, name));
    idNumbers[name] = t.platform.vault.decrypt(person!.idNumberCipher);
  }
});
afterEach(() => {
  channel.failing = false;
  setClockOffsetDays(0);
});
afterAll(() => t?.close());

const issue = (name: string) =>
  postWithKey(t, '/api/v1/vouchers', staff, {
    idNumber: idNumbers[name],
    kind: 'face_value',
    faceValueFen: 100_000,
  });
const sync = () => t.request({ method: 'POST', url: '/api/v1/vouchers/card-sync', cookie: staff, body: {} });
const row = async (id: string) =>
  (await t.platform.db.select().from(trainingVouchers).where(eq(trainingVouchers.id, id)))[0]!;

let voucherId = '';

describe('delivering to the card', () => {
  it('keeps the voucher when the channel fails, and delivers it once on the retry', async () => {
    channel.failing = true;
    const issued = await issue('赵秀英');
    expect(issued.statusCode, issued.body).toBe(201);
    voucherId = issued.json().voucher.id;
    expect(await row(voucherId)).toMatchObject({
      status: 'issued',
      cardState: 'pending',
      cardAttempts: 1,
      cardError: 'test-card: 卡管平台无响应',
      cardRef: null,
    });
    expect((await sync()).json()).toEqual({ delivered: 0, withdrawn: 0, failed: 1 });

    channel.failing = false;
    // Two retries at once deliver it once.
    const both = await Promise.all([sync(), sync()]);
    expect(both.map((r) => r.json().delivered).sort()).toEqual([0, 1]);
    expect(channel.delivered.map((v) => v.voucherId)).toEqual([voucherId]);
    expect(channel.delivered[0]).toMatchObject({
      holder: { name: '赵秀英', idNumber: idNumbers['赵秀英'] },
      title: '职业培训券 1,000.00 元',
    });
    const delivered = await row(voucherId);
    expect(delivered).toMatchObject({
      cardState: 'delivered',
      cardRef: `card-${delivered.code}`,
      cardError: null,
    });
    expect(delivered.cardSyncedAt).toBeInstanceOf(Date);
    expect((await sync()).json()).toEqual({ delivered: 0, withdrawn: 0, failed: 0 });
    const vouchers = await t.platform.db
      .select()
      .from(trainingVouchers)
      .where(eq(trainingVouchers.personId, delivered.personId));
    expect(vouchers).toHaveLength(1);
  });

  it('takes a cancelled voucher back, retrying when the channel fails', async () => {
    channel.failing = true;
    const cancelled = await postWithKey(t, `/api/v1/vouchers/${voucherId}/cancel`, staff, {
      reason: '本人申请放弃',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(await row(voucherId)).toMatchObject({
      status: 'cancelled',
      cardState: 'withdrawing',
      cardError: 'test-card: 卡管平台无响应',
    });
    channel.failing = false;
    expect((await sync()).json()).toEqual({ delivered: 0, withdrawn: 1, failed: 0 });
    expect(channel.withdrawn).toEqual([voucherId]);
    expect((await row(voucherId)).cardState).toBe('withdrawn');
  });

  it('delivers on issue and takes an expired voucher back when it is swept', async () => {
    const issued = (await issue('钱建华')).json().voucher;
    expect((await row(issued.id)).cardState).toBe('delivered');
    setClockOffsetDays(120);
    const swept = await t.request({
      method: 'POST',
      url: '/api/v1/vouchers/expire-due',
      cookie: staff,
      body: {},
    });
    expect(swept.json()).toMatchObject({ expired: 1 });
    expect(await row(issued.id)).toMatchObject({ status: 'expired', cardState: 'withdrawn' });
    expect(channel.withdrawn).toContain(issued.id);
  });

  it('is retried by staff only', async () => {
    const worker = await t.login('demo-worker');
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/vouchers/card-sync', cookie: worker, body: {} }))
        .statusCode,
    ).toBe(403);
  });
});
