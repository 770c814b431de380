import {
  CHANGE_STATUS_NAMES,
  type ChangeStatus,
  CLASS_STATUS_NAMES,
  type ClassStatus,
  ENROLMENT_STATUS_NAMES,
  type EnrolmentStatus,
} from '@qiancheng/domain/classes/class-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const CLASS_COLORS: Record<ClassStatus, string> = {
  draft: 'default',
  filed: 'gold',
  approved: 'blue',
  returned: 'orange',
  in_progress: 'processing',
  completed: 'cyan',
  assessed: 'green',
  closed: 'default',
  cancelled: 'red',
};

export function ClassStatusTag({ status }: { status: ClassStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={CLASS_COLORS[status]} data-testid={`class-status-${status}`}>
      {CLASS_STATUS_NAMES[status][locale]}
    </Tag>
  );
}

const ENROLMENT_COLORS: Record<EnrolmentStatus, string> = {
  enrolled: 'blue',
  attending: 'processing',
  completed: 'green',
  dropped: 'default',
};

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const { locale } = useLocale();
  return <Tag color={ENROLMENT_COLORS[status]}>{ENROLMENT_STATUS_NAMES[status][locale]}</Tag>;
}

const CHANGE_COLORS: Record<ChangeStatus, string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export function ChangeStatusTag({ status }: { status: ChangeStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={CHANGE_COLORS[status]} data-testid={`change-status-${status}`}>
      {CHANGE_STATUS_NAMES[status][locale]}
    </Tag>
  );
}
