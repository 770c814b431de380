import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Space, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ApiError, type ErrorDetail } from '../../app/api/api-error';
import { DownloadButton } from '../../app/components/download-button';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { ATTENDANCE_QUERY_ROOT, type ImportReport, uploadTerminalRecords } from './attendance-api';
import { attendanceMessages } from './messages';
import { RecordErrorsTable } from './record-errors-table';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'refused'; errors: ErrorDetail[] }
  | { kind: 'done'; report: ImportReport };

/**
 * Uploads a terminal's CSV file for the class. The first try imports all or nothing; when records
 * are refused, each is listed by row, and the institution either fixes the file or imports only
 * the records without problems.
 */
export function UploadRecordsModal({
  classId,
  open,
  onClose,
}: {
  classId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(attendanceMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const upload = useMutation({
    mutationFn: ({ data, mode }: { data: Blob; mode: 'all' | 'valid' }) =>
      uploadTerminalRecords(classId, data, mode),
    onSuccess: (report) => {
      setOutcome({ kind: 'done', report });
      void queryClient.invalidateQueries({ queryKey: ATTENDANCE_QUERY_ROOT });
    },
    onError: (error) => {
      if (
        error instanceof ApiError &&
        error.status === 400 &&
        error.details.some((d) => d.row !== undefined)
      ) {
        setOutcome({ kind: 'refused', errors: error.details });
      } else reportError(error);
    },
  });
  const send = (mode: 'all' | 'valid') => {
    if (file?.originFileObj) upload.mutate({ data: file.originFileObj, mode });
  };
  const close = () => {
    setFile(null);
    setOutcome({ kind: 'idle' });
    onClose();
  };
  const summary =
    outcome.kind === 'done' &&
    (outcome.report.rejected > 0
      ? t('importPartly', { imported: outcome.report.imported, rejected: outcome.report.rejected })
      : t('importDone', { imported: outcome.report.imported }));

  return (
    <Modal
      open={open}
      title={t('uploadTitle')}
      onCancel={close}
      width={760}
      destroyOnHidden
      data-testid="upload-records-modal"
      footer={
        outcome.kind === 'done' ? (
          <Button type="primary" onClick={close} data-testid="upload-finish">
            {t('done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('cancel')}</Button>
            {outcome.kind === 'refused' ? (
              <Button
                type="primary"
                loading={upload.isPending}
                onClick={() => send('valid')}
                data-testid="upload-valid-only"
              >
                {t('importValidOnly')}
              </Button>
            ) : (
              <Button
                type="primary"
                disabled={!file}
                loading={upload.isPending}
                onClick={() => send('all')}
                data-testid="upload-submit"
              >
                {t('upload')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text>1. {t('uploadStep1')}</Typography.Text>
          <DownloadButton
            path="/api/v1/attendance/terminal-records/template"
            fileName={t('templateFile')}
            accept="text/csv"
            data-testid="upload-template"
          >
            {t('downloadTemplate')}
          </DownloadButton>
        </Flex>
        <Typography.Text>2. {t('uploadStep2')}</Typography.Text>
        <Upload.Dragger
          accept=".csv,text/csv"
          maxCount={1}
          fileList={file ? [file] : []}
          beforeUpload={(chosen) => {
            if (!chosen.name.toLowerCase().endsWith('.csv')) {
              message.error(t('onlyCsv'));
              return Upload.LIST_IGNORE;
            }
            // Kept in the browser until the user presses upload.
            return false;
          }}
          onChange={({ fileList }) => {
            setFile(fileList.at(-1) ?? null);
            setOutcome({ kind: 'idle' });
          }}
          onRemove={() => setFile(null)}
          disabled={upload.isPending}
          data-testid="upload-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('chooseFile')}</p>
        </Upload.Dragger>
        {outcome.kind === 'refused' && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('importErrors', { count: outcome.errors.length })}
              description={t('importErrorsHint')}
              data-testid="upload-refused"
            />
            <RecordErrorsTable errors={outcome.errors} />
          </>
        )}
        {outcome.kind === 'done' && (
          <>
            <Alert
              type={outcome.report.rejected > 0 ? 'warning' : 'success'}
              showIcon
              title={summary}
              data-testid="upload-result"
            />
            {outcome.report.errors.length > 0 && <RecordErrorsTable errors={outcome.report.errors} />}
          </>
        )}
      </Flex>
    </Modal>
  );
}
