import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ItemList } from '../../app/components/item-list';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { institutionTypeName } from '../institutions/code-labels';
import { priorityFieldName } from '../reference/code-names';
import { portalInstitutionMessages } from './institution-messages';
import { publicInstitutionQuery } from './portal-api';

/** One selected institution as the public sees it: where it trains, what, and for which projects. */
export function PortalInstitutionPage() {
  const t = useT(portalInstitutionMessages);
  const { locale } = useLocale();
  const { id = '' } = useParams<{ id: string }>();
  const found = useQuery(publicInstitutionQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/institutions">
      {t('back')}
    </LinkButton>
  );

  return (
    <RecordPage query={found} title={t('title')} back={back}>
      {({ institution }) => (
        <>
          <PageTitle
            title={<span data-testid="portal-institution-name">{institution.name}</span>}
            extra={back}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <Card>
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      {
                        key: 'type',
                        label: t('type'),
                        children: institutionTypeName(institution.type, locale),
                      },
                      { key: 'region', label: t('region'), children: institution.regionName },
                      { key: 'address', label: t('address'), children: institution.address },
                      {
                        key: 'occupations',
                        label: t('occupations'),
                        children: (
                          <Space size={[4, 4]} wrap>
                            {institution.occupations.map((occupation) => (
                              <Tag key={occupation.code}>{`${occupation.name}（${occupation.code}）`}</Tag>
                            ))}
                          </Space>
                        ),
                      },
                    ]}
                  />
                </Card>
                <Card title={t('introduction')}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {institution.introduction || t('noIntroduction')}
                  </Typography.Paragraph>
                </Card>
              </Space>
            </Col>
            <Col xs={24} lg={10}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <Card title={t('projects')}>
                  <ItemList
                    testId="portal-institution-projects"
                    items={institution.projects.map((project) => ({
                      key: project.id,
                      content: <Link to={`/projects/${project.id}`}>{project.title}</Link>,
                      extra: <Tag color="blue">{priorityFieldName(project.priorityField, locale)}</Tag>,
                    }))}
                  />
                </Card>
                <Card title={t('sites')}>
                  {institution.sites.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                  ) : (
                    <ItemList
                      items={institution.sites.map((site) => ({
                        key: `${site.name}-${site.address}`,
                        content: (
                          <>
                            <Typography.Text strong>{site.name}</Typography.Text>
                            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                              {site.regionName} {site.address}
                            </Typography.Paragraph>
                          </>
                        ),
                        extra: t('capacity', { count: site.capacity }),
                      }))}
                    />
                  )}
                </Card>
              </Space>
            </Col>
          </Row>
        </>
      )}
    </RecordPage>
  );
}
