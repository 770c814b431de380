import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { navigationQuery, publicCataloguesQuery, publicJobsQuery } from '../portal/portal-api';
import { homeMessages } from './messages';
import { publicOverviewQuery } from './public-api';

/**
 * What the action has published so far, each figure a link to its portal section. Counts come from
 * the portal's own lists (one row each) so a figure equals the list it links to; the posts still to
 * fill come from the overview.
 */
export function ActionFigures() {
  const t = useT(homeMessages);
  const navigation = useQuery(navigationQuery({}));
  const jobs = useQuery(publicJobsQuery({ page: 1, pageSize: 1 }));
  const catalogues = useQuery(publicCataloguesQuery({ page: 1, pageSize: 1 }));
  const overview = useQuery(publicOverviewQuery);
  const figures = [
    { key: 'publishedProjects', to: '/projects', query: navigation, value: navigation.data?.total },
    { key: 'openJobs', to: '/jobs', query: jobs, value: jobs.data?.total },
    { key: 'openPosts', to: '/jobs', query: overview, value: overview.data?.figures.openPosts },
    { key: 'publishedCatalogues', to: '/catalogues', query: catalogues, value: catalogues.data?.total },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={6}>
          <Link to={figure.to}>
            <Card hoverable>
              <Statistic
                title={t(figure.key)}
                value={figure.query.isError ? '—' : (figure.value ?? 0)}
                loading={figure.query.isPending}
                data-testid={`figure-${figure.key}`}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
