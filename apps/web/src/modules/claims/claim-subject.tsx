import { CLAIM_KIND_NAMES, type ClaimKind } from '@qiancheng/domain/claims/claim-lifecycle';
import { useLocale } from '../../app/i18n/locale-context';
import { ClassLink } from './class-link';

/**
 * What a claim is for: its class, linked, or for a worker's skill-upgrade application the kind of
 * claim and, where the lines are at hand, the applicant (masked ID number).
 */
export function ClaimSubject({
  claim,
  applicant,
}: {
  claim: { kind: string; classId: string | null };
  applicant?: { name: string; idNumberMasked: string };
}) {
  const { locale } = useLocale();
  if (claim.kind !== 'skill_upgrade') return <ClassLink classId={claim.classId} />;
  const kind = CLAIM_KIND_NAMES[claim.kind as ClaimKind][locale];
  return (
    <span data-testid="claim-applicant">
      {applicant ? `${applicant.name}（${applicant.idNumberMasked}）· ${kind}` : kind}
    </span>
  );
}
