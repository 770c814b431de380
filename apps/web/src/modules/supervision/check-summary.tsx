import { Card, Descriptions, Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { CheckKindText, CheckStatusTag } from './check-tags';
import { chinaMoment, clockOffset } from './countdown';
import { DeadlineCountdown } from './deadline-countdown';
import { supervisionMessages } from './messages';
import type { CheckDetail, CheckSession } from './supervision-api';

export function useSessionText() {
  const t = useT(supervisionMessages);
  return (session: CheckSession) =>
    t('sessionValue', {
      day: session.day,
      start: session.startTime,
      end: session.endTime,
      room: session.room,
    });
}

/**
 * What a check is of: the class, its institution and dates, and when the check happens.
 * `receivedAt` is when the browser received the check, to count down on the server's clock.
 */
export function CheckSummary({ check, receivedAt }: { check: CheckDetail; receivedAt: number }) {
  const t = useT(supervisionMessages);
  const sessionText = useSessionText();
  return (
    <Card title={t('basics')}>
      <Descriptions column={{ xs: 1, md: 2 }} data-testid="check-summary">
        <Descriptions.Item label={t('kind')}>
          <CheckKindText kind={check.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('status')}>
          <CheckStatusTag status={check.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('class')}>
          <Space wrap>
            <span>
              {check.classCode} {check.className}
            </span>
            <Link to={`/app/supervision?classId=${check.classId}`} data-testid="check-class-checks">
              {t('classChecks')}
            </Link>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('institution')}>
          <Link to={`/app/institutions/${check.institutionId}`}>{check.institutionName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('region')}>{check.regionName ?? check.regionCode}</Descriptions.Item>
        <Descriptions.Item label={t('classPeriod')}>
          {t('periodValue', { start: check.classStartDate, end: check.classEndDate })}
        </Descriptions.Item>
        <Descriptions.Item label={t('rosterSize')}>
          {t('peopleValue', { count: check.rosterSize })}
        </Descriptions.Item>
        <Descriptions.Item label={t('sample')}>
          {check.sampleId ? (
            <Link to={`/app/supervision/samples/${check.sampleId}`}>{t('open')}</Link>
          ) : (
            t('singleCheck')
          )}
        </Descriptions.Item>
        {check.plannedOn && <Descriptions.Item label={t('plannedOn')}>{check.plannedOn}</Descriptions.Item>}
        <Descriptions.Item label={t('session')}>
          {check.session ? sessionText(check.session) : t('noSession')}
        </Descriptions.Item>
        {check.deadlineAt && (
          <Descriptions.Item label={t('deadline')}>
            {chinaMoment(check.deadlineAt)}
            {check.status === 'requested' && (
              <>
                {'　'}
                <DeadlineCountdown
                  deadline={check.deadlineAt}
                  clockOffset={clockOffset(check.readAt, receivedAt)}
                  overdueText={t('overdue')}
                  leftText={(time) => t('timeLeft', { time })}
                  data-testid="check-countdown"
                />
              </>
            )}
          </Descriptions.Item>
        )}
        {check.instructions && (
          <Descriptions.Item label={t('instructions')}>{check.instructions}</Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
