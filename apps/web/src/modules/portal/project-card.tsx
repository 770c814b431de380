import { EnvironmentOutlined } from '@ant-design/icons';
import { TRAINING_MODE_NAMES, totalHours } from '@qiancheng/domain/projects/project-lifecycle';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { priorityFieldName, skillLevelName, targetGroupName } from '../reference/code-names';
import { portalMessages } from './messages';
import type { PublicProject } from './portal-api';

/** One search result: what a worker needs to decide whether to read on. */
export function ProjectCard({ project }: { project: PublicProject }) {
  const t = useT(portalMessages);
  const { locale } = useLocale();
  const hours = totalHours(project);
  return (
    <Card size="small" data-testid="project-result" data-project-id={project.id}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="baseline" gap={12} wrap>
          <Link to={`/projects/${project.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
            {project.title}
          </Link>
          {project.publishedAt && (
            <Typography.Text type="secondary">
              {t('publishedOn', { date: dayjs(project.publishedAt).format('YYYY-MM-DD') })}
            </Typography.Text>
          )}
        </Flex>
        <Space size={[4, 4]} wrap>
          <Tag color="blue">{priorityFieldName(project.priorityField, locale)}</Tag>
          <Tag>{project.occupationName}</Tag>
          <Tag>{project.skillLevel ? skillLevelName(project.skillLevel, locale) : t('anyLevel')}</Tag>
          {project.mode && <Tag color="purple">{TRAINING_MODE_NAMES[project.mode]?.[locale]}</Tag>}
          {project.version > 1 && <Tag color="cyan">{t('versionTag', { version: project.version })}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          <Space split="·" wrap>
            <span>
              <EnvironmentOutlined /> {project.regionName}
            </span>
            {project.postsAvailable != null && <span>{t('posts', { count: project.postsAvailable })}</span>}
            {hours > 0 && <span>{t('hours', { hours })}</span>}
            {project.targetGroups.length > 0 && (
              <span>
                {project.targetGroups
                  .map((group) => targetGroupName(group, locale))
                  .join(locale === 'zh-CN' ? '、' : ', ')}
              </span>
            )}
          </Space>
        </Typography.Text>
      </Flex>
    </Card>
  );
}
