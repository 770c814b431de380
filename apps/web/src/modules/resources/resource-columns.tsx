import { LinkOutlined } from '@ant-design/icons';
import { RESOURCE_KINDS } from '@qiancheng/domain/teachers/resources';
import { Button, Flex, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentDownload } from '../documents/document-download';
import { skillLevelName } from '../reference/code-names';
import { resourceMessages } from './messages';
import type { TeachingResource } from './resources-api';
import { WithdrawResourceAction } from './withdraw-resource-action';

const KIND_COLORS: Record<string, string> = {
  curriculum: 'geekblue',
  textbook: 'green',
  courseware: 'purple',
  video: 'orange',
};

export function useResourceColumns(): TableColumnsType<TeachingResource> {
  const t = useT(resourceMessages);
  const { locale } = useLocale();
  const kindName = (code: string) => RESOURCE_KINDS.find((k) => k.code === code)?.name[locale] ?? code;
  return [
    {
      key: 'title',
      title: t('resourceTitle'),
      render: (_, r) => (
        <Flex gap={8} align="center">
          <Tag color={KIND_COLORS[r.kind]}>{kindName(r.kind)}</Tag>
          <span>{r.title}</span>
          {r.status === 'withdrawn' && <Tag>{t('withdrawnStatus')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'occupation',
      title: t('occupation'),
      render: (_, r) => (
        <Flex vertical>
          <span>{r.occupationName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.skillLevel ? skillLevelName(r.skillLevel, locale) : t('anyLevel')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'region', title: t('sharedWith'), render: (_, r) => r.regionName ?? r.regionCode },
    {
      key: 'contributor',
      title: t('contributor'),
      render: (_, r) => r.institutionName ?? t('bureau', { region: r.regionName ?? r.regionCode }),
    },
    {
      key: 'createdAt',
      title: t('createdAt'),
      render: (_, r) => dayjs(r.createdAt).format('YYYY-MM-DD'),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, r) => (
        <Flex gap={12} align="center">
          {r.documentId && (
            <DocumentDownload
              id={r.documentId}
              fileName={r.title}
              style={{ paddingInline: 0 }}
              data-testid={`resource-download-${r.id}`}
            >
              {t('download')}
            </DocumentDownload>
          )}
          {r.url && (
            <Button
              type="link"
              icon={<LinkOutlined />}
              href={r.url}
              target="_blank"
              rel="noopener noreferrer"
              style={{ paddingInline: 0 }}
            >
              {t('openLink')}
            </Button>
          )}
          {r.withdrawable && <WithdrawResourceAction resource={r} />}
        </Flex>
      ),
    },
  ];
}
