import { Card, Descriptions, Table, Typography } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { MethodText, RoundStatusTag } from './round-tags';
import type { Round } from './selection-api';

/** What a round asks for: its project, method, dates, conditions and criteria. */
export function RoundSummary({ round }: { round: Round }) {
  const t = useT(selectionMessages);
  return (
    <Card title={t('basics')}>
      <Descriptions column={{ xs: 1, md: 2 }} data-testid="round-summary">
        <Descriptions.Item label={t('project')}>{round.projectTitle}</Descriptions.Item>
        <Descriptions.Item label={t('occupation')}>
          {round.occupationName}（{round.occupationCode}）
        </Descriptions.Item>
        <Descriptions.Item label={t('method')}>
          <MethodText method={round.method} />
        </Descriptions.Item>
        <Descriptions.Item label={t('status')}>
          <RoundStatusTag status={round.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('places')}>{round.places}</Descriptions.Item>
        <Descriptions.Item label={t('deadline')}>{round.applicationDeadline}</Descriptions.Item>
        <Descriptions.Item label={t('noticePeriod')}>
          {round.noticeStart && round.noticeEnd
            ? t('periodValue', { start: round.noticeStart, end: round.noticeEnd })
            : t('daysValue', { days: round.noticeDays })}
        </Descriptions.Item>
        {round.procurementReference && (
          <Descriptions.Item label={t('procurementReference')}>
            {round.procurementReference}
          </Descriptions.Item>
        )}
        {round.resultNote && (
          <Descriptions.Item label={t('resultNote')}>{round.resultNote}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('conditions')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="round-conditions-text">
        {round.conditions}
      </Typography.Paragraph>
      {round.criteria.length > 0 && (
        <>
          <Typography.Title level={5}>{t('criteria')}</Typography.Title>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={round.criteria}
            columns={[
              { key: 'name', dataIndex: 'name', title: t('criterionName') },
              { key: 'weight', dataIndex: 'weight', title: t('criterionWeight'), align: 'right' },
              { key: 'description', dataIndex: 'description', title: t('criterionDescription') },
            ]}
            data-testid="round-criteria"
          />
        </>
      )}
    </Card>
  );
}
