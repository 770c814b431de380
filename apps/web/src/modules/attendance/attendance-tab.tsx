import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Statistic, Tabs } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { PageLoading } from '../../app/components/page-loading';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { classAttendanceQuery } from './attendance-api';
import { ManualEntryModal } from './manual-entry-modal';
import { attendanceMessages } from './messages';
import { RecordsTable } from './records-table';
import { SessionsTable } from './sessions-table';
import { TraineesTable } from './trainees-table';
import { UploadRecordsModal } from './upload-records-modal';

/** Attendance is recorded for classes approved and under way. */
const RUNNING = new Set(['approved', 'in_progress']);

/**
 * A class's attendance, for its institution and for staff, finance and auditors of its region: each
 * trainee's hours and rate with the 80 % flag, the sessions with who checked in, and every record.
 * The institution also opens the QR code of a running session, uploads terminal files and enters
 * attendance by hand here. Mounted by the class page as its attendance tab.
 */
export function AttendanceTab({ classId }: { classId: string }) {
  const t = useT(attendanceMessages);
  const me = useCurrentUser();
  const summary = useQuery({ ...classAttendanceQuery(classId), refetchInterval: 30_000 });
  const [dialog, setDialog] = useState<'upload' | 'manual' | null>(null);
  if (summary.isPending) return <PageLoading />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  const data = summary.data;
  const records = me.role === 'institution' && RUNNING.has(data.class.status);
  return (
    <Flex vertical gap={16} data-testid="attendance-tab">
      <Card>
        <Flex wrap gap={32} justify="space-between" align="center">
          <Flex wrap gap={32}>
            <Statistic title={t('scheduledHours')} value={data.scheduledHours} />
            <Statistic title={t('dueHours')} value={data.dueHours} />
            <Statistic title={t('recordCount')} value={data.totals.records} />
            <Statistic
              title={t('manualCount')}
              value={data.totals.manualEntries}
              data-testid="attendance-manual-total"
            />
            <Statistic
              title={t('flaggedCount')}
              value={data.totals.flagged}
              styles={{ content: data.totals.flagged > 0 ? { color: '#cf1322' } : {} }}
              data-testid="attendance-flagged-total"
            />
          </Flex>
          <Flex wrap gap={8}>
            {records && (
              <>
                <Button
                  icon={<UploadOutlined />}
                  onClick={() => setDialog('upload')}
                  data-testid="open-upload-records"
                >
                  {t('uploadRecords')}
                </Button>
                <Button
                  icon={<EditOutlined />}
                  onClick={() => setDialog('manual')}
                  data-testid="open-manual-entry"
                >
                  {t('manualEntry')}
                </Button>
              </>
            )}
            <DownloadButton
              path={`/api/v1/classes/${classId}/attendance/export`}
              fileName={t('exportFile')}
              data-testid="export-attendance"
            >
              {t('exportSummary')}
            </DownloadButton>
          </Flex>
        </Flex>
      </Card>
      <Alert type="info" showIcon title={t('thresholdNote', { threshold: data.threshold })} />
      <Card>
        <Tabs
          items={[
            { key: 'trainees', label: t('trainees'), children: <TraineesTable summary={data} /> },
            {
              key: 'sessions',
              label: t('sessions'),
              children: <SessionsTable summary={data} canShowQr={records} />,
            },
            { key: 'records', label: t('records'), children: <RecordsTable classId={classId} /> },
          ]}
          data-testid="attendance-tabs"
        />
      </Card>
      {records && (
        <>
          <UploadRecordsModal classId={classId} open={dialog === 'upload'} onClose={() => setDialog(null)} />
          <ManualEntryModal summary={data} open={dialog === 'manual'} onClose={() => setDialog(null)} />
        </>
      )}
    </Flex>
  );
}
