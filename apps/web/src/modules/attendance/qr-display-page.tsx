import { FullscreenOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Statistic, Typography, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { CertificateQr } from '../credentials/certificate-qr';
import { qrDisplayQuery } from './attendance-api';
import { chinaClock } from './clock-time';
import { attendanceMessages } from './messages';

/** How often the count of people checked in is refreshed between code changes. */
const COUNT_REFRESH_MS = 5000;

/** A clock that ticks a few times a second, for the countdown. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The side of the largest square the code may take: most of the screen's height, never wider than it. */
function codeSize(): number {
  return Math.floor(Math.min(window.innerHeight * 0.6, window.innerWidth * 0.8));
}

function useCodeSize(): number {
  const [size, setSize] = useState(codeSize);
  useEffect(() => {
    const resize = () => setSize(codeSize());
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  return size;
}

/**
 * The teacher's screen: a session's check-in code across the whole screen, the count of people
 * checked in so far, and a countdown to the next code. The code is fetched again the moment the
 * server's window turns (the server's clock decides, so a wrong classroom PC clock does no harm),
 * and the count every few seconds in between.
 */
export function QrDisplayPage() {
  const t = useT(attendanceMessages);
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { sessionId = '' } = useParams();
  const skew = useRef(0);
  const display = useQuery({
    ...qrDisplayQuery(sessionId),
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data || query.state.error) return COUNT_REFRESH_MS;
      const untilChange = Date.parse(data.refreshAt) - (Date.now() + skew.current) + 150;
      return Math.max(250, Math.min(COUNT_REFRESH_MS, untilChange));
    },
    refetchIntervalInBackground: true,
    retry: false,
  });
  const now = useNow(250);
  const size = useCodeSize();
  useEffect(() => {
    if (display.data) skew.current = Date.parse(display.data.serverTime) - display.dataUpdatedAt;
  }, [display.data, display.dataUpdatedAt]);

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    if (display.data) navigate(`/app/attendance/classes/${display.data.class.id}`);
    else navigate(-1);
  };

  if (display.isPending) return <PageLoading minHeight={window.innerHeight} />;
  // A code that could not be renewed is hidden: it would stop working within a minute anyway.
  const data = display.isError ? undefined : display.data;
  const seconds = data
    ? Math.max(0, Math.ceil((Date.parse(data.refreshAt) - (now + skew.current)) / 1000))
    : 0;
  const url = data ? `${window.location.origin}${data.path}` : '';

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={16}
      style={{
        position: 'fixed',
        inset: 0,
        background: token.colorBgContainer,
        padding: 24,
        overflow: 'auto',
      }}
      data-testid="qr-display"
    >
      <Flex gap={8} style={{ position: 'absolute', top: 16, right: 16 }}>
        <Button
          icon={<FullscreenOutlined />}
          onClick={() => void document.documentElement.requestFullscreen?.()}
          data-testid="qr-fullscreen"
        >
          {t('qrFullscreen')}
        </Button>
        <Button icon={<LogoutOutlined />} onClick={exit} data-testid="qr-exit">
          {t('qrExit')}
        </Button>
      </Flex>
      {!data ? (
        <QueryError error={display.error} onRetry={() => display.refetch()} />
      ) : (
        <>
          <Typography.Title level={2} style={{ margin: 0, textAlign: 'center' }} data-testid="qr-class">
            {data.class.name}（{data.class.code}）
          </Typography.Title>
          <Typography.Text style={{ fontSize: 20 }} data-testid="qr-session">
            {data.session.day} {data.session.startTime}—{data.session.endTime} {data.session.room}
          </Typography.Text>
          <div
            style={{ color: '#000', background: '#fff', padding: 32, lineHeight: 0 }}
            data-testid="qr-code"
            data-checkin-path={data.path}
          >
            <CertificateQr text={url} size={size} label={t('qrLabel')} />
          </div>
          <Typography.Text style={{ fontSize: 18 }}>{t('qrScanHint')}</Typography.Text>
          <Flex gap={48} align="center" wrap justify="center">
            <Statistic
              title={t('qrCheckedIn')}
              value={data.checkedIn.trainees}
              suffix={t('qrOfRoster', { total: data.checkedIn.rosterSize })}
              styles={{ content: { fontSize: 48 } }}
              data-testid="qr-count"
            />
            <Flex vertical gap={4}>
              <Typography.Text type="secondary" data-testid="qr-countdown">
                {t('qrRefresh', { seconds })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('qrTeachers', { count: data.checkedIn.teachers })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('qrWindow', {
                  opens: chinaClock(data.checkWindow.opens),
                  closes: chinaClock(data.checkWindow.closes),
                })}
              </Typography.Text>
            </Flex>
          </Flex>
        </>
      )}
    </Flex>
  );
}
