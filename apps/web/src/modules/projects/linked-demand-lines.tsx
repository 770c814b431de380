import { Empty, Typography } from 'antd';
import { ItemList } from '../../app/components/item-list';
import { useT } from '../../app/i18n/locale-context';
import { DemandStatusTag } from '../demand/demand-status-tag';
import { projectMessages } from './messages';
import type { LinkedDemandLine } from './projects-api';

/** The demand a project answers: which enterprises want how many people. */
export function LinkedDemandLines({ lines }: { lines: LinkedDemandLine[] }) {
  const t = useT(projectMessages);
  if (lines.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noDemandLines')} />;
  return (
    <ItemList
      testId="project-demand-lines"
      items={lines.map((line) => ({
        key: line.id,
        content: (
          <>
            <Typography.Text strong>{line.enterpriseName}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {line.regionName} · {t('openPosts', { open: line.openPosts, headcount: line.headcount })} ·{' '}
              {line.deadline}
            </Typography.Paragraph>
          </>
        ),
        extra: <DemandStatusTag status={line.status} />,
      }))}
    />
  );
}
