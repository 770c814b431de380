import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Space, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ApiError, type ErrorDetail } from '../../app/api/api-error';
import { DownloadButton } from '../../app/components/download-button';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { DEMAND_QUERY_ROOT, type ImportMode, type ImportReport, importDemand } from './demand-api';
import { ImportErrorsTable } from './import-errors-table';
import { demandMessages } from './messages';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'rejected'; errors: ErrorDetail[] }
  | { kind: 'done'; report: ImportReport };

/**
 * Upload a filled-in template. The first attempt imports all or nothing; when rows are wrong the
 * user sees each problem and chooses to fix the file or to import only the rows without problems.
 */
export function ImportDemandModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(demandMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const upload = useMutation({
    mutationFn: ({ data, mode }: { data: Blob; mode: ImportMode }) => importDemand(data, mode),
    onSuccess: (report) => {
      setOutcome({ kind: 'done', report });
      void queryClient.invalidateQueries({ queryKey: DEMAND_QUERY_ROOT });
      message.success(
        report.rejected > 0
          ? t('importPartly', { imported: report.imported, rejected: report.rejected })
          : t('importDone', { imported: report.imported }),
      );
    },
    onError: (error) => {
      if (
        error instanceof ApiError &&
        error.status === 400 &&
        error.details.some((d) => d.row !== undefined)
      ) {
        setOutcome({ kind: 'rejected', errors: error.details });
      } else {
        reportError(error);
      }
    },
  });

  const send = (mode: ImportMode) => {
    const data = file?.originFileObj;
    if (data) upload.mutate({ data, mode });
  };

  const reset = () => {
    setFile(null);
    setOutcome({ kind: 'idle' });
  };

  const close = () => {
    reset();
    onClose();
  };

  const footer =
    outcome.kind === 'done' ? (
      <Button type="primary" onClick={close} data-testid="import-finish">
        {t('done')}
      </Button>
    ) : outcome.kind === 'rejected' ? (
      <Space>
        <Button onClick={close} data-testid="import-cancel">
          {t('cancel')}
        </Button>
        <Button
          type="primary"
          loading={upload.isPending}
          onClick={() => send('valid')}
          data-testid="import-valid-only"
        >
          {t('importValidOnly')}
        </Button>
      </Space>
    ) : (
      <Space>
        <Button onClick={close}>{t('cancel')}</Button>
        <Button
          type="primary"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => send('all')}
          data-testid="import-upload"
        >
          {t('upload')}
        </Button>
      </Space>
    );

  return (
    <Modal
      open={open}
      title={t('importTitle')}
      onCancel={close}
      footer={footer}
      width={760}
      destroyOnHidden
      data-testid="import-demand-modal"
    >
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text>1. {t('importStep1')}</Typography.Text>
          <DownloadButton
            path="/api/v1/demand/import-template"
            fileName={t('templateFile')}
            data-testid="import-template"
          >
            {t('downloadTemplate')}
          </DownloadButton>
        </Flex>
        <Typography.Text>2. {t('importStep2')}</Typography.Text>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={file ? [file] : []}
          beforeUpload={(chosen) => {
            if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
              message.error(t('onlyXlsx'));
              return Upload.LIST_IGNORE;
            }
            // Kept in the browser: the file goes up only when the user presses upload.
            return false;
          }}
          onChange={({ fileList }) => {
            setFile(fileList.at(-1) ?? null);
            setOutcome({ kind: 'idle' });
          }}
          onRemove={reset}
          disabled={upload.isPending}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('chooseFile')}</p>
        </Upload.Dragger>
        {outcome.kind === 'rejected' && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('importErrors', { count: outcome.errors.length })}
              description={t('importErrorsHint')}
            />
            <ImportErrorsTable errors={outcome.errors} />
          </>
        )}
        {outcome.kind === 'done' && (
          <>
            <Alert
              type={outcome.report.rejected > 0 ? 'warning' : 'success'}
              showIcon
              title={
                outcome.report.rejected > 0
                  ? t('importPartly', {
                      imported: outcome.report.imported,
                      rejected: outcome.report.rejected,
                    })
                  : t('importDone', { imported: outcome.report.imported })
              }
              data-testid="import-result"
            />
            {outcome.report.errors.length > 0 && <ImportErrorsTable errors={outcome.report.errors} />}
          </>
        )}
      </Flex>
    </Modal>
  );
}
