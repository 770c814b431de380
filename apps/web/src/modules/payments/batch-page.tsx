import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { BankResultModal } from './bank-result-modal';
import { CollectModal, CorrectLineModal, RecoverModal } from './line-modals';
import { paymentMessages } from './messages';
import { BatchStatusTag, LineStatusTag } from './payment-status-tags';
import {
  batchFilePath,
  batchQuery,
  PAYMENTS_QUERY_ROOT,
  type PaymentBatchDetail,
  type PaymentLine,
  type PaymentRecovery,
} from './payments-api';

const moment = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');
const money = (fen: number) => yuan(fen, { grouped: true });

/** One payment batch: its totals, the bank file, the bank's result, and each line's outcome. */
export function BatchPage() {
  const t = useT(paymentMessages);
  const { id = '' } = useParams<{ id: string }>();
  const batch = useQuery(batchQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/payments">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={batch} title={t('title')} back={back}>
      {(data) => (
        <>
          <PageTitle
            title={
              <Space wrap>
                <span data-testid="batch-heading">{data.number}</span>
                <BatchStatusTag status={data.status} />
              </Space>
            }
            extra={back}
          />
          <BatchView batch={data} />
        </>
      )}
    </RecordPage>
  );
}

type Dialog =
  | { kind: 'result' }
  | { kind: 'correct'; line: PaymentLine }
  | { kind: 'recover'; line: PaymentLine }
  | { kind: 'collect'; recovery: PaymentRecovery }
  | null;

function BatchView({ batch }: { batch: PaymentBatchDetail }) {
  const t = useT(paymentMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const canManage = can(me.role, 'payments.manage');
  const canRecover = can(me.role, 'payments.recover');
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: PAYMENTS_QUERY_ROOT });

  const columns: TableColumnsType<PaymentLine> = [
    { key: 'position', title: '#', dataIndex: 'position', width: 48 },
    { key: 'lineNumber', title: t('lineNumber'), dataIndex: 'lineNumber' },
    {
      key: 'claim',
      title: t('claimNumber'),
      render: (_, line) => <Link to={`/app/claims/${line.claimId}`}>{line.claimNumber}</Link>,
    },
    { key: 'payee', title: t('payee'), dataIndex: 'accountName' },
    {
      key: 'account',
      title: t('account'),
      render: (_, line) => (
        <Flex vertical>
          <span>{line.accountNumberMasked}</span>
          <Typography.Text type="secondary">{line.bankName}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'amount', title: t('amount'), align: 'right', render: (_, line) => money(line.amountFen) },
    {
      key: 'status',
      title: t('lineStatus'),
      render: (_, line) => (
        <Flex vertical gap={2}>
          <LineStatusTag status={line.status} />
          {line.failureReason && (
            <Typography.Text type="danger">
              {t('failureReason', { reason: line.failureReason })}
            </Typography.Text>
          )}
          {line.correctionReason && (
            <Typography.Text type="secondary">
              {t('correctionReason', { reason: line.correctionReason })}
            </Typography.Text>
          )}
          {line.recoveredFen > 0 && (
            <Typography.Text type="warning">
              {t('recoveredAmount', { yuan: money(line.recoveredFen) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, line) => (
        <Space>
          {canManage && line.status === 'failed' && (
            <Button
              size="small"
              onClick={() => setDialog({ kind: 'correct', line })}
              data-testid={`line-correct-${line.position}`}
            >
              {t('correct')}
            </Button>
          )}
          {canRecover && line.status === 'paid' && line.recoveredFen < line.amountFen && (
            <Button
              size="small"
              danger
              onClick={() => setDialog({ kind: 'recover', line })}
              data-testid={`line-recover-${line.position}`}
            >
              {t('recover')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const recoveries = batch.lines.flatMap((line) => line.recoveries);

  return (
    <Flex vertical gap={16}>
      <Card title={t('facts')}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('fundSource')}>
            {fundSource(batch.fundSource).name[locale]}
          </Descriptions.Item>
          <Descriptions.Item label={t('lineCount')}>{batch.lineCount}</Descriptions.Item>
          <Descriptions.Item label={t('total')}>
            <span data-testid="batch-total">{money(batch.totalFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('pending')}>{money(batch.pendingFen)}</Descriptions.Item>
          <Descriptions.Item label={t('paid')}>
            <span data-testid="batch-paid">{money(batch.paidFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('failed')}>
            <span data-testid="batch-failed">{money(batch.failedFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('recovered')}>{money(batch.recoveredFen)}</Descriptions.Item>
          <Descriptions.Item label={t('createdAt')}>{moment(batch.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exportedAt')}>{moment(batch.exportedAt)}</Descriptions.Item>
          {batch.note && <Descriptions.Item label={t('note')}>{batch.note}</Descriptions.Item>}
        </Descriptions>
        {canManage && (
          <Flex vertical gap={8} style={{ marginTop: 16 }}>
            <Space wrap>
              <DownloadButton
                path={batchFilePath(batch.id)}
                query={{ format: 'xlsx' }}
                fileName={`支付文件-${batch.number}.xlsx`}
                onDownloaded={refresh}
                data-testid="batch-export-xlsx"
              >
                {t('exportXlsx')}
              </DownloadButton>
              <DownloadButton
                path={batchFilePath(batch.id)}
                query={{ format: 'csv' }}
                accept="text/csv"
                fileName={`支付文件-${batch.number}.csv`}
                onDownloaded={refresh}
                data-testid="batch-export-csv"
              >
                {t('exportCsv')}
              </DownloadButton>
              <Button
                icon={<UploadOutlined />}
                disabled={batch.status !== 'sent'}
                onClick={() => setDialog({ kind: 'result' })}
                data-testid="batch-import-result"
              >
                {t('importResult')}
              </Button>
              <LinkButton to="/app/funds">{t('budgetLink')}</LinkButton>
            </Space>
            <Typography.Text type="secondary">{t('exportHint')}</Typography.Text>
          </Flex>
        )}
      </Card>
      <Card title={t('lines')}>
        <Table<PaymentLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={batch.lines}
          pagination={batch.lines.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          data-testid="batch-lines"
        />
      </Card>
      {recoveries.length > 0 && (
        <Card title={t('recoveries')}>
          <List<PaymentRecovery>
            dataSource={recoveries}
            data-testid="batch-recoveries"
            renderItem={(recovery) => (
              <List.Item
                actions={
                  canRecover && recovery.status === 'outstanding'
                    ? [
                        <Button
                          key="collect"
                          size="small"
                          onClick={() => setDialog({ kind: 'collect', recovery })}
                          data-testid="recovery-collect"
                        >
                          {t('collect')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space wrap>
                  <Tag color={recovery.status === 'collected' ? 'green' : 'orange'}>{t(recovery.status)}</Tag>
                  <span>
                    {t('recoveryLine', {
                      at: moment(recovery.decidedAt),
                      yuan: money(recovery.amountFen),
                      reason: recovery.reason,
                    })}
                  </span>
                  {recovery.collectionNote && (
                    <Typography.Text type="secondary">{recovery.collectionNote}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      {batch.imports.length > 0 && (
        <Card title={t('imports')}>
          <List
            size="small"
            dataSource={batch.imports}
            renderItem={(item) => (
              <List.Item>
                {t('importLine', {
                  at: moment(item.importedAt),
                  file: item.fileName ?? '—',
                  paid: item.paidCount,
                  failed: item.failedCount,
                })}
              </List.Item>
            )}
          />
        </Card>
      )}
      <BankResultModal batchId={batch.id} open={dialog?.kind === 'result'} onClose={() => setDialog(null)} />
      {dialog?.kind === 'correct' && <CorrectLineModal line={dialog.line} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'recover' && <RecoverModal line={dialog.line} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'collect' && (
        <CollectModal recovery={dialog.recovery} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
