import { type Executor, payeeAccounts, type Transaction } from '@qiancheng/db';
import {
  maskAccountNumber,
  normaliseAccountNumber,
  type PayeeAccount,
  payeeAccountProblems,
} from '@qiancheng/domain/payments/payee-account';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';

export type PayeeType = 'institution' | 'enterprise' | 'person';
export interface Payee {
  type: PayeeType;
  id: string;
}

export const payeeAccountBody = z.strictObject({
  accountName: z.string().trim().min(1).max(100),
  accountNumber: z.string().trim().min(1).max(64),
  bankName: z.string().trim().min(1).max(100),
});

export const payeeAccountSchema = z
  .object({
    accountName: z.string(),
    accountNumberMasked: z.string(),
    bankName: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PayeeAccount' });
export type PayeeAccountView = z.infer<typeof payeeAccountSchema>;

/** An account the payment file may be written with: the number in clear, only inside the server. */
export interface PayableAccount extends PayeeAccount {
  accountNumberCipher: string;
  accountNumberMasked: string;
}

type AccountRow = typeof payeeAccounts.$inferSelect;

const present = (row: AccountRow): PayeeAccountView => ({
  accountName: row.accountName,
  accountNumberMasked: row.accountNumberMasked,
  bankName: row.bankName,
  updatedAt: row.updatedAt.toISOString(),
});

/** The account's problems as the API names them, or the account ready to store. */
export function checkedAccount(input: PayeeAccount, holderName?: string): PayeeAccount {
  const problems = payeeAccountProblems(input, holderName);
  if (problems.length > 0) throw invalidFields(...problems.map((p) => fieldProblem(p.field, p.reason)));
  return {
    accountName: input.accountName.trim(),
    accountNumber: normaliseAccountNumber(input.accountNumber),
    bankName: input.bankName.trim(),
  };
}

/**
 * 收款账户: each payee keeps one account the platform pays to. An institution records its own;
 * finance corrects one after the bank refused a payment, giving the reason. The number is stored
 * encrypted and leaves the server only in a payment file.
 */
export class PayeeAccountsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { people: PeopleService },
  ) {}

  async find(payee: Payee, db: Executor = this.platform.db): Promise<PayeeAccountView | null> {
    const row = await this.row(db, payee);
    return row ? present(row) : null;
  }

  /** The accounts of these payees, for a batch's lines, read once per payee type; payees without one are absent. */
  async payable(db: Executor, payees: readonly Payee[]): Promise<Map<string, PayableAccount>> {
    const found = new Map<string, PayableAccount>();
    const types = [...new Set(payees.map((payee) => payee.type))];
    for (const type of types) {
      const ids = [...new Set(payees.filter((payee) => payee.type === type).map((payee) => payee.id))];
      const rows = await db
        .select()
        .from(payeeAccounts)
        .where(and(eq(payeeAccounts.payeeType, type), inArray(payeeAccounts.payeeId, ids)));
      for (const row of rows) {
        found.set(`${type}:${row.payeeId}`, {
          accountName: row.accountName,
          accountNumber: this.platform.vault.decrypt(row.accountNumberCipher),
          accountNumberCipher: row.accountNumberCipher,
          accountNumberMasked: row.accountNumberMasked,
          bankName: row.bankName,
        });
      }
    }
    return found;
  }

  /**
   * The accounts of people who recorded none, asked of the electronic social security card channel
   * (the financial account bound to their card): each one found is kept as the person's payee
   * account, audited as coming from the card, and added to `found`. A channel that cannot tell
   * leaves the person without an account, as before.
   */
  async fillFromCards(
    tx: Transaction,
    context: RequestContext,
    payees: readonly Payee[],
    found: Map<string, PayableAccount>,
  ): Promise<void> {
    const people = [
      ...new Set(
        payees
          .filter((payee) => payee.type === 'person' && !found.has(`person:${payee.id}`))
          .map((payee) => payee.id),
      ),
    ];
    if (people.length === 0) return;
    const holders = await this.deps.people.fullIdentities(tx, people);
    for (const holder of holders.values()) {
      const card = await this.platform.socialSecurityCard.financialAccount({
        personId: holder.id,
        name: holder.name,
        idNumber: holder.idNumber,
      });
      if (!card.available) continue;
      const payee: Payee = { type: 'person', id: holder.id };
      const account = {
        accountName: holder.name,
        accountNumber: card.accountNumber,
        bankName: card.bankName,
      };
      await this.save(tx, context, payee, account, '电子社保卡金融账户');
      const saved = (await this.payable(tx, [payee])).get(`person:${holder.id}`);
      if (saved) found.set(`person:${holder.id}`, saved);
    }
  }

  /** Records or replaces a payee's account, audited with the reason when there is one. */
  async save(
    tx: Transaction,
    context: RequestContext,
    payee: Payee,
    input: PayeeAccount,
    reason?: string,
  ): Promise<PayeeAccountView> {
    const holder =
      payee.type === 'person'
        ? (await this.deps.people.summaries(tx, [payee.id])).get(payee.id)?.name
        : undefined;
    const account = checkedAccount(input, holder);
    const before = await this.row(tx, payee);
    const values = {
      accountName: account.accountName,
      accountNumberCipher: this.platform.vault.encrypt(account.accountNumber),
      accountNumberMasked: maskAccountNumber(account.accountNumber),
      bankName: account.bankName,
      updatedBy: context.actor?.userId ?? null,
      updatedAt: now(),
    };
    const [row] = before
      ? await tx.update(payeeAccounts).set(values).where(eq(payeeAccounts.id, before.id)).returning()
      : await tx
          .insert(payeeAccounts)
          .values({ payeeType: payee.type, payeeId: payee.id, ...values })
          .returning();
    await appendAudit(tx, context, [
      {
        action: before ? 'payee_account.update' : 'payee_account.create',
        entityType: `payee_account:${payee.type}`,
        entityId: payee.id,
        before: before ? present(before) : null,
        after: present(row!),
        reason: reason ?? null,
      },
    ]);
    return present(row!);
  }

  /** The signed-in institution's own account, or a worker's social security card account. */
  ownPayee(context: RequestContext): Payee {
    const actor = context.actor!;
    if (actor.role === 'worker' && actor.personId) return { type: 'person', id: actor.personId };
    if (actor.role !== 'institution' || !actor.organizationId) throw new AppError('common.forbidden');
    return { type: 'institution', id: actor.organizationId };
  }

  private async row(db: Executor, payee: Payee): Promise<AccountRow | undefined> {
    const [row] = await db
      .select()
      .from(payeeAccounts)
      .where(and(eq(payeeAccounts.payeeType, payee.type), eq(payeeAccounts.payeeId, payee.id)));
    return row;
  }
}
