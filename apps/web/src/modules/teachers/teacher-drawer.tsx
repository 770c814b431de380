import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentDownload } from '../documents/document-download';
import { skillLevelName } from '../reference/code-names';
import { EndEmploymentAction } from './end-employment-action';
import { teacherMessages } from './messages';
import {
  certificateKindName,
  EMPLOYMENT_STATE_COLORS,
  employmentStateName,
  relationName,
} from './teacher-labels';
import { type Teacher, type TeacherCertificate, type TeacherEmployment, teacherQuery } from './teachers-api';

interface TeacherDrawerProps {
  id: string | null;
  onClose: () => void;
  onEdit: (teacher: Teacher) => void;
}

/** One teacher: identity (masked), certificates with their scans, and employments. */
export function TeacherDrawer({ id, onClose, onEdit }: TeacherDrawerProps) {
  const t = useT(teacherMessages);
  const { locale } = useLocale();
  const teacher = useQuery({ ...teacherQuery(id ?? ''), enabled: Boolean(id) });
  const data = id ? teacher.data : undefined;

  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size={720}
      title={data ? `${t('detailTitle')}：${data.person.name}` : t('detailTitle')}
      loading={teacher.isPending && Boolean(id)}
      extra={
        data?.editable && (
          <Button icon={<EditOutlined />} onClick={() => onEdit(data)} data-testid="teacher-drawer-edit">
            {t('edit')}
          </Button>
        )
      }
      data-testid="teacher-drawer"
    >
      {teacher.isError ? (
        <QueryError error={teacher.error} onRetry={() => teacher.refetch()} />
      ) : (
        data && (
          <Flex vertical gap={24}>
            <Descriptions column={2} size="small" title={t('basic')} bordered>
              <Descriptions.Item label={t('name')}>{data.person.name}</Descriptions.Item>
              <Descriptions.Item label={t('idNumber')}>{data.person.idNumberMasked}</Descriptions.Item>
              <Descriptions.Item label={t('titleColumn')}>{data.title ?? t('notFilled')}</Descriptions.Item>
              <Descriptions.Item label={t('region')}>{data.regionName ?? data.regionCode}</Descriptions.Item>
              <Descriptions.Item label={t('occupations')} span={2}>
                <Flex wrap gap={4}>
                  {data.occupations.map((o) => (
                    <Tag key={o.code} color="blue">
                      {o.name}
                    </Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('introductionLabel')} span={2}>
                {data.introduction ?? t('notFilled')}
              </Descriptions.Item>
              <Descriptions.Item label={t('updatedAt')} span={2}>
                {dayjs(data.updatedAt).format('YYYY-MM-DD HH:mm')}
              </Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>{t('certificatesSection')}</Typography.Title>
              <Table<TeacherCertificate>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.certificates}
                columns={[
                  {
                    key: 'kind',
                    title: t('certificateKind'),
                    render: (_, c) => certificateKindName(c.kind, locale),
                  },
                  {
                    key: 'occupation',
                    title: t('certificateOccupation'),
                    render: (_, c) =>
                      [c.occupationName, c.skillLevel ? skillLevelName(c.skillLevel, locale) : null]
                        .filter(Boolean)
                        .join(' · ') || '—',
                  },
                  { key: 'number', dataIndex: 'number', title: t('certificateNumber') },
                  { key: 'issuedOn', dataIndex: 'issuedOn', title: t('issuedOn') },
                  {
                    key: 'file',
                    title: t('certificateFileColumn'),
                    render: (_, c) =>
                      c.documentId ? (
                        <DocumentDownload id={c.documentId} fileName={`${c.number}.pdf`} size="small" />
                      ) : (
                        t('noFile')
                      ),
                  },
                ]}
                data-testid="teacher-certificates"
              />
            </div>
            <div>
              <Typography.Title level={5}>{t('employmentsSection')}</Typography.Title>
              <Table<TeacherEmployment>
                rowKey="institutionId"
                size="small"
                pagination={false}
                dataSource={data.employments}
                columns={[
                  { key: 'institution', dataIndex: 'institutionName', title: t('institution') },
                  {
                    key: 'relation',
                    title: t('relation'),
                    render: (_, e) => relationName(e.relation, locale),
                  },
                  {
                    key: 'period',
                    title: t('period'),
                    render: (_, e) => `${e.since} ~ ${e.until ?? t('untilOpen')}`,
                  },
                  {
                    key: 'state',
                    title: t('state'),
                    render: (_, e) => (
                      <Badge
                        status={EMPLOYMENT_STATE_COLORS[e.state]}
                        text={employmentStateName(e.state, locale)}
                      />
                    ),
                  },
                  {
                    key: 'actions',
                    title: t('actions'),
                    render: (_, e) =>
                      data.editable && e.state !== 'ended' ? (
                        <EndEmploymentAction teacher={data} employment={e} />
                      ) : null,
                  },
                ]}
                data-testid="teacher-employments"
              />
            </div>
          </Flex>
        )
      )}
    </Drawer>
  );
}
