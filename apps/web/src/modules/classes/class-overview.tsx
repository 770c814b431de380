import { SESSION_KIND_NAMES } from '@qiancheng/domain/classes/class-lifecycle';
import { Alert, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { ItemList } from '../../app/components/item-list';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { DocumentDownload } from '../documents/document-download';
import { skillLevelName } from '../reference/code-names';
import type { ClassDetail, ClassSession } from './classes-api';
import { classMessages } from './messages';

/** Everything filed about a class: project, site, dates, money, teachers, plans, materials. */
export function ClassOverview({ detail }: { detail: ClassDetail }) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const hoursShort =
    detail.hours.theory < detail.hours.requiredTheory ||
    detail.hours.practice < detail.hours.requiredPractice;
  return (
    <Flex vertical gap={16}>
      {detail.status === 'returned' && detail.review.note && (
        <Alert
          type="warning"
          showIcon
          title={t('reviewNote')}
          description={detail.review.note}
          data-testid="class-review-note"
        />
      )}
      {detail.status === 'cancelled' && detail.cancelReason && (
        <Alert type="error" showIcon title={t('cancelReason')} description={detail.cancelReason} />
      )}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          data-testid="class-overview"
          items={[
            { key: 'code', label: t('code'), children: detail.code },
            { key: 'project', label: t('project'), children: detail.projectTitle },
            { key: 'institution', label: t('institution'), children: detail.institutionName },
            {
              key: 'occupation',
              label: t('project'),
              children: `${detail.occupationName ?? detail.occupationCode}${detail.skillLevel ? ` · ${skillLevelName(detail.skillLevel, locale)}` : ''}`,
            },
            {
              key: 'site',
              label: t('site'),
              children: detail.site ? `${detail.site.name}（${detail.site.address}）` : '—',
            },
            { key: 'region', label: t('region'), children: detail.regionName },
            {
              key: 'dates',
              label: t('dates'),
              children: t('dateRange', { start: detail.startDate, end: detail.endDate }),
            },
            {
              key: 'roster',
              label: t('roster'),
              children: t('rosterValue', { size: detail.rosterSize, planned: detail.plannedTrainees }),
            },
            {
              key: 'fee',
              label: t('fee'),
              children: `${yuan(detail.feeFen)}（${t('governmentPart')} ${yuan(detail.governmentFen)} / ${t('enterprisePart')} ${yuan(detail.enterpriseFen)} / ${t('individualPart')} ${yuan(detail.individualFen)}）`,
            },
            {
              key: 'deadline',
              label: t('filingDeadline'),
              children: t('filingDeadlineValue', {
                deadline: detail.filing.deadline,
                lead: detail.filing.lead,
              }),
            },
            { key: 'filed', label: t('filedOn'), children: detail.filedOn ?? '—' },
            {
              key: 'hours',
              label: t('hours'),
              children: (
                <Typography.Text type={hoursShort ? 'danger' : undefined}>
                  {t('hoursSummary', detail.hours)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('teachers')}>
        <Flex gap={8} wrap>
          {detail.teachers
            .filter((x) => !x.removed)
            .map((x) => (
              <Tag key={x.teacherId} color={x.role === 'lead' ? 'blue' : undefined}>
                {`${x.name} · ${x.role === 'lead' ? t('lead') : t('assistant')}`}
              </Tag>
            ))}
        </Flex>
      </Card>
      <Card size="small" title={t('sessions')}>
        <SessionsTable sessions={detail.sessions} />
      </Card>
      <Card size="small" title={t('teachingPlan')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {detail.teachingPlan}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('assessmentPlan')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {detail.assessmentPlan}
        </Typography.Paragraph>
      </Card>
      {detail.materials.length > 0 && (
        <Card size="small" title={t('materials')}>
          <ItemList
            items={detail.materials.map((m) => ({
              key: m.id,
              content: m.title,
              extra: m.documentId ? (
                <DocumentDownload id={m.documentId} fileName={m.title} size="small" />
              ) : null,
            }))}
          />
        </Card>
      )}
    </Flex>
  );
}

export function SessionsTable({ sessions }: { sessions: ClassSession[] }) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<ClassSession> = [
    { key: 'day', dataIndex: 'day', title: t('day') },
    { key: 'time', title: t('startTime'), render: (_, s) => `${s.startTime}–${s.endTime}` },
    { key: 'hours', dataIndex: 'hours', title: t('hours'), align: 'right' },
    { key: 'kind', title: t('kind'), render: (_, s) => SESSION_KIND_NAMES[s.kind][locale] },
    { key: 'teacher', dataIndex: 'teacherName', title: t('teacher') },
    { key: 'room', dataIndex: 'room', title: t('room') },
  ];
  return (
    <Table<ClassSession>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={sessions}
      pagination={false}
      rowClassName={(s) => (s.cancelled ? 'ant-table-row-disabled' : '')}
      onRow={(s) => ({ style: s.cancelled ? { textDecoration: 'line-through', opacity: 0.6 } : undefined })}
      data-testid="class-sessions"
    />
  );
}
