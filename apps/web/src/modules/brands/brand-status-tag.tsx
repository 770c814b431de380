import { BRAND_STATUS_NAMES, type BrandStatus } from '@qiancheng/domain/brands/brand-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<BrandStatus, string> = {
  submitted: 'blue',
  returned: 'orange',
  approved: 'cyan',
  rejected: 'red',
  published: 'green',
};

export function BrandStatusTag({ status }: { status: BrandStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`brand-status-${status}`}>
      {BRAND_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
