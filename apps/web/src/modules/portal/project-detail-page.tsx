import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  EVALUATION_TYPE_NAMES,
  PROJECT_STATUS_NAMES,
  TRAINING_MODE_NAMES,
  totalHours,
} from '@qiancheng/domain/projects/project-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { ItemList } from '../../app/components/item-list';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ProjectClassesCard } from '../my-classes/project-classes-card';
import { priorityFieldName, skillLevelName, targetGroupName } from '../reference/code-names';
import { portalInstitutionMessages } from './institution-messages';
import { portalMessages } from './messages';
import { projectInstitutionsQuery, publicProjectQuery } from './portal-api';

/** The institutions whose selection for this project took effect, each linking to its public page. */
function ProjectInstitutions({ projectId }: { projectId: string }) {
  const t = useT(portalInstitutionMessages);
  const institutions = useQuery(projectInstitutionsQuery(projectId));
  if (institutions.isError) {
    return <QueryError error={institutions.error} onRetry={() => institutions.refetch()} />;
  }
  if (institutions.data && institutions.data.items.length === 0) {
    return <Empty description={t('projectInstitutionsEmpty')} data-testid="portal-institutions-empty" />;
  }
  return (
    <ItemList
      testId="portal-project-institutions"
      items={(institutions.data?.items ?? []).map((item) => ({
        key: item.institutionId,
        content: <Link to={`/institutions/${item.institutionId}`}>{item.institutionName}</Link>,
      }))}
    />
  );
}

/** Everything public about one project, its versions and where it is listed. */
export function ProjectDetailPage() {
  const t = useT(portalMessages);
  const { locale } = useLocale();
  const { id = '' } = useParams<{ id: string }>();
  const project = useQuery(publicProjectQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/projects">
      {t('detailBack')}
    </LinkButton>
  );

  if (project.isPending) return <PageLoading />;
  if (project.isError) {
    return (
      <>
        <PageTitle title={t('projectsTitle')} extra={back} />
        <QueryError error={project.error} onRetry={() => project.refetch()} />
      </>
    );
  }
  const { project: p, versions, catalogues } = project.data;
  const paragraphs = (text: string | null | undefined) =>
    text ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
    ) : (
      '—'
    );

  return (
    <>
      <PageTitle title={<span data-testid="portal-project-title">{p.title}</span>} extra={back} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                data-testid="portal-project-fields"
                items={[
                  {
                    key: 'occupation',
                    label: t('occupation'),
                    children: `${p.occupationName}（${p.occupationCode}）`,
                  },
                  {
                    key: 'field',
                    label: t('priorityField'),
                    children: <Tag color="blue">{priorityFieldName(p.priorityField, locale)}</Tag>,
                  },
                  { key: 'region', label: t('region'), children: p.regionName },
                  {
                    key: 'level',
                    label: t('skillLevel'),
                    children: p.skillLevel ? skillLevelName(p.skillLevel, locale) : t('anyLevel'),
                  },
                  { key: 'posts', label: t('postsAvailable'), children: p.postsAvailable ?? '—' },
                  {
                    key: 'hours',
                    label: t('hoursTotal'),
                    children: t('hoursValue', {
                      total: totalHours(p),
                      theory: p.hoursTheory ?? 0,
                      practice: p.hoursPractice ?? 0,
                    }),
                  },
                  {
                    key: 'mode',
                    label: t('mode'),
                    children: p.mode ? TRAINING_MODE_NAMES[p.mode]?.[locale] : '—',
                  },
                  {
                    key: 'evaluation',
                    label: t('evaluationType'),
                    children: p.evaluationType ? EVALUATION_TYPE_NAMES[p.evaluationType]?.[locale] : '—',
                  },
                  {
                    key: 'groups',
                    label: t('targetGroups'),
                    span: 2,
                    children: (
                      <Space size={[4, 4]} wrap>
                        {p.targetGroups.map((group) => (
                          <Tag key={group}>{targetGroupName(group, locale)}</Tag>
                        ))}
                      </Space>
                    ),
                  },
                  ...(p.subsidyStandardRef
                    ? [{ key: 'subsidy', label: t('subsidyStandardRef'), children: p.subsidyStandardRef }]
                    : []),
                  {
                    key: 'publishedAt',
                    label: t('publishedAt'),
                    children: p.publishedAt ? dayjs(p.publishedAt).format('YYYY-MM-DD') : '—',
                  },
                  { key: 'version', label: t('versions'), children: t('versionTag', { version: p.version }) },
                ]}
              />
            </Card>
            <Card title={t('skillRequirements')}>{paragraphs(p.skillRequirements)}</Card>
            <Card title={t('contentOutline')}>{paragraphs(p.contentOutline)}</Card>
            <Card title={t('institutions')}>
              <ProjectInstitutions projectId={p.id} />
            </Card>
            <ProjectClassesCard projectId={p.id} targetGroups={p.targetGroups} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('versions')}>
              {versions.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noVersions')} />
              ) : (
                <Timeline
                  data-testid="portal-project-versions"
                  items={[...versions]
                    .sort((a, b) => b.version - a.version)
                    .map((version) => ({
                      key: `${version.version}-${version.status}`,
                      color: version.status === 'withdrawn' ? 'red' : 'green',
                      title: dayjs(version.createdAt).format('YYYY-MM-DD'),
                      content: (
                        <>
                          <Typography.Text strong>
                            {t('versionEntry', {
                              version: version.version,
                              status: PROJECT_STATUS_NAMES[version.status]?.[locale] ?? version.status,
                            })}
                          </Typography.Text>
                          {version.reason && (
                            <Typography.Paragraph style={{ margin: 0 }}>
                              {version.reason}
                            </Typography.Paragraph>
                          )}
                        </>
                      ),
                    }))}
                />
              )}
            </Card>
            <Card title={t('catalogues')}>
              {catalogues.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCatalogues')} />
              ) : (
                <ItemList
                  items={catalogues.map((catalogue) => ({
                    key: catalogue.id,
                    content: (
                      <>
                        <Link to={`/catalogues/${catalogue.id}`}>{catalogue.title}</Link>
                        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                          {t('periodValue', { start: catalogue.periodStart, end: catalogue.periodEnd })}
                        </Typography.Paragraph>
                      </>
                    ),
                  }))}
                />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </>
  );
}
