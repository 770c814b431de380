import { type Executor, subsidyGrants, type Transaction } from '@qiancheng/db';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { type GrantSubject, grantLimitProblems } from '@qiancheng/domain/subsidy/grant-limits';
import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import type { PriorSubsidy, QuoteText } from '@qiancheng/domain/subsidy/quote-types';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { now } from '../../platform/clock';
import type { CredentialsService } from '../credentials/service';
import { priorSubsidy } from './training-input';

/** A subsidy granted on one claim line: whose, under which scheme, for which certificate, how much. */
export interface GrantedLine {
  lineId: string;
  personId: string;
  certificateId: string;
  scheme: 'training' | 'skill_upgrade';
  amountFen: number;
}

/** A line the limits refuse, with every rule it breaks. */
export interface RefusedGrant {
  line: GrantedLine;
  problems: QuoteText[];
  /** The certificate's facts, for the rule texts. */
  occupationCode: string;
}

/**
 * 已享受补贴: the record the limits across schemes read (at most three a year, an occupation and
 * level once, no skill-upgrade subsidy for a certificate that had the training subsidy, one
 * skill-upgrade subsidy a year). A claim's lines are granted when the claim is approved — checked
 * against everything the person was granted, under a lock per person so two approvals cannot both
 * take the last place — and marked paid with the payment; an upheld objection or a recovery takes
 * the grant away again.
 */
export class SubsidyGrantsService {
  constructor(private readonly deps: { credentials: CredentialsService }) {}

  /**
   * Grants the lines of an approved claim, or returns the lines the limits refuse (granting none).
   * The person locks are held to the end of the caller's transaction.
   */
  async grantApproved(
    tx: Transaction,
    regionCode: string,
    lines: readonly GrantedLine[],
    policy: SubsidyPolicy,
  ): Promise<RefusedGrant[]> {
    if (lines.length === 0) return [];
    const personIds = [...new Set(lines.map((line) => line.personId))].sort();
    for (const personId of personIds) {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`subsidy-grants:${personId}`}, 0))`,
      );
    }
    const lineIds = lines.map((line) => line.lineId);
    const rows = await tx
      .select()
      .from(subsidyGrants)
      .where(
        and(
          inArray(subsidyGrants.personId, personIds),
          sql`not (${subsidyGrants.refType} = 'claim_line' and ${inArray(subsidyGrants.refId, lineIds)})`,
        ),
      )
      .orderBy(asc(subsidyGrants.certificateDate));
    const history = new Map<string, PriorSubsidy[]>();
    for (const row of rows) {
      const list = history.get(row.personId) ?? [];
      list.push(priorSubsidy(row));
      history.set(row.personId, list);
    }
    const subjects: GrantSubject[] = [];
    const granted: GrantedLine[] = [];
    const certificates = await this.deps.credentials.findMany(
      lines.map((line) => line.certificateId),
      tx,
    );
    for (const line of lines) {
      const certificate = certificates.get(line.certificateId);
      if (!certificate) continue;
      granted.push(line);
      subjects.push({
        personId: line.personId,
        scheme: line.scheme,
        occupationCode: certificate.occupationCode,
        level: (certificate.skillLevel as SkillLevelCode | null) ?? null,
        certificateDate: certificate.issuedOn,
        certificateId: certificate.id,
        regionCode,
      });
    }
    const refused = grantLimitProblems(subjects, (id) => history.get(id) ?? [], policy);
    if (refused.length > 0) {
      return refused.map(({ index, problems }) => ({
        line: granted[index]!,
        problems,
        occupationCode: subjects[index]!.occupationCode,
      }));
    }
    if (subjects.length > 0) {
      await tx
        .insert(subsidyGrants)
        .values(
          subjects.map((subject, index) => ({
            personId: subject.personId,
            scheme: subject.scheme,
            occupationCode: subject.occupationCode,
            skillLevel: subject.level,
            certificateDate: subject.certificateDate,
            certificateId: subject.certificateId,
            regionCode,
            amountFen: granted[index]!.amountFen,
            refType: 'claim_line',
            refId: granted[index]!.lineId,
          })),
        )
        .onConflictDoNothing();
    }
    return [];
  }

  /** The grants of claim lines just paid. */
  async markPaid(tx: Transaction, lineIds: readonly string[]): Promise<void> {
    if (lineIds.length === 0) return;
    await tx
      .update(subsidyGrants)
      .set({ paidAt: now() })
      .where(
        and(
          eq(subsidyGrants.refType, 'claim_line'),
          inArray(subsidyGrants.refId, [...lineIds]),
          isNull(subsidyGrants.paidAt),
        ),
      );
  }

  /** A person's subsidies granted, oldest certificate first. */
  ofPerson(db: Executor, personId: string) {
    return db
      .select()
      .from(subsidyGrants)
      .where(eq(subsidyGrants.personId, personId))
      .orderBy(asc(subsidyGrants.certificateDate));
  }

  /** The subsidy of a claim line struck or recovered: it no longer counts as enjoyed. */
  async revoke(tx: Transaction, lineId: string): Promise<void> {
    await tx
      .delete(subsidyGrants)
      .where(and(eq(subsidyGrants.refType, 'claim_line'), eq(subsidyGrants.refId, lineId)));
  }
}
