/**
 * 电子社保卡: the channel through which a voucher reaches its holder's electronic social security card
 * and is taken back from it, and through which the financial account (金融账户) bound to the card
 * may be read for payments. A province plugs in its card platform by implementing this interface;
 * the built-in `PlatformCardChannel` stands in when there is none.
 *
 * Callers deliver after their transaction commits and record the outcome on their own rows, so a
 * channel that fails loses nothing: the delivery stays due and is tried again. Both operations must
 * therefore be idempotent by voucher id — delivering a voucher twice leaves one copy and answers the
 * same reference; withdrawing one that is not (or no longer) on the card succeeds.
 */
export interface SocialSecurityCardChannel {
  /** A short name recorded with deliveries and shown to staff, e.g. `platform`. */
  readonly name: string;
  deliver(voucher: CardVoucher): Promise<{ reference: string }>;
  withdraw(voucher: {
    voucherId: string;
    code: string;
    reference: string | null;
    reason: string;
  }): Promise<void>;
  /** The card's financial account, or `available: false` when the channel cannot tell. */
  financialAccount(holder: CardHolder): Promise<CardFinancialAccount>;
}

export interface CardHolder {
  personId: string;
  name: string;
  /** Full ID number: the card platforms key holders by it. */
  idNumber: string;
}

export interface CardVoucher {
  voucherId: string;
  code: string;
  holder: CardHolder;
  /** What the holder reads on the card, e.g. "职业培训券 1,000.00 元". */
  title: string;
  validUntil: string;
}

export type CardFinancialAccount =
  | { available: true; bankName: string; accountNumber: string }
  | { available: false; reason: 'not_supported' | 'no_account' };

/** A channel's refusal or failure to answer; the caller records the message and tries again later. */
export class CardChannelError extends Error {
  override readonly name = 'CardChannelError';
}

export const CARD_CHANNELS = ['platform'] as const;
export type CardChannelName = (typeof CARD_CHANNELS)[number];
