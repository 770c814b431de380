import { FUND_SOURCES, type FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Form, Input, Modal, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSubmissionKey } from '../../app/api/submission-key';
import { yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { CLAIMS_QUERY_ROOT, type ClaimItem, claimsQuery } from '../claims/claims-api';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { paymentMessages } from './messages';
import { createBatch, PAYMENTS_QUERY_ROOT } from './payments-api';

const CREATE_OK = { 'data-testid': 'batch-create-ok' };

/** The most payable claims the dialog lists at once; a larger backlog is paid in several batches. */
const LISTED = 200;

/**
 * 生成支付批次: the payable claims of a fund source, all ticked to begin with; finance unticks what
 * is not to be paid now, adds a note, and makes the batch, then lands on it.
 */
export function CreateBatchModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(paymentMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const submission = useSubmissionKey();
  const [fund, setFund] = useState<FundSourceCode>('employment_subsidy');
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const payable = useQuery({
    ...claimsQuery({ status: 'payable', fundSource: fund, page: 1, pageSize: LISTED }),
    enabled: open,
  });
  const items = payable.data?.items ?? [];
  useEffect(() => {
    setSelected((payable.data?.items ?? []).map((claim) => claim.id));
  }, [payable.data]);

  const create = useMutation({
    mutationFn: () => {
      const body = { fundSource: fund, claimIds: selected, ...(note.trim() ? { note: note.trim() } : {}) };
      return createBatch(body, submission.for(body));
    },
    onSuccess: async (batch) => {
      submission.reset();
      message.success(t('created', { number: batch.number }));
      await Promise.all(
        [PAYMENTS_QUERY_ROOT, CLAIMS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      onClose();
      navigate(`/app/payments/${batch.id}`);
    },
    onError: reportError,
  });

  const submit = () => {
    setTouched(true);
    if (selected.length > 0) create.mutate();
  };
  const selectedFen = items
    .filter((claim) => selected.includes(claim.id))
    .reduce((n, c) => n + c.totalFen, 0);
  const columns: TableColumnsType<ClaimItem> = [
    { key: 'number', title: t('claimNumber'), dataIndex: 'number' },
    {
      key: 'total',
      title: t('claimTotal'),
      align: 'right',
      render: (_, claim) => yuan(claim.totalFen, { grouped: true }),
    },
    { key: 'noticeUntil', title: t('noticeUntil'), render: (_, claim) => claim.noticeUntil ?? '—' },
  ];

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      onCancel={onClose}
      onOk={submit}
      okText={t('createOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...CREATE_OK, loading: create.isPending }}
      width={720}
      destroyOnHidden
      data-testid="batch-create-modal"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('createHint')}</Typography.Text>
        <Form layout="vertical" component="div">
          <Form.Item label={t('fundSource')} required>
            <Select<FundSourceCode>
              value={fund}
              onChange={setFund}
              options={FUND_SOURCES.map((source) => ({ value: source.code, label: source.name[locale] }))}
              data-testid="batch-fund"
            />
          </Form.Item>
          <Form.Item
            label={t('payableClaims')}
            required
            validateStatus={touched && selected.length === 0 ? 'error' : undefined}
            help={
              touched && selected.length === 0
                ? t('selectRequired')
                : t('selected', {
                    count: selected.length,
                    yuan: yuan(selectedFen, { grouped: true }),
                  })
            }
          >
            <Table<ClaimItem>
              size="small"
              rowKey="id"
              loading={payable.isLoading}
              columns={columns}
              dataSource={items}
              pagination={items.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
              locale={{ emptyText: t('noPayable') }}
              data-testid="batch-claims"
            />
          </Form.Item>
          <Form.Item label={t('note')}>
            <Input
              value={note}
              maxLength={500}
              placeholder={t('notePlaceholder')}
              onChange={(event) => setNote(event.target.value)}
              data-testid="batch-note"
            />
          </Form.Item>
        </Form>
        {payable.isError && <Alert type="error" showIcon title={String(payable.error.message)} />}
      </Flex>
    </Modal>
  );
}
