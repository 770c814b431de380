import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { CheckPhotos } from './check-photos';
import { ConclusionTag } from './check-tags';
import { chinaMoment } from './countdown';
import { supervisionMessages } from './messages';
import { SubmissionView } from './remote-review';
import type { CheckDetail } from './supervision-api';

/** What a completed check found, and where it went in the institution's record. */
export function CheckResult({ check }: { check: CheckDetail }) {
  const t = useT(supervisionMessages);
  return (
    <Card title={t('resultTitle')} data-testid="check-result">
      <Flex vertical gap={16}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          {check.checkedAt && (
            <Descriptions.Item label={t('checkedAt')}>{chinaMoment(check.checkedAt)}</Descriptions.Item>
          )}
          {check.conclusion && (
            <Descriptions.Item label={t('conclusion')}>
              <ConclusionTag conclusion={check.conclusion} />
            </Descriptions.Item>
          )}
          {check.peoplePresent !== null && (
            <Descriptions.Item label={t('peoplePresent')}>
              {t('peopleValue', { count: check.peoplePresent })}
            </Descriptions.Item>
          )}
          {check.peopleCheckedIn !== null && (
            <Descriptions.Item label={t('peopleCheckedIn')}>
              {t('peopleValue', { count: check.peopleCheckedIn })}
            </Descriptions.Item>
          )}
          {check.unexplainedCheckIns ? (
            <Descriptions.Item label={t('unexplained')}>
              <Typography.Text type="danger" data-testid="check-unexplained">
                {t('peopleValue', { count: check.unexplainedCheckIns })}
              </Typography.Text>
            </Descriptions.Item>
          ) : null}
          {check.findingId && (
            <Descriptions.Item label={t('finding')}>
              <Space>
                <Typography.Text data-testid="check-finding">{t('findingRecorded')}</Typography.Text>
                <Link to={`/app/institutions/${check.institutionId}`}>{t('viewInstitution')}</Link>
              </Space>
            </Descriptions.Item>
          )}
          {check.notes && (
            <Descriptions.Item label={t('notes')} span={2}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="check-notes">
                {check.notes}
              </Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
        {check.photos.length > 0 && <CheckPhotos files={check.photos} testId="check-photos" />}
        {check.kind === 'remote' && check.status === 'completed' && <SubmissionView check={check} />}
      </Flex>
    </Card>
  );
}
