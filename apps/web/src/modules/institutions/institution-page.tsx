import { ArrowLeftOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { CreditStatusModal } from './credit-status-modal';
import { DecisionsTimeline } from './decisions-timeline';
import { FindingModal } from './finding-modal';
import { FindingsTable } from './findings-table';
import { InstitutionProfile } from './institution-profile';
import { CreditStatusTag, ReviewStatusTag } from './institution-tags';
import { institutionQuery } from './institutions-api';
import { institutionMessages } from './messages';
import { QualificationsTable } from './qualifications-table';
import { ReviewActions } from './review-actions';
import { SitesTable } from './sites-table';
import { staffMessages } from './staff-messages';

/** One institution as staff see it: everything registered, its history, and the decisions to take. */
export function InstitutionPage() {
  const t = useT(staffMessages);
  const ti = useT(institutionMessages);
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(institutionQuery(id));
  const [deciding, setDeciding] = useState(false);
  const [recording, setRecording] = useState(false);
  const canReview = can(me.role, 'institutions.review');
  const canDecide = can(me.role, 'institutions.status');

  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/institutions">
      {t('back')}
    </LinkButton>
  );
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return (
      <>
        <PageTitle title={t('title')} extra={back} />
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      </>
    );
  }
  const institution = detail.data;
  const pending = institution.reviewStatus === 'pending';

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="institution-heading">{institution.name}</span>
            <ReviewStatusTag status={institution.reviewStatus} />
            <CreditStatusTag status={institution.creditStatus} />
            {institution.qualificationExpired && <Tag color="red">{ti('expiredQualification')}</Tag>}
          </Space>
        }
        extra={back}
      />
      <Flex vertical gap={16}>
        {(canReview && pending) || canDecide ? (
          <Card size="small">
            <Flex wrap gap={12} justify="space-between" align="center">
              {canReview && pending ? <ReviewActions institution={institution} /> : <span />}
              {canDecide && (
                <Space wrap>
                  <Button onClick={() => setDeciding(true)} data-testid="institution-credit">
                    {t('creditAction')}
                  </Button>
                  <Button onClick={() => setRecording(true)} data-testid="institution-finding">
                    {t('findingAction')}
                  </Button>
                </Space>
              )}
            </Flex>
          </Card>
        ) : null}
        {canReview && pending && <Alert type="info" showIcon title={t('pendingHint')} />}
        {institution.reviewNote && (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'note', label: t('reviewNote'), children: institution.reviewNote },
              ...(institution.reviewedAt
                ? [
                    {
                      key: 'at',
                      label: t('reviewedAt'),
                      children: dayjs(institution.reviewedAt).format('YYYY-MM-DD HH:mm'),
                    },
                  ]
                : []),
            ]}
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card title={t('profile')}>
              <InstitutionProfile institution={institution} />
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Flex vertical gap={16}>
              <Card title={t('pledge')} data-testid="institution-pledge">
                {institution.pledge ? (
                  <Typography.Text>
                    {t('pledgeSigned', {
                      name: institution.pledge.signerName,
                      at: dayjs(institution.pledge.signedAt).format('YYYY-MM-DD HH:mm'),
                      version: institution.pledge.version,
                    })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('pledgeNotSigned')}</Typography.Text>
                )}
              </Card>
              <Card title={ti('decisions')}>
                <DecisionsTimeline decisions={institution.decisions} />
              </Card>
            </Flex>
          </Col>
        </Row>
        <Card title={ti('qualifications')}>
          <QualificationsTable qualifications={institution.qualifications} />
        </Card>
        <Card title={ti('sites')}>
          <SitesTable sites={institution.sites} />
        </Card>
        <Card title={ti('occupations')}>
          <Flex wrap gap={8}>
            {institution.occupations.map((occupation) => (
              <Tag key={occupation.code} color="blue">
                {occupation.name}（{occupation.code}）
              </Tag>
            ))}
          </Flex>
        </Card>
        <Card title={ti('findings')}>
          <FindingsTable findings={institution.findings} />
        </Card>
      </Flex>
      {canDecide && (
        <>
          <CreditStatusModal institution={institution} open={deciding} onClose={() => setDeciding(false)} />
          <FindingModal institution={institution} open={recording} onClose={() => setRecording(false)} />
        </>
      )}
    </>
  );
}
