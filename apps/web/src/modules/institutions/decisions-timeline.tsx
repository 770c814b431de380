import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/locale-context';
import { CreditStatusTag } from './institution-tags';
import type { StatusDecision } from './institutions-api';
import { institutionMessages } from './messages';

const COLORS: Record<string, string> = {
  normal: 'green',
  warned: 'orange',
  suspended: 'red',
  blacklisted: 'red',
};

/** Every credit status decision, newest first, with its period and reason. */
export function DecisionsTimeline({ decisions }: { decisions: StatusDecision[] }) {
  const t = useT(institutionMessages);
  if (decisions.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noDecisions')} />;
  }
  const newestFirst = [...decisions].sort(
    (a, b) => dayjs(b.decidedAt).valueOf() - dayjs(a.decidedAt).valueOf(),
  );
  return (
    <Timeline
      data-testid="institution-decisions"
      items={newestFirst.map((decision) => ({
        key: decision.id,
        color: COLORS[decision.status] ?? 'gray',
        title: dayjs(decision.decidedAt).format('YYYY-MM-DD HH:mm'),
        content: (
          <>
            <CreditStatusTag status={decision.status} />
            <Typography.Text type="secondary">
              {decision.effectiveUntil
                ? t('decisionPeriodUntil', { from: decision.effectiveFrom, until: decision.effectiveUntil })
                : t('decisionPeriod', { from: decision.effectiveFrom })}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0 }}>{decision.reason}</Typography.Paragraph>
          </>
        ),
      }))}
    />
  );
}
