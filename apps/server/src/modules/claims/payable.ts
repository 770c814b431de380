import { claimObjections, subsidyClaims, type Transaction } from '@qiancheng/db';
import { CLAIM_STATUS_NAMES, type ClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../platform/http/app-error';
import type { ClaimRow } from './repository';

/**
 * Claims that may be paid: payable after a corrected failure, or under a notice that ended before
 * `today` with no objection still open. The same condition filters the list and picks a batch.
 */
export function payableCondition(today: string): SQL {
  return or(
    eq(subsidyClaims.status, 'payable'),
    and(
      eq(subsidyClaims.status, 'notice'),
      sql`${subsidyClaims.noticeUntil} < ${today}`,
      sql`not exists (select 1 from ${claimObjections} where ${claimObjections.claimId} = ${subsidyClaims.id} and ${claimObjections.status} = 'open')`,
    ),
  )!;
}

/** A status filter as the list shows statuses: a notice past its last day reads as payable. */
export function statusCondition(status: ClaimStatus, today: string): SQL {
  if (status === 'payable') return payableCondition(today);
  if (status === 'notice') {
    return and(
      eq(subsidyClaims.status, 'notice'),
      or(
        sql`${subsidyClaims.noticeUntil} >= ${today}`,
        sql`exists (select 1 from ${claimObjections} where ${claimObjections.claimId} = ${subsidyClaims.id} and ${claimObjections.status} = 'open')`,
      ),
    )!;
  }
  return eq(subsidyClaims.status, status);
}

/**
 * Locks the payable claims a batch takes, oldest approval first: the ones named, each of which must
 * be payable, or every payable claim of the fund source in scope up to `limit`.
 */
export async function lockPayable(
  tx: Transaction,
  scope: SQL | undefined,
  today: string,
  filter: { fundSource: string; claimIds?: readonly string[]; limit: number },
): Promise<ClaimRow[]> {
  if (filter.claimIds) {
    const ids = [...new Set(filter.claimIds)];
    const rows = await tx
      .select()
      .from(subsidyClaims)
      .where(and(scope, inArray(subsidyClaims.id, ids)))
      .orderBy(asc(subsidyClaims.approvedAt), asc(subsidyClaims.number))
      .for('update');
    if (rows.length !== ids.length) throw notFound();
    const payable = new Set(
      (
        await tx
          .select({ id: subsidyClaims.id })
          .from(subsidyClaims)
          .where(and(inArray(subsidyClaims.id, ids), payableCondition(today)))
      ).map((row) => row.id),
    );
    for (const row of rows) {
      if (!payable.has(row.id)) throw notPayable(row, today);
      if (row.fundSource !== filter.fundSource) throw new AppError('payments.mixed_fund_sources');
    }
    return rows;
  }
  return tx
    .select()
    .from(subsidyClaims)
    .where(and(scope, eq(subsidyClaims.fundSource, filter.fundSource), payableCondition(today)))
    .orderBy(asc(subsidyClaims.approvedAt), asc(subsidyClaims.number))
    .limit(filter.limit)
    .for('update');
}

function notPayable(row: ClaimRow, today: string): AppError {
  const status = row.status as ClaimStatus;
  const noticeRuns = status === 'notice' && row.noticeUntil !== null && row.noticeUntil >= today;
  const why =
    status === 'notice'
      ? noticeRuns
        ? {
            zh: `公示期至 ${row.noticeUntil}，期满后方可支付`,
            en: `its notice runs until ${row.noticeUntil}`,
          }
        : { zh: '仍有未处理的公示异议', en: 'an objection is still open' }
      : {
          zh: `当前为“${CLAIM_STATUS_NAMES[status]['zh-CN']}”`,
          en: `it is ${CLAIM_STATUS_NAMES[status]['en-US'].toLowerCase()}`,
        };
  return new AppError('payments.claim_not_payable', {
    params: { number: row.number, why: why.zh, whyEn: why.en },
  });
}
