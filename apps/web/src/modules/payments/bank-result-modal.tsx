import { InboxOutlined } from '@ant-design/icons';
import { BANK_RESULT_COLUMNS } from '@qiancheng/domain/payments/bank-result';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Space, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ApiError, type ErrorDetail } from '../../app/api/api-error';
import { columnHeaders } from '../../app/components/xlsx-import/column-headers';
import { ImportErrorsTable } from '../../app/components/xlsx-import/import-errors-table';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { CLAIMS_QUERY_ROOT } from '../claims/claims-api';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { paymentMessages } from './messages';
import { importBankResult, PAYMENTS_QUERY_ROOT } from './payments-api';

const HEADERS = columnHeaders(BANK_RESULT_COLUMNS);
const ACCEPTED = ['.xlsx', '.csv'];

/**
 * 导入银行回盘: the bank's file for a batch, all or nothing. A refused file lists every problem by
 * row and column; an accepted one settles the lines and refreshes the batch, claims and budgets.
 */
export function BankResultModal({
  batchId,
  open,
  onClose,
}: {
  batchId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT(paymentMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [errors, setErrors] = useState<ErrorDetail[] | null>(null);

  const close = () => {
    setFile(null);
    setErrors(null);
    onClose();
  };
  const upload = useMutation({
    mutationFn: (data: File) => importBankResult(batchId, data),
    onSuccess: async (outcome) => {
      message.success(t('imported', { paid: outcome.paid, failed: outcome.failed }));
      await Promise.all(
        [PAYMENTS_QUERY_ROOT, CLAIMS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      close();
    },
    onError: (error) => {
      if (
        error instanceof ApiError &&
        error.status === 400 &&
        error.details.some((d) => d.row !== undefined)
      ) {
        setErrors(error.details);
      } else reportError(error);
    },
  });

  return (
    <Modal
      open={open}
      title={t('importTitle')}
      onCancel={close}
      width={760}
      destroyOnHidden
      data-testid="bank-result-modal"
      footer={
        <Space>
          <Button onClick={close}>{t('cancel')}</Button>
          <Button
            type="primary"
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file?.originFileObj && upload.mutate(file.originFileObj)}
            data-testid="bank-result-upload"
          >
            {t('upload')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text>{t('importStep')}</Typography.Text>
        <Upload.Dragger
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={file ? [file] : []}
          beforeUpload={(chosen) => {
            if (!ACCEPTED.some((ending) => chosen.name.toLowerCase().endsWith(ending))) {
              message.error(t('wrongKind'));
              return Upload.LIST_IGNORE;
            }
            return false;
          }}
          onChange={({ fileList }) => {
            setFile(fileList.at(-1) ?? null);
            setErrors(null);
          }}
          onRemove={() => {
            setFile(null);
            setErrors(null);
          }}
          disabled={upload.isPending}
          data-testid="bank-result-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('chooseFile')}</p>
        </Upload.Dragger>
        {errors && (
          <>
            <Alert type="error" showIcon title={t('importErrors', { count: errors.length })} />
            <ImportErrorsTable errors={errors} headers={HEADERS} />
          </>
        )}
      </Flex>
    </Modal>
  );
}
