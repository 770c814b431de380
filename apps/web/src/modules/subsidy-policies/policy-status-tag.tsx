import { POLICY_STATUS_NAMES, type PolicyStatus } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<PolicyStatus, string> = {
  draft: 'gold',
  submitted: 'blue',
  published: 'green',
  withdrawn: 'default',
};

/** 草稿 / 待审核 / 已发布 / 已废止, named as the domain names them. */
export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`policy-status-${status}`}>
      {POLICY_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
