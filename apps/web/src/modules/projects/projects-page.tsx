import { can } from '@qiancheng/domain';
import {
  PROJECT_STATUS_NAMES,
  PROJECT_STATUSES,
  totalHours,
} from '@qiancheng/domain/projects/project-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Input, Select, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { priorityFieldName } from '../reference/code-names';
import { OccupationSelect } from '../reference/occupation-select';
import { PriorityFieldSelect } from '../reference/priority-field-select';
import { RegionCascader } from '../reference/region-cascader';
import { projectMessages } from './messages';
import { ProjectStatusTag } from './project-status-tag';
import { PROJECT_FILTERS, type Project, projectsQuery } from './projects-api';

export function ProjectsPage() {
  const t = useT(projectMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'projects.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(PROJECT_FILTERS);
  const projects = useQuery({ ...projectsQuery(search), placeholderData: keepPreviousData });
  const filtered = PROJECT_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<Project> = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('projectTitle'),
      render: (title: string, project) => (
        <Link to={`/app/projects/${project.id}`} data-testid={`project-link-${project.id}`}>
          {title}
        </Link>
      ),
    },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    {
      key: 'field',
      dataIndex: 'priorityField',
      title: t('priorityField'),
      render: (field: string) => <Tag color="blue">{priorityFieldName(field, locale)}</Tag>,
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'posts', dataIndex: 'postsAvailable', title: t('postsAvailable'), align: 'right' },
    {
      key: 'hours',
      title: t('hours'),
      align: 'right',
      render: (_, project) => totalHours(project) || null,
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, project) => (
        <>
          <ProjectStatusTag status={project.status} />
          {project.version > 1 && <Typography.Text type="secondary">v{project.version}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('updatedAt'),
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <LinkButton to="/app/demand" data-testid="projects-to-demand">
              {t('toDemand')}
            </LinkButton>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {canManage ? (
          <Alert type="info" showIcon title={t('createHint')} />
        ) : (
          <Alert type="info" showIcon title={t('readOnlyNote')} />
        )}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Input.Search
              key={search.q ?? ''}
              defaultValue={search.q}
              placeholder={t('searchPlaceholder')}
              allowClear
              enterButton
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ maxWidth: 280 }}
              data-testid="projects-search"
            />
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={PROJECT_STATUSES.map((value) => ({
                value,
                label: PROJECT_STATUS_NAMES[value][locale],
              }))}
              style={{ minWidth: 130 }}
              data-testid="projects-status-filter"
            />
            <RegionCascader
              root={root}
              value={search.region}
              placeholder={t('allRegions')}
              onChange={(region) => update({ region })}
              style={{ minWidth: 220 }}
            />
            <PriorityFieldSelect
              placeholder={t('allFields')}
              value={search.field}
              onChange={(field) => update({ field })}
              style={{ minWidth: 160 }}
            />
            <OccupationSelect
              value={search.occupation}
              placeholder={t('allOccupations')}
              onChange={(occupation) => update({ occupation })}
              style={{ minWidth: 240 }}
            />
          </Flex>
          <PagedTable
            query={projects}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('noProjectsMatch') : t('noProjects')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="projects-table"
          />
        </Card>
      </Flex>
    </>
  );
}
