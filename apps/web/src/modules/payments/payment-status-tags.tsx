import {
  PAYMENT_BATCH_STATUS_NAMES,
  PAYMENT_LINE_STATUS_NAMES,
  type PaymentBatchStatus,
  type PaymentLineStatus,
} from '@qiancheng/domain/payments/payment-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const BATCH_COLORS: Record<PaymentBatchStatus, string> = {
  open: 'gold',
  sent: 'processing',
  settled: 'green',
};
const LINE_COLORS: Record<PaymentLineStatus, string> = {
  pending: 'processing',
  paid: 'green',
  failed: 'red',
  resubmitted: 'default',
};

/** 待导出 / 银行处理中 / 已回盘, as the domain names them. */
export function BatchStatusTag({ status }: { status: PaymentBatchStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={BATCH_COLORS[status]} data-testid={`batch-status-${status}`}>
      {PAYMENT_BATCH_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

/** 待银行处理 / 支付成功 / 支付失败 / 已更正重发. */
export function LineStatusTag({ status }: { status: PaymentLineStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={LINE_COLORS[status]} data-testid={`line-status-${status}`}>
      {PAYMENT_LINE_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
