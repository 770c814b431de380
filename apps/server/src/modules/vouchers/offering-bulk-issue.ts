import { type Transaction, trainingVouchers, voucherOfferings } from '@qiancheng/db';
import { claimProblems, offeringClosedProblems } from '@qiancheng/domain/vouchers/offering-rules';
import type { VoucherKind } from '@qiancheng/domain/vouchers/voucher-rules';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { isRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import type { OfferingView } from './offering-schemas';
import { offeringFacts, type VoucherOfferingsService } from './offerings-service';
import { termsOf, type VouchersService } from './service';

/** The most vouchers one request issues, so its transaction stays bounded; staff repeat for more. */
export const BULK_ISSUE_LIMIT = 500;
const PAGE = 1_000;
const SKIPPED = Symbol('holds a voucher');

export interface BulkIssueOutcome {
  issued: number;
  voucherIds: string[];
  offering: OfferingView;
}

/**
 * 批量发放: staff issue an open offering's vouchers to the registered people of its region who meet
 * its age criteria and hold no unused voucher, in id order, up to what is left of its quantity and
 * at most BULK_ISSUE_LIMIT at a time — each exactly as a claim issues one, in one transaction with
 * the offering row locked (so claims arriving meanwhile wait and the quantity holds). An offering
 * that names target groups is refused: only the worker can declare their group.
 */
export class OfferingBulkIssue {
  constructor(
    private readonly deps: {
      offerings: VoucherOfferingsService;
      vouchers: VouchersService;
      people: PeopleService;
    },
  ) {}

  async issue(tx: Transaction, context: RequestContext, id: string): Promise<BulkIssueOutcome> {
    const offering = await this.deps.offerings.lock(tx, id);
    if (!offering || !isRegionInScope(context.actor!, offering.regionCode))
      throw new AppError('vouchers.offering_not_found');
    if (offering.targetGroups.length > 0) throw new AppError('vouchers.offering_bulk_needs_no_groups');
    const day = today();
    const facts = offeringFacts(offering);
    const [closed] = offeringClosedProblems(facts, day);
    if (closed) {
      throw new AppError(`vouchers.${closed}`, {
        params: { claimFrom: offering.claimFrom, claimTo: offering.claimTo, quantity: offering.quantity },
      });
    }
    const want = Math.min(offering.quantity - offering.claimedCount, BULK_ISSUE_LIMIT);
    const year = Number(day.slice(0, 4));
    // Birth years that can be of age: the exact age on the day is the rule's to decide.
    const bornFrom = `${year - (offering.maxAge ?? 150) - 1}-01-01`;
    const bornTo = offering.minAge === null ? day : `${year - offering.minAge}-12-31`;
    const terms = termsOf({ ...offering, kind: offering.kind as VoucherKind });
    const voucherIds: string[] = [];
    let afterId: string | null = null;
    while (voucherIds.length < want) {
      const page = await this.deps.people.inRegionBornBetween(tx, {
        regionCode: offering.regionCode,
        bornFrom,
        bornTo,
        afterId,
        limit: PAGE,
      });
      if (page.length === 0) break;
      afterId = page.at(-1)!.id;
      const holding = await this.holders(
        tx,
        page.map((person) => person.id),
      );
      for (const person of page) {
        if (voucherIds.length >= want) break;
        const problems = claimProblems(
          { ...facts, claimedCount: offering.claimedCount + voucherIds.length },
          { ...person, holdsUnusedVoucher: holding.has(person.id) },
          day,
        );
        if (problems.length > 0) continue;
        // A savepoint each: someone issued a voucher meanwhile is skipped, not the whole batch.
        const granted = await tx
          .transaction(async (savepoint) => {
            const outcome = await this.deps.vouchers.grant(savepoint, context, person, terms, {
              note: offering.name,
              offeringId: offering.id,
            });
            if ('heldCode' in outcome) throw SKIPPED;
            return outcome.voucher;
          })
          .catch((error: unknown) => {
            if (error === SKIPPED) return null;
            throw error;
          });
        if (granted) voucherIds.push(granted.id);
      }
    }
    const [row] = await tx
      .update(voucherOfferings)
      .set({ claimedCount: sql`${voucherOfferings.claimedCount} + ${voucherIds.length}` })
      .where(eq(voucherOfferings.id, id))
      .returning();
    await appendAudit(tx, context, [
      {
        action: 'voucher_offering.issue_all',
        entityType: 'voucher_offering',
        entityId: id,
        before: { claimedCount: offering.claimedCount },
        after: { claimedCount: row!.claimedCount, issued: voucherIds.length },
      },
    ]);
    return { issued: voucherIds.length, voucherIds, offering: await this.deps.offerings.present(row!) };
  }

  /** Which of these people hold a voucher not yet used and still in date. */
  private async holders(tx: Transaction, personIds: string[]): Promise<Set<string>> {
    const rows = await tx
      .select({ personId: trainingVouchers.personId })
      .from(trainingVouchers)
      .where(
        and(
          inArray(trainingVouchers.personId, personIds),
          eq(trainingVouchers.status, 'issued'),
          gte(trainingVouchers.validUntil, today()),
        ),
      );
    return new Set(rows.map((row) => row.personId));
  }
}
