import { DEMAND_STATUS_NAMES, type DemandStatus } from '@qiancheng/domain/demand/demand-line';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<DemandStatus, string> = {
  open: 'green',
  partly_filled: 'cyan',
  filled: 'blue',
  expired: 'default',
  closed: 'default',
};

export function DemandStatusTag({ status }: { status: DemandStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`demand-status-${status}`}>
      {DEMAND_STATUS_NAMES[status]?.[locale] ?? status}
    </Tag>
  );
}
