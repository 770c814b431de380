import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { projectMessages } from './messages';
import { ProjectEditor } from './project-editor';
import { ProjectStatusTag } from './project-status-tag';
import { projectQuery } from './projects-api';

export function ProjectPage() {
  const t = useT(projectMessages);
  const { id = '' } = useParams<{ id: string }>();
  const project = useQuery(projectQuery(id));

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/projects">
      {t('back')}
    </LinkButton>
  );
  if (project.isPending) return <PageLoading />;
  if (project.isError) {
    return (
      <>
        <PageTitle title={t('title')} extra={back} />
        <QueryError error={project.error} onRetry={() => project.refetch()} />
      </>
    );
  }
  const data = project.data.project;
  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="project-heading">{data.title}</span>
            <ProjectStatusTag status={data.status} />
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
              {t('versionValue', { version: data.version })}
            </Typography.Text>
          </Space>
        }
        extra={back}
      />
      <Flex vertical gap={16}>
        {/* A new status or version starts the editor afresh from the server's copy. */}
        <ProjectEditor
          key={`${data.id}:${data.status}:${data.version}:${data.updatedAt}`}
          detail={project.data}
        />
      </Flex>
    </>
  );
}
