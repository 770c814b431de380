import {
  type ApplicationStatus,
  ROUND_STATUS_NAMES,
  type RoundStatus,
  type SelectionMethod,
} from '@qiancheng/domain/institutions/selection';
import { Tag } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';

const ROUND_COLORS: Record<RoundStatus, string> = {
  open: 'blue',
  scoring: 'gold',
  publicized: 'purple',
  effective: 'green',
  cancelled: 'default',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={ROUND_COLORS[status]} data-testid={`round-status-${status}`}>
      {ROUND_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

export function MethodText({ method }: { method: SelectionMethod }) {
  const t = useT(selectionMessages);
  return <>{method === 'scoring' ? t('methodScoring') : t('methodProcurement')}</>;
}

const APPLICATION_TAGS = {
  submitted: ['blue', 'appSubmitted'],
  withdrawn: ['default', 'appWithdrawn'],
  scored: ['gold', 'appScored'],
  selected: ['green', 'appSelected'],
  not_selected: ['default', 'appNotSelected'],
} as const satisfies Record<ApplicationStatus, readonly [string, string]>;

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const t = useT(selectionMessages);
  const [color, key] = APPLICATION_TAGS[status];
  return (
    <Tag color={color} data-testid={`application-status-${status}`}>
      {t(key)}
    </Tag>
  );
}
