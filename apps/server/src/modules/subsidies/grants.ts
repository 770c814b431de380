import { type Executor, subsidyGrants, type Transaction } from '@qiancheng/db';
import { and, asc, eq } from 'drizzle-orm';
import type { CredentialsService } from '../credentials/service';

/** A subsidy paid on one claim line: whose, under which scheme, for which certificate, how much. */
export interface PaidLine {
  lineId: string;
  personId: string;
  certificateId: string;
  scheme: 'training' | 'skill_upgrade';
  amountFen: number;
}

/**
 * 已享受补贴: the record the limits across schemes read (at most three a year, an occupation and
 * level once, no skill-upgrade subsidy for a certificate that had the training subsidy). A paid
 * claim line adds its subsidy, keyed by the line so a line is recorded once; recovering it takes the
 * record away again.
 */
export class SubsidyGrantsService {
  constructor(private readonly deps: { credentials: CredentialsService }) {}

  async recordPaid(tx: Transaction, regionCode: string, lines: readonly PaidLine[]): Promise<void> {
    for (const line of lines) {
      const certificate = await this.deps.credentials.find(line.certificateId, tx);
      if (!certificate) continue;
      await tx
        .insert(subsidyGrants)
        .values({
          personId: line.personId,
          scheme: line.scheme,
          occupationCode: certificate.occupationCode,
          skillLevel: certificate.skillLevel,
          certificateDate: certificate.issuedOn,
          certificateId: certificate.id,
          regionCode,
          amountFen: line.amountFen,
          refType: 'claim_line',
          refId: line.lineId,
        })
        .onConflictDoNothing();
    }
  }

  /** A person's subsidies granted, oldest certificate first. */
  ofPerson(db: Executor, personId: string) {
    return db
      .select()
      .from(subsidyGrants)
      .where(eq(subsidyGrants.personId, personId))
      .orderBy(asc(subsidyGrants.certificateDate));
  }

  /** The subsidy of a claim line recovered: it no longer counts as enjoyed. */
  async revoke(tx: Transaction, lineId: string): Promise<void> {
    await tx
      .delete(subsidyGrants)
      .where(and(eq(subsidyGrants.refType, 'claim_line'), eq(subsidyGrants.refId, lineId)));
  }
}
