import type { Transaction } from '@qiancheng/db';
import { renderSubsidyText } from '@qiancheng/domain/subsidy/render-subsidy-text';
import { today } from '../../platform/clock';
import { AppError } from '../../platform/http/app-error';
import type { PeopleService } from '../people/service';
import type { SubsidyGrantsService } from '../subsidies/grants';
import type { SubsidyPoliciesService } from '../subsidies/policy-service';
import type { ClaimLineRow, ClaimRow } from './repository';

/** The stages that grant a subsidy; a training subsidy's employment stage is part of the same one. */
const GRANTING_STAGES = ['certification', 'skill_upgrade'];

export interface ApprovalGrantDeps {
  grants: SubsidyGrantsService;
  policies: SubsidyPoliciesService;
  people: PeopleService;
}

/**
 * Grants a claim's subsidies as it is approved, after checking the limits across schemes again
 * against everything each person was granted meanwhile — two claims drafted in the same days from
 * different classes, or two applications of one worker, cannot both take the same place. When a
 * line would break a limit the approval is refused with each such trainee and rule; the reviewer
 * returns the claim, and its institution drafts it again without them.
 */
export async function grantOnApproval(
  tx: Transaction,
  deps: ApprovalGrantDeps,
  claim: ClaimRow,
  included: readonly ClaimLineRow[],
): Promise<void> {
  const lines = included.filter(
    (line) => line.certificateId !== null && line.stage !== null && GRANTING_STAGES.includes(line.stage),
  );
  if (lines.length === 0) return;
  const policy = await deps.policies.effective(claim.regionCode, today(), tx);
  const refused = await deps.grants.grantApproved(
    tx,
    claim.regionCode,
    lines.map((line) => ({
      lineId: line.id,
      personId: line.personId,
      certificateId: line.certificateId!,
      scheme: claim.scheme === 'skill_upgrade' ? 'skill_upgrade' : 'training',
      amountFen: line.amountFen,
    })),
    policy.policy,
  );
  if (refused.length === 0) return;
  const people = await deps.people.summaries(
    tx,
    refused.map((entry) => entry.line.personId),
  );
  throw new AppError('claims.limits_exceeded', {
    params: { count: refused.length },
    details: refused.map(({ line, problems }) => {
      const person = people.get(line.personId);
      const who = person ? `${person.name}（${person.idNumberMasked}）` : line.personId;
      const text = (locale: 'zh-CN' | 'en-US') =>
        problems.map((problem) => renderSubsidyText(problem.code, problem.params, locale));
      return {
        field: 'lines',
        reason: problems[0]!.code,
        params: { lineId: line.lineId, personId: line.personId, rules: problems.map((p) => p.ruleId) },
        messages: {
          'zh-CN': `${who}：${text('zh-CN').join('；')}`,
          'en-US': `${who}: ${text('en-US').join('; ')}`,
        },
      };
    }),
  });
}
