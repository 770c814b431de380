import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Space, Typography, Upload, type UploadFile } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApiError, type ErrorDetail } from '../../api/api-error';
import { useApiErrorReporter } from '../../forms/use-api-error-reporter';
import { useT } from '../../i18n/locale-context';
import { DownloadButton } from '../download-button';
import { ImportErrorsTable } from './import-errors-table';
import { importMessages } from './messages';

export type ImportMode = 'all' | 'valid';

export interface ImportReport {
  imported: number;
  rejected: number;
  /** All problems found; `errors` may list only the first of them. */
  errorCount: number;
  errors: ErrorDetail[];
}

/** A kind of file other than the .xlsx template the dialog takes by default (a terminal's CSV export). */
export interface ImportFileKind {
  /** The file picker's `accept`. */
  accept: string;
  /** The ending a chosen file's name must have, lower case. */
  extension: string;
  /** What the drop area says. */
  choose: ReactNode;
  /** What a file of another kind is told. */
  wrongKind: string;
}

export interface XlsxImportModalProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The first step: what to download and how to fill it in. */
  templateStep: ReactNode;
  templatePath?: string;
  templateFileName?: string;
  /** The second step: what happens on upload. */
  uploadStep: ReactNode;
  headers: ReadonlyMap<string, string>;
  upload: (file: Blob, mode: ImportMode) => Promise<ImportReport>;
  /** Called after rows were imported: invalidate what shows them. */
  onImported: (report: ImportReport) => void;
  fileKind?: ImportFileKind;
  'data-testid'?: string;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'rejected'; errors: ErrorDetail[] }
  | { kind: 'done'; report: ImportReport };

/**
 * Upload a filled-in .xlsx template. The first attempt imports all or nothing; when rows are wrong
 * the user sees each problem and chooses to fix the file or to import only the rows without problems.
 */
export function XlsxImportModal({
  open,
  onClose,
  title,
  templateStep,
  templatePath,
  templateFileName,
  uploadStep,
  headers,
  upload: uploadFile,
  onImported,
  fileKind,
  ...rest
}: XlsxImportModalProps) {
  const t = useT(importMessages);
  const kind = fileKind ?? {
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
    choose: t('chooseFile'),
    wrongKind: t('onlyXlsx'),
  };
  const { message } = App.useApp();
  const reportError = useApiErrorReporter();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const upload = useMutation({
    mutationFn: ({ data, mode }: { data: Blob; mode: ImportMode }) => uploadFile(data, mode),
    onSuccess: (report) => {
      setOutcome({ kind: 'done', report });
      onImported(report);
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
      title={title}
      onCancel={close}
      footer={footer}
      width={760}
      destroyOnHidden
      data-testid={rest['data-testid']}
    >
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text>1. {templateStep}</Typography.Text>
          {templatePath && (
            <DownloadButton
              path={templatePath}
              fileName={templateFileName ?? 'template.xlsx'}
              data-testid="import-template"
            >
              {t('downloadTemplate')}
            </DownloadButton>
          )}
        </Flex>
        <Typography.Text>2. {uploadStep}</Typography.Text>
        <Upload.Dragger
          accept={kind.accept}
          maxCount={1}
          fileList={file ? [file] : []}
          beforeUpload={(chosen) => {
            if (!chosen.name.toLowerCase().endsWith(kind.extension)) {
              message.error(kind.wrongKind);
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
          <p className="ant-upload-text">{kind.choose}</p>
        </Upload.Dragger>
        {outcome.kind === 'rejected' && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('importErrors', { count: outcome.errors.length })}
              description={t('importErrorsHint')}
            />
            <ImportErrorsTable errors={outcome.errors} headers={headers} />
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
            {outcome.report.errors.length > 0 && (
              <ImportErrorsTable errors={outcome.report.errors} headers={headers} />
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
