import {
  CHECK_KIND_NAMES,
  CHECK_STATUS_NAMES,
  type CheckKind,
  type CheckStatus,
  CONCLUSION_NAMES,
  type Conclusion,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const STATUS_COLORS: Record<CheckStatus, string> = {
  planned: 'blue',
  requested: 'gold',
  submitted: 'purple',
  completed: 'green',
  overdue: 'red',
  cancelled: 'default',
};

const CONCLUSION_COLORS: Record<Conclusion, string> = { ok: 'green', minor: 'orange', serious: 'red' };

export function CheckStatusTag({ status }: { status: CheckStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`check-status-${status}`}>
      {CHECK_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

export function CheckKindText({ kind }: { kind: CheckKind }) {
  const { locale } = useLocale();
  return <>{CHECK_KIND_NAMES[kind][locale]}</>;
}

export function ConclusionTag({ conclusion }: { conclusion: Conclusion }) {
  const { locale } = useLocale();
  return (
    <Tag color={CONCLUSION_COLORS[conclusion]} data-testid={`check-conclusion-${conclusion}`}>
      {CONCLUSION_NAMES[conclusion][locale]}
    </Tag>
  );
}
