import { subsidyClaimLines, subsidyClaims } from '@qiancheng/db';
import { claimNumber } from '@qiancheng/domain/claims/claim-lifecycle';
import { renderSubsidyText } from '@qiancheng/domain/subsidy/render-subsidy-text';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { QuoteService } from '../subsidies/quote-service';
import * as repo from './repository';
import type { UpgradeApplicationInput } from './schemas';
import type { ClaimsService } from './service';
import type { ClaimDetail } from './views';

function isCertificateTaken(error: unknown): boolean {
  return String((error as { cause?: unknown })?.cause ?? error).includes('subsidy_claim_lines_upgrade_uq');
}

/**
 * 技能提升补贴申请: a worker applies for the subsidy of one of their own skill-level certificates.
 * The application is quoted by the calculator's rules (B1–B4, C1–C2) on the day it is made and is
 * refused with every unmet condition when it does not qualify; otherwise it becomes a submitted
 * claim of the worker's region with one line, paid from unemployment insurance to the worker. A
 * certificate is on at most one live application (a partial unique index). From there it is
 * reviewed, approved by another staff member (which checks the limits again), publicly noticed and
 * paid like any claim.
 */
export class UpgradeApplications {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { quotes: QuoteService; claims: ClaimsService },
  ) {}

  async apply(context: RequestContext, input: UpgradeApplicationInput): Promise<ClaimDetail> {
    const actor = context.actor!;
    if (actor.role !== 'worker' || !actor.personId) throw new AppError('common.forbidden');
    const applicationDate = today();
    const { quote, person, certificate } = await this.deps.quotes.certificateUpgrade(
      input.certificateId,
      applicationDate,
      actor.personId,
    );
    if (!quote.eligible) {
      throw new AppError('claims.upgrade_not_eligible', {
        details: quote.unmet.map((unmet) => ({
          field: 'certificateId',
          reason: unmet.code,
          params: { ruleId: unmet.ruleId },
          messages: {
            'zh-CN': renderSubsidyText(unmet.code, unmet.params, 'zh-CN'),
            'en-US': renderSubsidyText(unmet.code, unmet.params, 'en-US'),
          },
        })),
      });
    }
    try {
      const created = await this.platform.db.transaction(async (tx) => {
        const year = Number(applicationDate.slice(0, 4));
        const sequence = await repo.nextSequence(tx, person.regionCode, year);
        const at = now();
        const [claim] = await tx
          .insert(subsidyClaims)
          .values({
            number: claimNumber(person.regionCode, year, sequence),
            kind: 'skill_upgrade',
            scheme: 'skill_upgrade',
            regionCode: person.regionCode,
            year,
            sequence,
            personId: person.id,
            fundSource: quote.fund,
            totalFen: quote.amountFen,
            status: 'submitted',
            note: input.note ?? null,
            createdBy: actor.userId,
            createdAt: at,
            submittedBy: actor.userId,
            submittedAt: at,
          })
          .returning();
        await tx.insert(subsidyClaimLines).values({
          claimId: claim!.id,
          personId: person.id,
          certificateId: certificate.id,
          stage: 'skill_upgrade',
          amountFen: quote.amountFen,
          included: true,
          reasons: [],
          policyVersion: quote.policyVersion,
          ruleIds: quote.ruleIds,
          quote,
        });
        await appendAudit(tx, context, [
          {
            action: 'claim.apply',
            entityType: 'subsidy_claim',
            entityId: claim!.id,
            after: { ...claim, certificate: certificate.number },
          },
        ]);
        return claim!;
      });
      return this.deps.claims.present(created);
    } catch (error) {
      if (isCertificateTaken(error)) throw new AppError('claims.certificate_claimed');
      throw error;
    }
  }
}
