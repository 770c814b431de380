import { type Executor, paymentBatches, paymentLines, type Transaction } from '@qiancheng/db';
import { claimPayee } from '@qiancheng/domain/claims/claim-lifecycle';
import { type PaymentFileLine, paymentFileCsv } from '@qiancheng/domain/payments/bank-file';
import {
  MAX_BATCH_LINES,
  type PaymentBatchStatus,
  paymentBatchNumber,
  paymentLineNumber,
} from '@qiancheng/domain/payments/payment-lifecycle';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { type FundSourceCode, fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { and, eq, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { assertRecordInScope, effectiveRegion, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClaimsService } from '../claims/service';
import type { InstitutionsService } from '../institutions/service';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import type { Payee, PayeeAccountsService } from './payee-accounts';
import { paymentWorkbook } from './payment-workbook';
import * as repo from './repository';
import type { BatchListQuery, CreateBatchInput } from './schemas';
import { type BatchDetail, type BatchItem, presentBatch, presentImport, presentLine } from './views';

export interface PaymentDeps {
  claims: ClaimsService;
  payees: PayeeAccountsService;
  institutions: InstitutionsService;
  people: PeopleService;
  reference: ReferenceService;
}

const PURPOSE: Record<string, string> = { training: '职业培训补贴', skill_upgrade: '技能提升补贴' };

/** Who a claim pays, by `claimPayee`: its institution, or the worker who applied. */
export function payeeOfClaim(claim: {
  kind: string;
  institutionId: string | null;
  personId: string | null;
}): Payee {
  const payee = claimPayee(claim);
  if (!payee) throw new Error(`no payee rule for claim kind ${claim.kind}`);
  return payee;
}

/** Batches of a region and its subtree. */
function regionRange(region: string): SQL {
  const range = regionCodeRange(region);
  return and(gte(paymentBatches.regionCode, range.from), lt(paymentBatches.regionCode, range.to))!;
}

/** A batch status as a filter: open before export, sent while a line is with the bank, then settled. */
function statusCondition(status: PaymentBatchStatus): SQL {
  const pending = sql`exists (select 1 from ${paymentLines} where ${paymentLines.batchId} = ${paymentBatches.id} and ${paymentLines.status} = 'pending')`;
  if (status === 'open') return isNull(paymentBatches.exportedAt);
  if (status === 'sent') return and(isNotNull(paymentBatches.exportedAt), pending)!;
  return and(isNotNull(paymentBatches.exportedAt), sql`not ${pending}`)!;
}

/**
 * 支付批次: finance of a region gathers its payable claims of one fund source into a batch — one
 * line per claim to its payee's account — and exports the batch's file for the bank. The claims
 * are locked while the batch is made and each is held by one live line (a unique index), so no
 * claim is ever in two batches; no money moves until the bank's result says it was paid.
 */
export class PaymentBatchesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: PaymentDeps,
  ) {}

  async create(tx: Transaction, context: RequestContext, input: CreateBatchInput): Promise<BatchDetail> {
    const actor = context.actor!;
    if (input.claimIds && input.claimIds.length > MAX_BATCH_LINES) {
      throw new AppError('payments.batch_too_large', { params: { limit: MAX_BATCH_LINES } });
    }
    const claims = await this.deps.claims.lockPayableForBatch(tx, actor, {
      fundSource: input.fundSource,
      claimIds: input.claimIds,
      limit: MAX_BATCH_LINES,
    });
    if (claims.length === 0) throw new AppError('payments.nothing_payable');
    const payees = claims.map((claim) => payeeOfClaim(claim));
    const accounts = await this.deps.payees.payable(tx, payees);
    await this.deps.payees.fillFromCards(tx, context, payees, accounts);
    const missing = payees.find((payee) => !accounts.has(`${payee.type}:${payee.id}`));
    if (missing)
      throw new AppError('payments.payee_account_missing', {
        params: { payee: await this.payeeName(tx, missing) },
      });
    const regionCode = actor.regionCode ?? claims[0]!.regionCode;
    const year = Number(today().slice(0, 4));
    const sequence = await repo.nextBatchSequence(tx, regionCode, year);
    const number = paymentBatchNumber(regionCode, year, sequence);
    const totalFen = claims.reduce((sum, claim) => sum + claim.totalFen, 0);
    const [batch] = await tx
      .insert(paymentBatches)
      .values({
        number,
        regionCode,
        year,
        sequence,
        fundSource: input.fundSource,
        lineCount: claims.length,
        totalFen,
        note: input.note || null,
        createdBy: actor.userId,
        // The platform clock's moment, as the export and the result that follow it.
        createdAt: now(),
      })
      .returning();
    try {
      await tx.insert(paymentLines).values(
        claims.map((claim, index) => {
          const payee = payees[index]!;
          const account = accounts.get(`${payee.type}:${payee.id}`)!;
          return {
            batchId: batch!.id,
            position: index + 1,
            lineNumber: paymentLineNumber(number, index + 1),
            claimId: claim.id,
            budgetId: claim.budgetId!,
            payeeType: payee.type,
            payeeId: payee.id,
            accountName: account.accountName,
            accountNumberCipher: account.accountNumberCipher,
            accountNumberMasked: account.accountNumberMasked,
            bankName: account.bankName,
            amountFen: claim.totalFen,
            status: 'pending',
            createdAt: batch!.createdAt,
          };
        }),
      );
    } catch (error) {
      if (String((error as { cause?: unknown })?.cause ?? error).includes('payment_lines_claim_uq')) {
        throw new AppError('payments.lines_taken');
      }
      throw error;
    }
    await this.deps.claims.recordPayment(
      tx,
      context,
      claims.map((claim) => claim.id),
      'in_batch',
      { type: 'paymentBatch', id: batch!.id },
    );
    await appendAudit(tx, context, [
      {
        action: 'payment_batch.create',
        entityType: 'payment_batch',
        entityId: batch!.id,
        after: { number, fundSource: input.fundSource, lineCount: claims.length, totalFen },
      },
    ]);
    return this.detailOf(batch!, tx);
  }

  /** A payee as finance knows it: the institution's name, or a person's name with the masked ID number. */
  private async payeeName(db: Executor, payee: Payee): Promise<string> {
    if (payee.type === 'person') {
      const person = (await this.deps.people.summaries(db, [payee.id])).get(payee.id);
      return person ? `${person.name}（${person.idNumberMasked}）` : payee.id;
    }
    return (await this.deps.institutions.summaries([payee.id], db)).get(payee.id)?.name ?? payee.id;
  }

  async list(actor: Actor, query: BatchListQuery): Promise<{ items: BatchItem[]; total: number }> {
    const region = query.region ? effectiveRegion(actor, query.region) : null;
    const { rows, total } = await repo.listBatches(
      this.platform.db,
      [
        regionScopeFilter(actor, paymentBatches.regionCode),
        region ? regionRange(region) : undefined,
        query.fundSource ? eq(paymentBatches.fundSource, query.fundSource) : undefined,
        query.status ? statusCondition(query.status) : undefined,
      ],
      query,
    );
    const sums = await repo.batchSums(
      this.platform.db,
      rows.map((row) => row.id),
    );
    return { items: rows.map((row) => presentBatch(row, sums.get(row.id))), total };
  }

  async detail(actor: Actor, id: string): Promise<BatchDetail> {
    return this.detailOf(await this.visible(actor, id));
  }

  /**
   * The batch's payment file for the bank, .xlsx or CSV. The first export marks the batch as sent:
   * from then on the bank's result may be imported.
   */
  async exportFile(
    context: RequestContext,
    id: string,
    format: 'xlsx' | 'csv',
  ): Promise<{ fileName: string; body: Buffer | string }> {
    const batch = await this.visible(context.actor!, id);
    const lines = await repo.linesOf(this.platform.db, id);
    const numbers = await repo.claimNumbers(
      this.platform.db,
      lines.map((line) => line.claimId),
    );
    const purpose = PURPOSE[batch.fundSource === 'unemployment_insurance' ? 'skill_upgrade' : 'training']!;
    const fileLines: PaymentFileLine[] = lines.map((line) => ({
      position: line.position,
      lineNumber: line.lineNumber,
      accountName: line.accountName,
      accountNumber: this.platform.vault.decrypt(line.accountNumberCipher),
      bankName: line.bankName,
      amountFen: line.amountFen,
      purpose,
      claimNumber: numbers.get(line.claimId) ?? '',
    }));
    const at = now();
    await this.platform.db.transaction(async (tx) => {
      await tx
        .update(paymentBatches)
        .set({ exportedAt: at, exportedBy: context.actor!.userId })
        .where(and(eq(paymentBatches.id, id), isNull(paymentBatches.exportedAt)));
      await appendAudit(tx, context, [
        { action: 'payment_batch.export', entityType: 'payment_batch', entityId: id, after: { format } },
      ]);
    });
    const source = fundSource(batch.fundSource as FundSourceCode).name['zh-CN'];
    const body =
      format === 'csv'
        ? paymentFileCsv(fileLines)
        : await paymentWorkbook(
            {
              number: batch.number,
              fundSourceName: source,
              regionName: (await this.deps.reference.regionName(batch.regionCode)) ?? batch.regionCode,
            },
            fileLines,
            at,
          );
    return { fileName: `支付文件-${batch.number}.${format}`, body };
  }

  /** A batch of the caller's region, or not found. */
  async visible(actor: Actor, id: string, db: Executor = this.platform.db): Promise<repo.BatchRow> {
    const batch = await repo.findBatch(db, id);
    if (!batch) throw notFound();
    assertRecordInScope(actor, batch.regionCode);
    return batch;
  }

  async detailOf(batch: repo.BatchRow, db: Executor = this.platform.db): Promise<BatchDetail> {
    // One after another: `db` is often a transaction, whose client runs one query at a time.
    const lines = await repo.linesOf(db, batch.id);
    const imports = await repo.importsOf(db, batch.id);
    const sums = await repo.batchSums(db, [batch.id]);
    const numbers = await repo.claimNumbers(
      db,
      lines.map((line) => line.claimId),
    );
    const recoveries = await repo.recoveriesOf(
      db,
      lines.map((line) => line.id),
    );
    return {
      ...presentBatch(batch, sums.get(batch.id)),
      lines: lines.map((line) =>
        presentLine(
          line,
          numbers.get(line.claimId) ?? '',
          recoveries.filter((recovery) => recovery.lineId === line.id),
        ),
      ),
      imports: imports.map(presentImport),
    };
  }
}
