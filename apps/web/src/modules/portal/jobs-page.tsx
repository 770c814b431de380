import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { withQuery } from '../../app/api/client';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { skillLevelName } from '../reference/code-names';
import { portalMessages } from './messages';
import { PlaceFilters } from './place-filters';
import { JOB_FILTERS, type PublicJob, publicJobsQuery } from './portal-api';

/** Open posts from enterprises' demand, with a way from each post to the training for it. */
export function JobsPage() {
  const t = useT(portalMessages);
  const { locale } = useLocale();
  const [search, update] = useUrlSearch(JOB_FILTERS);
  const jobs = useQuery({ ...publicJobsQuery(search), placeholderData: keepPreviousData });

  const columns: TableColumnsType<PublicJob> = [
    {
      key: 'occupation',
      title: t('occupation'),
      width: 280,
      render: (_, job) => (
        <>
          <Typography.Text strong>{job.occupationName}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: true }}>
            {job.skillRequirements}
          </Typography.Paragraph>
        </>
      ),
    },
    { key: 'enterprise', dataIndex: 'enterpriseName', title: t('enterprise') },
    { key: 'region', dataIndex: 'regionName', title: t('workplace') },
    {
      key: 'level',
      dataIndex: 'skillLevel',
      title: t('skillLevel'),
      render: (level: string | null) => (level ? skillLevelName(level, locale) : t('anyLevel')),
    },
    { key: 'posts', dataIndex: 'postsOpen', title: t('postsOpen'), align: 'right' },
    {
      key: 'wage',
      title: t('wage'),
      render: (_, job) => t('wageRange', { min: job.wageMin, max: job.wageMax }),
    },
    { key: 'deadline', dataIndex: 'deadline', title: t('deadline') },
    {
      key: 'training',
      title: t('relatedProjects'),
      render: (_, job) => (
        <Link to={withQuery('/projects', { occupation: job.occupationCode })}>{t('relatedProjects')}</Link>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('jobsTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('jobsIntro')}
        </Typography.Paragraph>
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Input.Search
              key={search.q ?? ''}
              defaultValue={search.q}
              placeholder={t('jobsSearch')}
              allowClear
              enterButton
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ maxWidth: 300 }}
              data-testid="jobs-search"
            />
            <PlaceFilters search={search} update={update} />
          </Flex>
          <PagedTable
            query={jobs}
            paging={search}
            onPage={update}
            columns={columns}
            scroll={{ x: 1000 }}
            empty={t('noJobs')}
            pager="sizeChanger"
            totalText={(total) => t('jobsTotal', { total })}
            data-testid="jobs-table"
          />
        </Card>
      </Flex>
    </>
  );
}
