import { can, type Role } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { chinaMoment, clockOffset } from './countdown';
import { ownSupervisionMessages } from './messages';
import { waitingQuery } from './supervision-api';

/** Beside the institution's menu entry: how many remote checks wait for its photo. */
export function WaitingRequestsBadge({ role }: { role: Role }) {
  const waiting = useQuery({ ...waitingQuery, enabled: can(role, 'supervision.respond') });
  const open = waiting.data?.open ?? 0;
  return open > 0 ? (
    <Badge count={open} size="small" style={{ marginInlineStart: 8 }} data-testid="waiting-requests-badge" />
  ) : null;
}

/** At the top of the institution's supervision page while a remote check waits for its photo. */
export function WaitingRequestsAlert() {
  const t = useT(ownSupervisionMessages);
  const waiting = useQuery(waitingQuery);
  if (!waiting.data?.open || !waiting.data.nextDeadlineAt) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('waitingAlert', {
        count: waiting.data.open,
        deadline: chinaMoment(waiting.data.nextDeadlineAt),
      })}
      description={t('waitingHint')}
      style={{ marginBottom: 16 }}
      data-testid="waiting-requests-alert"
    />
  );
}

/** How far the server's clock is ahead of the browser's, from the institution's waiting summary. */
export function useServerClockOffset(): number {
  const waiting = useQuery(waitingQuery);
  return waiting.data ? clockOffset(waiting.data.now, waiting.dataUpdatedAt) : 0;
}
