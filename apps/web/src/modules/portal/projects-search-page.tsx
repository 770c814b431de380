import { TRAINING_MODE_NAMES, TRAINING_MODES } from '@qiancheng/domain/projects/project-lifecycle';
import { SKILL_LEVELS } from '@qiancheng/domain/reference/skill-levels';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Pagination, Segmented, Select, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { codeOptions } from '../reference/code-names';
import { portalMessages } from './messages';
import { PlaceFilters } from './place-filters';
import { PROJECT_SEARCH_FILTERS, publicProjectsQuery, SORTS } from './portal-api';
import { ProjectCard } from './project-card';

const SORT_KEYS = { relevance: 'sortRelevance', newest: 'sortNewest', hours: 'sortHours' } as const;

/**
 * Public project search. Every filter lives in the address, so a search can be shared as a link
 * (the navigation map links here with its region, field and occupation).
 */
export function ProjectsSearchPage() {
  const t = useT(portalMessages);
  const { locale } = useLocale();
  const [, setParams] = useSearchParams();
  const [search, update] = useUrlSearch(PROJECT_SEARCH_FILTERS, 10);
  const results = useQuery({ ...publicProjectsQuery(search), placeholderData: keepPreviousData });
  const sort = search.sort ?? (search.q ? 'relevance' : 'newest');
  const filtered = PROJECT_SEARCH_FILTERS.some((key) => key !== 'sort' && search[key]);

  return (
    <>
      <PageTitle title={t('projectsTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('projectsIntro')}
        </Typography.Paragraph>
        <Input.Search
          key={search.q ?? ''}
          defaultValue={search.q}
          placeholder={t('searchPlaceholder')}
          enterButton={t('search')}
          size="large"
          allowClear
          onSearch={(q) => update({ q: q.trim() || undefined })}
          data-testid="portal-search"
        />
        <Flex wrap gap={12}>
          <PlaceFilters
            search={search}
            update={update}
            testIds={{
              region: 'portal-region-filter',
              field: 'portal-field-filter',
              occupation: 'portal-occupation-filter',
            }}
          />
          <Select<string>
            allowClear
            placeholder={t('allLevels')}
            value={search.level}
            onChange={(level) => update({ level })}
            options={codeOptions(SKILL_LEVELS, locale)}
            style={{ minWidth: 150 }}
            data-testid="portal-level-filter"
          />
          <Select<string>
            allowClear
            placeholder={t('allModes')}
            value={search.mode}
            onChange={(mode) => update({ mode })}
            options={TRAINING_MODES.map((value) => ({ value, label: TRAINING_MODE_NAMES[value][locale] }))}
            style={{ minWidth: 130 }}
            data-testid="portal-mode-filter"
          />
          <Select<string>
            allowClear
            placeholder={t('allGroups')}
            value={search.group}
            onChange={(group) => update({ group })}
            options={codeOptions(TARGET_GROUPS, locale)}
            style={{ minWidth: 180 }}
            data-testid="portal-group-filter"
          />
          {filtered && <Button onClick={() => setParams(new URLSearchParams())}>{t('clearFilters')}</Button>}
        </Flex>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Text data-testid="portal-result-count">
            {results.data ? t('resultCount', { total: results.data.total }) : ' '}
          </Typography.Text>
          <Segmented
            value={sort}
            onChange={(value) => update({ sort: String(value), page: 1 })}
            options={SORTS.map((value) => ({ value, label: t(SORT_KEYS[value]) }))}
            data-testid="portal-sort"
          />
        </Flex>
        {results.isError ? (
          <QueryError error={results.error} onRetry={() => results.refetch()} />
        ) : results.isPending ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        ) : results.data.items.length === 0 ? (
          <Card>
            <Empty description={t('noProjects')} data-testid="portal-no-results">
              {filtered && <Typography.Text type="secondary">{t('noProjectsHint')}</Typography.Text>}
            </Empty>
          </Card>
        ) : (
          <Spin spinning={results.isFetching}>
            <Flex vertical gap={12} data-testid="portal-results">
              {results.data.items.map((project) => (
                <ProjectCard key={project.id} project={project} />
              ))}
            </Flex>
          </Spin>
        )}
        {results.data && results.data.total > search.pageSize && (
          <Pagination
            align="center"
            current={search.page}
            pageSize={search.pageSize}
            total={results.data.total}
            onChange={(page, pageSize) => update({ page, pageSize })}
            showSizeChanger={false}
            data-testid="portal-pagination"
          />
        )}
      </Flex>
    </>
  );
}
