import { CLAIM_STATUS_NAMES, type ClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<ClaimStatus, string> = {
  draft: 'gold',
  submitted: 'blue',
  reviewed: 'geekblue',
  notice: 'purple',
  payable: 'cyan',
  in_batch: 'processing',
  paid: 'green',
  pay_failed: 'red',
  withdrawn: 'default',
};

/** 草稿 / 待初审 / 待复审 / 公示中 / 待支付 / 支付中 / 已支付 / 支付失败 / 已撤回, as the domain names them. */
export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`claim-status-${status}`}>
      {CLAIM_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
