import { CheckCircleFilled } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api/api-error';
import { useT } from '../../app/i18n/locale-context';
import { type CheckInResult, checkIn } from './attendance-api';
import { chinaDateTime } from './clock-time';
import { attendanceMessages } from './messages';

/** How long the phone may look for a position before the check-in goes without one. */
const POSITION_WAIT_MS = 6000;

type Position = { latitude: number; longitude: number; accuracy: number };

/** The phone's position if it gives one in time; check-in never waits on a refusal or a slow fix. */
function currentPosition(): Promise<Position | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), POSITION_WAIT_MS + 500);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        clearTimeout(timer);
        resolve({ latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy });
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
      { enableHighAccuracy: true, timeout: POSITION_WAIT_MS, maximumAge: 60_000 },
    );
  });
}

function Success({ result, located }: { result: CheckInResult; located: boolean }) {
  const t = useT(attendanceMessages);
  return (
    <Result
      icon={<CheckCircleFilled />}
      status="success"
      title={
        <span data-testid="checkin-direction" data-direction={result.direction}>
          {result.direction === 'in' ? t('checkedInOk') : t('checkedOutOk')}
        </span>
      }
      subTitle={
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="checkin-class">
            {result.class.name}（{result.class.code}）
            {result.attendee === 'teacher' && <Tag style={{ marginInlineStart: 8 }}>{t('asTeacher')}</Tag>}
          </Typography.Text>
          <Typography.Text>{t('checkinSession', { ...result.session })}</Typography.Text>
          <Typography.Text>{t('checkinAt', { time: chinaDateTime(result.occurredAt) })}</Typography.Text>
          <Typography.Text type="secondary">
            {located ? t('positionSent') : t('positionMissing')}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Link to="/app/my-attendance">
          <Button>{t('toMyAttendance')}</Button>
        </Link>
      }
      data-testid="checkin-success"
    />
  );
}

/**
 * Where a scanned code lands on the worker's phone (/checkin?t=…). It asks for the position
 * (refusing is fine), sends the code once, and says plainly whether the worker is checked in or
 * out — or why not, in the server's words.
 */
export function CheckInPage() {
  const t = useT(attendanceMessages);
  const [params] = useSearchParams();
  const token = params.get('t')?.trim() ?? '';
  const [stage, setStage] = useState<'locating' | 'sending'>('locating');
  const [located, setLocated] = useState(false);
  const sent = useRef(false);
  const mutation = useMutation({ mutationFn: checkIn });

  useEffect(() => {
    // A code is spent by sending it; the page must not send it twice (React runs effects twice in development).
    if (!token || sent.current) return;
    sent.current = true;
    void currentPosition().then((position) => {
      setLocated(position !== null);
      setStage('sending');
      mutation.mutate({
        token,
        device: navigator.userAgent.slice(0, 500),
        ...(position ? { position } : {}),
      });
    });
  }, [token, mutation.mutate]);

  return (
    <Flex justify="center" style={{ padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 520 }} title={t('checkinTitle')} data-testid="checkin-page">
        {!token ? (
          <Result status="warning" title={t('noToken')} data-testid="checkin-no-token" />
        ) : mutation.isSuccess ? (
          <Success result={mutation.data} located={located} />
        ) : mutation.isError ? (
          <Result
            status="error"
            title={t('checkinFailed')}
            subTitle={
              <Flex vertical gap={4}>
                <Typography.Text data-testid="checkin-error">{mutation.error.message}</Typography.Text>
                {/* Only a fresh code helps with a code problem; other refusals say what to do themselves. */}
                {mutation.error instanceof ApiError &&
                  mutation.error.code.startsWith('attendance.token_') && (
                    <Typography.Text type="secondary">{t('rescan')}</Typography.Text>
                  )}
              </Flex>
            }
            data-testid="checkin-failure"
          />
        ) : (
          <Flex vertical align="center" gap={12} style={{ padding: 32 }}>
            <Spin size="large" />
            <Typography.Text>{stage === 'locating' ? t('locating') : t('checkingIn')}</Typography.Text>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
