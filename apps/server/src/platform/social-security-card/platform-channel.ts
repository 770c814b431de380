import type { CardFinancialAccount, CardHolder, CardVoucher, SocialSecurityCardChannel } from './channel';

/**
 * The platform as its own channel, for a deployment without a card platform to reach: the holder
 * finds the voucher under 我的培训券, so delivering only answers a reference (`platform:<id>`, the
 * same on every call) that the caller records with its time, withdrawing has nothing to take back,
 * and no financial account can be read, so payments use the account the person recorded.
 */
export class PlatformCardChannel implements SocialSecurityCardChannel {
  readonly name = 'platform';

  async deliver(voucher: CardVoucher): Promise<{ reference: string }> {
    return { reference: `platform:${voucher.voucherId}` };
  }

  async withdraw(_voucher: Parameters<SocialSecurityCardChannel['withdraw']>[0]): Promise<void> {}

  async financialAccount(_holder: CardHolder): Promise<CardFinancialAccount> {
    return { available: false, reason: 'not_supported' };
  }
}
