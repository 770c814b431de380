import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Col, Empty, Flex, Row, Spin, Statistic, Steps, Typography } from 'antd';
import { useCallback } from 'react';
import { withQuery } from '../../app/api/client';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CountChoices } from './count-choices';
import { portalMessages } from './messages';
import { NavigationInstitutions } from './navigation-institutions';
import { NAVIGATION_FILTERS, navigationQuery, publicProjectsQuery } from './portal-api';
import { ProjectCard } from './project-card';
import { RegionTileMap } from './region-tile-map';

const PREVIEW_SIZE = 5;

/**
 * 培训信息导航图: region → priority field → occupation → projects, with the number of published
 * projects at every step. The choices live in the address, so any step can be linked.
 */
export function NavigationPage() {
  const t = useT(portalMessages);
  const [search, update] = useUrlSearch(NAVIGATION_FILTERS);
  const filters = { region: search.region, field: search.field, occupation: search.occupation };
  const navigation = useQuery({ ...navigationQuery(filters), placeholderData: keepPreviousData });
  const preview = useQuery({
    ...publicProjectsQuery({ ...filters, sort: 'newest', page: 1, pageSize: PREVIEW_SIZE }),
    placeholderData: keepPreviousData,
  });

  // A new region keeps the field but not the occupation, which may not exist there.
  const chooseRegion = useCallback((region: string) => update({ region, occupation: undefined }), [update]);
  const chooseField = (field: string | undefined) => update({ field, occupation: undefined });
  const chooseOccupation = (occupation: string | undefined) => update({ occupation });

  if (navigation.isError) {
    return (
      <>
        <PageTitle title={t('navigationTitle')} />
        <QueryError error={navigation.error} onRetry={() => navigation.refetch()} />
      </>
    );
  }
  if (navigation.isPending) {
    return (
      <>
        <PageTitle title={t('navigationTitle')} />
        <Flex justify="center" style={{ padding: 64 }}>
          <Spin />
        </Flex>
      </>
    );
  }

  const nav = navigation.data;
  const fieldName = nav.fields.find((field) => field.code === search.field)?.name;
  const occupationName = nav.occupations.find((occupation) => occupation.code === search.occupation)?.name;
  const step = search.occupation ? 3 : search.field ? 2 : search.region ? 1 : 0;
  const searchLink = withQuery('/projects', filters);
  // Projects run by the region itself (a city's own projects) fall under none of its subregions.
  const ownLevel = nav.total - nav.regions.reduce((sum, region) => sum + region.projects, 0);

  return (
    <>
      <PageTitle title={t('navigationTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('navigationIntro')}
        </Typography.Paragraph>
        <Card size="small">
          <Steps
            current={step}
            size="small"
            items={[
              { title: t('stepRegion'), content: nav.region.name },
              { title: t('stepField'), content: fieldName ?? t('allOfRegion') },
              { title: t('stepOccupation'), content: occupationName ?? t('allOfRegion') },
              { title: t('stepProjects'), content: t('projectsCount', { count: nav.total }) },
            ]}
            data-testid="nav-steps"
          />
        </Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Breadcrumb
            data-testid="nav-breadcrumb"
            items={nav.path.map((place, index) => ({
              key: place.code,
              title:
                index === nav.path.length - 1 ? (
                  place.name
                ) : (
                  <a
                    href={withQuery('/navigation', { ...filters, region: place.code, occupation: undefined })}
                    onClick={(event) => {
                      event.preventDefault();
                      chooseRegion(place.code);
                    }}
                  >
                    {place.name}
                  </a>
                ),
            }))}
          />
          <Statistic
            title={t('totalHere', { name: nav.region.name })}
            value={nav.total}
            data-testid="nav-total"
          />
        </Flex>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('regionsHere')} style={{ height: '100%' }}>
              {nav.regions.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noChildren')} />
              ) : (
                <>
                  <RegionTileMap parent={nav.region} regions={nav.regions} onSelect={chooseRegion} />
                  {ownLevel > 0 && (
                    <Typography.Paragraph
                      type="secondary"
                      style={{ margin: '8px 0 0' }}
                      data-testid="nav-own-level"
                    >
                      {t('ownLevel', { count: ownLevel, name: nav.region.name })}
                    </Typography.Paragraph>
                  )}
                </>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Flex vertical gap={16}>
              <Card title={`1. ${t('fieldsHere')}`}>
                <CountChoices
                  choices={nav.fields}
                  selected={search.field}
                  onSelect={chooseField}
                  testIdPrefix="nav-field"
                  empty={t('noneAtStep')}
                />
              </Card>
              <Card title={`2. ${t('occupationsHere')}`}>
                <CountChoices
                  choices={nav.occupations}
                  selected={search.occupation}
                  onSelect={chooseOccupation}
                  testIdPrefix="nav-occupation"
                  empty={t('noneAtStep')}
                />
              </Card>
            </Flex>
          </Col>
        </Row>
        <Card
          title={`3. ${t('stepProjects')}`}
          extra={
            nav.total > 0 && (
              <LinkButton type="link" to={searchLink} data-testid="nav-see-all">
                {t('seeAll', { count: nav.total })}
              </LinkButton>
            )
          }
        >
          {preview.isError ? (
            <QueryError error={preview.error} onRetry={() => preview.refetch()} />
          ) : preview.data && preview.data.items.length === 0 ? (
            <Empty description={t('noneAtStep')} />
          ) : (
            <Spin spinning={preview.isFetching}>
              <Flex vertical gap={12} data-testid="nav-projects">
                {preview.data?.items.map((project) => (
                  <ProjectCard key={project.id} project={project} />
                ))}
              </Flex>
            </Spin>
          )}
        </Card>
        <NavigationInstitutions filters={filters} />
      </Flex>
    </>
  );
}
