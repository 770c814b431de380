import { PROJECT_STATUS_NAMES, type ProjectStatus } from '@qiancheng/domain/projects/project-lifecycle';
import { Tag } from 'antd';
import { useLocale } from '../../app/i18n/locale-context';

const COLORS: Record<ProjectStatus, string> = {
  draft: 'gold',
  published: 'green',
  adjusted: 'cyan',
  withdrawn: 'default',
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { locale } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid={`project-status-${status}`}>
      {PROJECT_STATUS_NAMES[status]?.[locale] ?? status}
    </Tag>
  );
}
