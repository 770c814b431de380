import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { useT } from '../../app/i18n/locale-context';
import { ActionFigures } from './action-figures';
import { ActionSummary } from './action-summary';
import { LiveFigures } from './live-figures';
import { homeMessages } from './messages';
import { publicOverviewQuery } from './public-api';

const QUICK_LINKS = [
  ['linkProjects', '/projects'],
  ['linkNavigation', '/navigation'],
  ['linkJobs', '/jobs'],
  ['linkCatalogues', '/catalogues'],
  ['linkBrands', '/brands'],
  ['linkOccupations', '/reference/occupations'],
  ['linkRegions', '/reference/regions'],
  ['linkSkillLevels', '/reference/skill-levels'],
  ['linkPriorityFields', '/reference/priority-fields'],
] as const;

export function HomePage() {
  const t = useT(homeMessages);
  const { user } = useAuth();
  const overview = useQuery(publicOverviewQuery);
  const regionName = overview.data?.deployment.regionName;

  return (
    <Flex vertical gap={24}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        {regionName && (
          <Typography.Title level={5}>{t('deployment', { region: regionName })}</Typography.Title>
        )}
        <Typography.Paragraph style={{ fontSize: 16 }}>{t('intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('principle')}</Typography.Paragraph>
        <Space wrap>
          {!user && (
            <>
              <LinkButton type="primary" size="large" to="/register">
                {t('register')}
              </LinkButton>
              <LinkButton size="large" to="/login">
                {t('login')}
              </LinkButton>
            </>
          )}
          <LinkButton size="large" to="/projects" data-testid="home-find-projects">
            {t('findProjects')}
          </LinkButton>
          <LinkButton size="large" to="/navigation" data-testid="home-navigation">
            {t('openNavigation')}
          </LinkButton>
          <LinkButton size="large" to="/reference">
            {t('browseReference')}
          </LinkButton>
        </Space>
      </Card>

      <section>
        <Typography.Title level={4}>{t('actionFiguresTitle')}</Typography.Title>
        <ActionFigures />
      </section>

      <section>
        <Typography.Title level={4}>{t('figuresTitle')}</Typography.Title>
        <LiveFigures />
      </section>

      <ActionSummary />

      <Card title={t('linksTitle')}>
        <Row gutter={[16, 8]}>
          {QUICK_LINKS.map(([key, to]) => (
            <Col key={key} xs={12} md={6}>
              <Link to={to}>{t(key)}</Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Flex>
  );
}
