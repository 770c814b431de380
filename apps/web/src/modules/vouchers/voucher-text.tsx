import { VOUCHER_STATUS_NAMES, type VoucherStatus } from '@qiancheng/domain/vouchers/voucher-rules';
import { Tag } from 'antd';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { voucherMessages } from './messages';
import type { Voucher } from './vouchers-api';

const COLORS: Record<VoucherStatus, string> = {
  issued: 'blue',
  redeemed: 'green',
  settled: 'cyan',
  expired: 'default',
  cancelled: 'red',
};

export function VoucherStatusTag({ status }: { status: VoucherStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`voucher-status-${status}`}>
      {VOUCHER_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

/** What a voucher is worth, as people say it: 2,000.00 元, or 80% of the fee up to 1,200.00 元. */
export function useVoucherWorth(): (
  voucher: Pick<Voucher, 'kind' | 'faceValueFen' | 'percentBasisPoints' | 'capFen'>,
) => string {
  const t = useT(voucherMessages);
  return (voucher) =>
    voucher.kind === 'face_value'
      ? t('faceValueText', { yuan: yuan(voucher.faceValueFen ?? 0, { grouped: true }) })
      : t('percentageText', {
          percent: (voucher.percentBasisPoints ?? 0) / 100,
          yuan: yuan(voucher.capFen ?? 0, { grouped: true }),
        });
}
