import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/locale-context';
import type { CatalogueChange } from './catalogues-api';
import { catalogueMessages } from './messages';

/** Additions and removals after publication, newest first, each with its reason. */
export function CatalogueChangeLog({ changes }: { changes: CatalogueChange[] }) {
  const t = useT(catalogueMessages);
  if (changes.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noChanges')} />;
  const newestFirst = [...changes].sort(
    (a, b) => dayjs(b.changedAt).valueOf() - dayjs(a.changedAt).valueOf(),
  );
  return (
    <Timeline
      data-testid="catalogue-changes"
      items={newestFirst.map((change) => ({
        key: change.id,
        color: change.action === 'added' ? 'green' : 'red',
        title: dayjs(change.changedAt).format('YYYY-MM-DD HH:mm'),
        content: (
          <>
            <Typography.Text strong>
              {change.action === 'added' ? t('changeAdded') : t('changeRemoved')}
              {change.projectTitle ? `：${change.projectTitle}` : ''}
            </Typography.Text>
            {change.changedByName && (
              <Typography.Text type="secondary"> · {change.changedByName}</Typography.Text>
            )}
            <Typography.Paragraph style={{ margin: 0 }}>{change.reason}</Typography.Paragraph>
          </>
        ),
      }))}
    />
  );
}
