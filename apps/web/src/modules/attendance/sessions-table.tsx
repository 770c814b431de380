import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { ClassAttendance, SessionAttendance } from './attendance-api';
import { attendanceLabels } from './attendance-labels';
import { attendanceMessages } from './messages';

const STATE_COLORS = { upcoming: 'default', open: 'processing', over: 'success' } as const;

/** The timetable with who checked in per session; the institution opens a running session's code here. */
export function SessionsTable({ summary, canShowQr }: { summary: ClassAttendance; canShowQr: boolean }) {
  const t = useT(attendanceMessages);
  const { locale } = useLocale();
  const labels = attendanceLabels(locale);
  const navigate = useNavigate();
  const rosterSize = summary.trainees.length;
  const columns: TableColumnsType<SessionAttendance> = [
    { key: 'day', dataIndex: 'day', title: t('day') },
    { key: 'time', title: t('time'), render: (_, s) => `${s.startTime}—${s.endTime}` },
    { key: 'room', dataIndex: 'room', title: t('room') },
    { key: 'kind', dataIndex: 'kind', title: t('kind'), render: (kind: string) => labels.kind(kind) },
    { key: 'hours', dataIndex: 'hours', title: t('hours'), align: 'right' },
    {
      key: 'state',
      title: t('state'),
      render: (_, s) =>
        s.cancelled ? <Tag>{t('cancelled')}</Tag> : <Tag color={STATE_COLORS[s.state]}>{t(s.state)}</Tag>,
    },
    {
      key: 'present',
      title: t('traineesPresent'),
      align: 'right',
      render: (_, s) => (
        <span data-testid={`session-present-${s.id}`}>
          {s.traineesPresent} / {rosterSize}
        </span>
      ),
    },
    { key: 'teacher', title: t('teacherPresent'), render: (_, s) => (s.teacherPresent ? t('yes') : t('no')) },
    { key: 'manual', dataIndex: 'manualEntries', title: t('manualCount'), align: 'right' },
    {
      key: 'actions',
      render: (_, s) =>
        canShowQr &&
        !s.cancelled &&
        s.state === 'open' && (
          <Button
            type="primary"
            icon={<QrcodeOutlined />}
            onClick={() => navigate(`/app/attendance/sessions/${s.id}/qr`)}
            data-testid={`show-qr-${s.id}`}
          >
            {t('showQr')}
          </Button>
        ),
    },
  ];
  return (
    <Table<SessionAttendance>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={summary.sessions}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="attendance-sessions"
    />
  );
}
