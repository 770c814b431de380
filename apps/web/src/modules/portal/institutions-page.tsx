import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { institutionTypeName } from '../institutions/code-labels';
import { portalInstitutionMessages } from './institution-messages';
import { PlaceFilters } from './place-filters';
import { INSTITUTION_FILTERS, type PublicInstitution, publicInstitutionsQuery } from './portal-api';

/** 承训机构 on the portal: institutions whose selection took effect, by region, field and occupation. */
export function PortalInstitutionsPage() {
  const t = useT(portalInstitutionMessages);
  const { locale } = useLocale();
  const [search, update] = useUrlSearch(INSTITUTION_FILTERS);
  const institutions = useQuery({ ...publicInstitutionsQuery(search), placeholderData: keepPreviousData });
  const filtered = INSTITUTION_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<PublicInstitution> = [
    {
      key: 'name',
      title: t('name'),
      render: (_, institution) => (
        <Flex vertical gap={2}>
          <Link to={`/institutions/${institution.id}`} data-testid={`portal-institution-${institution.id}`}>
            {institution.name}
          </Link>
          <Typography.Text type="secondary">{institutionTypeName(institution.type, locale)}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    {
      key: 'occupations',
      title: t('occupations'),
      render: (_, institution) => (
        <Space size={[4, 4]} wrap>
          {institution.occupations.map((occupation) => (
            <Tag key={occupation.code}>{occupation.name}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'projects',
      title: t('projects'),
      render: (_, institution) => (
        <Flex vertical gap={2}>
          {institution.projects.map((project) => (
            <Link key={project.id} to={`/projects/${project.id}`}>
              {project.title}
            </Link>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <PlaceFilters
              search={search}
              update={update}
              fieldWidth={160}
              testIds={{ region: 'portal-institutions-region', field: 'portal-institutions-field' }}
            />
          </Flex>
          <PagedTable
            query={institutions}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('emptyMatch') : t('empty')}
            pager="hideOnSinglePage"
            totalText={(total) => t('total', { total })}
            data-testid="portal-institutions"
          />
        </Card>
      </Flex>
    </>
  );
}
