import { type CreditStatus, mayParticipate } from '@qiancheng/domain/institutions/credit-status';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { creditStatusName } from './code-labels';
import { DecisionsTimeline } from './decisions-timeline';
import { FindingsTable } from './findings-table';
import { CreditStatusTag, ReviewStatusTag } from './institution-tags';
import { myInstitutionQuery } from './institutions-api';
import { institutionMessages } from './messages';
import { ownMessages } from './own-messages';
import { OwnOccupationsCard } from './own-occupations-card';
import { OwnProfileCard } from './own-profile-card';
import { OwnQualificationsCard } from './own-qualifications-card';
import { OwnReviewAlert } from './own-review-alert';
import { OwnSitesCard } from './own-sites-card';
import { PledgeCard } from './pledge-card';

/** An institution keeps its own registration here and signs the integrity pledge. */
export function MyInstitutionPage() {
  const t = useT(ownMessages);
  const ti = useT(institutionMessages);
  const { locale } = useLocale();
  const mine = useQuery(myInstitutionQuery);

  if (mine.isPending) return <PageLoading />;
  if (mine.isError) {
    return (
      <>
        <PageTitle title={t('title')} />
        <QueryError error={mine.error} onRetry={() => mine.refetch()} />
      </>
    );
  }
  const institution = mine.data;
  const blocked = !mayParticipate(institution.creditStatus as CreditStatus);

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="own-institution-name">{institution.name}</span>
            <ReviewStatusTag status={institution.reviewStatus} />
            <CreditStatusTag status={institution.creditStatus} />
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        <OwnReviewAlert institution={institution} />
        {blocked && (
          <Alert
            type="error"
            showIcon
            title={t('creditBlocks', { status: creditStatusName(institution.creditStatus, locale) })}
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <OwnProfileCard institution={institution} />
          </Col>
          <Col xs={24} xl={9}>
            <PledgeCard />
          </Col>
        </Row>
        <OwnQualificationsCard institution={institution} />
        <OwnSitesCard institution={institution} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <OwnOccupationsCard institution={institution} />
          </Col>
          <Col xs={24} xl={9}>
            <Card title={ti('decisions')}>
              <DecisionsTimeline decisions={institution.decisions} />
            </Card>
          </Col>
        </Row>
        {institution.findings.length > 0 && (
          <Card title={ti('findings')}>
            <FindingsTable findings={institution.findings} />
          </Card>
        )}
      </Flex>
    </>
  );
}
