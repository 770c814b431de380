import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { chinaToday } from '../../app/forms/china-today';
import { useT } from '../../app/i18n/locale-context';
import { filingDeadlineQuery } from './calendar-api';
import { calendarMessages } from './messages';

export interface FilingDeadlineHintProps {
  /** The region the class is held in. */
  regionCode: string | null | undefined;
  /** The class's first day, YYYY-MM-DD; nothing shows until it is known. */
  startDate: string | null | undefined;
}

/**
 * 最迟应于 YYYY-MM-DD 备案（开班前 N 个工作日）: the last day a class starting on `startDate` may be
 * filed in the region, from the region's working calendar and filing lead. Meant beside the start
 * date of the class editor; marked when the day has already passed.
 */
export function FilingDeadlineHint({ regionCode, startDate }: FilingDeadlineHintProps) {
  const t = useT(calendarMessages);
  const known = Boolean(regionCode && startDate);
  const deadline = useQuery({ ...filingDeadlineQuery(regionCode ?? '', startDate ?? ''), enabled: known });
  if (!known) return null;
  if (deadline.isPending) return <Spin size="small" />;
  if (deadline.isError) {
    return (
      <Typography.Text type="danger" data-testid="filing-deadline">
        {t('deadlineFailed', { message: deadline.error.message })}
      </Typography.Text>
    );
  }
  const passed = deadline.data.deadline < chinaToday();
  return (
    <Typography.Text type={passed ? 'warning' : 'secondary'} data-testid="filing-deadline">
      {t('deadline', { deadline: deadline.data.deadline, lead: deadline.data.lead })}
      {passed && ` · ${t('deadlinePassed')}`}
    </Typography.Text>
  );
}
