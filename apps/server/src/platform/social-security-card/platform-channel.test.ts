import { describe, expect, it } from 'vitest';
import { createCardChannel } from './create-channel';
import { PlatformCardChannel } from './platform-channel';

const holder = { personId: 'p1', name: '张晓梅', idNumber: '410102199003150027' };
const voucher = {
  voucherId: '7d4e…',
  code: 'PX79927398713',
  holder,
  title: '职业培训券 1,000.00 元',
  validUntil: '2026-08-31',
};

describe('the built-in card channel', () => {
  const channel = new PlatformCardChannel();

  it('is what the default setting builds', () => {
    expect(createCardChannel('platform')).toBeInstanceOf(PlatformCardChannel);
    expect(channel.name).toBe('platform');
  });

  it('answers the same reference however often a voucher is delivered', async () => {
    const first = await channel.deliver(voucher);
    expect(first).toEqual({ reference: `platform:${voucher.voucherId}` });
    expect(await channel.deliver(voucher)).toEqual(first);
  });

  it('withdraws a voucher whether or not it was delivered', async () => {
    await expect(
      channel.withdraw({ voucherId: 'x', code: voucher.code, reference: null, reason: '作废' }),
    ).resolves.toBeUndefined();
  });

  it('knows no financial account, so callers use the one the person recorded', async () => {
    expect(await channel.financialAccount(holder)).toEqual({ available: false, reason: 'not_supported' });
  });
});
