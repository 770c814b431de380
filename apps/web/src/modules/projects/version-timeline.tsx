import { PROJECT_STATUS_NAMES } from '@qiancheng/domain/projects/project-lifecycle';
import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { projectMessages } from './messages';
import type { ProjectVersion } from './projects-api';

const COLORS = { draft: 'gray', published: 'green', adjusted: 'blue', withdrawn: 'red' } as const;

/** Every published version and withdrawal, newest first, with who did it and why. */
export function VersionTimeline({ versions }: { versions: ProjectVersion[] }) {
  const t = useT(projectMessages);
  const { locale } = useLocale();
  if (versions.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noHistory')} />;
  const newestFirst = [...versions].sort(
    (a, b) => b.version - a.version || dayjs(b.createdAt).valueOf() - dayjs(a.createdAt).valueOf(),
  );
  return (
    <Timeline
      data-testid="project-versions"
      items={newestFirst.map((version) => ({
        key: `${version.version}-${version.status}`,
        color: COLORS[version.status] ?? 'gray',
        title: dayjs(version.createdAt).format('YYYY-MM-DD HH:mm'),
        content: (
          <>
            <Typography.Text strong>
              {t('historyEntry', {
                version: version.version,
                status: PROJECT_STATUS_NAMES[version.status]?.[locale] ?? version.status,
              })}
            </Typography.Text>
            {version.createdByName && (
              <Typography.Text type="secondary"> · {version.createdByName}</Typography.Text>
            )}
            {version.reason && (
              <Typography.Paragraph style={{ margin: 0 }}>{version.reason}</Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
