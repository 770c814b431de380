import type { CreditStatus } from '@qiancheng/domain/institutions/credit-status';
import type { QualificationState } from '@qiancheng/domain/institutions/qualifications';
import { Tag } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { creditStatusName } from './code-labels';
import type { ReviewStatus } from './institutions-api';
import { institutionMessages } from './messages';

const REVIEW = {
  pending: { color: 'gold', key: 'reviewPending' },
  approved: { color: 'green', key: 'reviewApproved' },
  returned: { color: 'red', key: 'reviewReturned' },
} as const;

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const t = useT(institutionMessages);
  const shown = REVIEW[status];
  return (
    <Tag color={shown?.color} data-testid={`review-status-${status}`}>
      {shown ? t(shown.key) : status}
    </Tag>
  );
}

const CREDIT_COLORS: Record<CreditStatus, string> = {
  normal: 'green',
  warned: 'orange',
  suspended: 'volcano',
  blacklisted: 'red',
};

export function CreditStatusTag({ status }: { status: string }) {
  const { locale } = useLocale();
  return (
    <Tag color={CREDIT_COLORS[status as CreditStatus] ?? 'default'} data-testid={`credit-status-${status}`}>
      {creditStatusName(status, locale)}
    </Tag>
  );
}

const STATES = {
  valid: { color: 'green', key: 'stateValid' },
  expiring: { color: 'orange', key: 'stateExpiring' },
  expired: { color: 'red', key: 'stateExpired' },
  not_yet_valid: { color: 'default', key: 'stateNotYetValid' },
} as const;

export function QualificationStateTag({ state }: { state: QualificationState }) {
  const t = useT(institutionMessages);
  const shown = STATES[state];
  return (
    <Tag color={shown?.color} data-testid={`qualification-state-${state}`}>
      {shown ? t(shown.key) : state}
    </Tag>
  );
}
