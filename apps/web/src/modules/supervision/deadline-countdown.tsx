import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocale } from '../../app/i18n/locale-context';
import { formatTimeLeft, timeLeft } from './countdown';

/**
 * The time left until a deadline, ticking each second on the server's clock; past the deadline it
 * says so. The server decides whether a photo arrived in time, so its clock is the one that counts.
 */
export function DeadlineCountdown({
  deadline,
  clockOffset,
  overdueText,
  leftText,
  'data-testid': testId,
}: {
  deadline: string;
  /** How far the server's clock is ahead of this browser's, in milliseconds (`clockOffset`). */
  clockOffset: number;
  overdueText: string;
  leftText: (time: string) => string;
  'data-testid'?: string;
}) {
  const { locale } = useLocale();
  const [now, setNow] = useState(() => Date.now());
  const left = timeLeft(deadline, now + clockOffset);
  useEffect(() => {
    if (left.overdue) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left.overdue]);
  return left.overdue ? (
    <Typography.Text type="danger" data-testid={testId}>
      {overdueText}
    </Typography.Text>
  ) : (
    <Typography.Text type={left.hours === 0 ? 'warning' : undefined} data-testid={testId}>
      {leftText(formatTimeLeft(left, locale))}
    </Typography.Text>
  );
}
