import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Spin, Tag } from 'antd';
import { Link } from 'react-router';
import { withQuery } from '../../app/api/client';
import { ItemList } from '../../app/components/item-list';
import { LinkButton } from '../../app/components/link-button';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { portalInstitutionMessages } from './institution-messages';
import { type InstitutionFilter, publicInstitutionsQuery } from './portal-api';

const PREVIEW_SIZE = 5;

/** The navigation map's last step beside the projects: the selected institutions at this step. */
export function NavigationInstitutions({ filters }: { filters: Partial<Record<InstitutionFilter, string>> }) {
  const t = useT(portalInstitutionMessages);
  const institutions = useQuery({
    ...publicInstitutionsQuery({ ...filters, page: 1, pageSize: PREVIEW_SIZE }),
    placeholderData: keepPreviousData,
  });
  const total = institutions.data?.total ?? 0;
  return (
    <Card
      title={
        <>
          {t('hereTitle')} <Tag data-testid="nav-institutions-count">{t('hereCount', { count: total })}</Tag>
        </>
      }
      extra={
        total > 0 && (
          <LinkButton type="link" to={withQuery('/institutions', filters)} data-testid="nav-institutions-all">
            {t('hereSeeAll', { count: total })}
          </LinkButton>
        )
      }
    >
      {institutions.isError ? (
        <QueryError error={institutions.error} onRetry={() => institutions.refetch()} />
      ) : institutions.data && total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hereEmpty')} />
      ) : (
        <Spin spinning={institutions.isFetching}>
          <ItemList
            testId="nav-institutions"
            items={(institutions.data?.items ?? []).map((institution) => ({
              key: institution.id,
              content: <Link to={`/institutions/${institution.id}`}>{institution.name}</Link>,
              extra: institution.regionName,
            }))}
          />
        </Spin>
      )}
    </Card>
  );
}
