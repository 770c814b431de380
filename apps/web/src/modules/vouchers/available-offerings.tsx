import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { ClaimOfferingModal } from './claim-offering-modal';
import { offeringMessages } from './offering-messages';
import { useOfferingCriteria } from './offering-text';
import { type AvailableOffering, availableOfferingsQuery } from './offerings-api';
import { useVoucherWorth } from './voucher-text';

/**
 * 可领取的培训券 on a worker's 我的培训券 page: the offerings open today for their region, each with
 * its worth, period and conditions, and either a 领取 button or why they cannot claim it.
 */
export function AvailableOfferings() {
  const t = useT(offeringMessages);
  const offerings = useQuery(availableOfferingsQuery());
  const worth = useVoucherWorth();
  const criteria = useOfferingCriteria();
  const [claiming, setClaiming] = useState<AvailableOffering | null>(null);
  const items = offerings.data?.items ?? [];
  return (
    <Card title={t('availableTitle')} loading={offerings.isLoading} data-testid="available-offerings">
      <Typography.Paragraph type="secondary">{t('availableIntro')}</Typography.Paragraph>
      {offerings.isError ? (
        <QueryError error={offerings.error} onRetry={() => offerings.refetch()} />
      ) : items.length === 0 ? (
        <Empty
          description={
            <Flex vertical gap={4}>
              <span>{t('noAvailable')}</span>
              <Typography.Text type="secondary">{t('noAvailableHint')}</Typography.Text>
            </Flex>
          }
        />
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((offering) => (
            <Col key={offering.id} xs={24} md={12} xl={8}>
              <Card size="small" title={offering.name} data-testid={`available-offering-${offering.id}`}>
                <Flex vertical gap={6}>
                  <Typography.Text strong>{worth(offering)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('window2', { from: offering.claimFrom, to: offering.claimTo })}
                  </Typography.Text>
                  <Typography.Text type="secondary">{criteria(offering)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('remaining', { count: Math.max(0, offering.quantity - offering.claimedCount) })}
                  </Typography.Text>
                  {offering.eligible ? (
                    <Button type="primary" onClick={() => setClaiming(offering)} data-testid="offering-claim">
                      {t('claim')}
                    </Button>
                  ) : (
                    <Flex vertical gap={2} data-testid="offering-reasons">
                      <Typography.Text type="warning">{t('notEligible')}</Typography.Text>
                      {offering.reasons.map((reason) => (
                        <Typography.Text key={reason.code} type="secondary">
                          {reason.message}
                        </Typography.Text>
                      ))}
                    </Flex>
                  )}
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {claiming && <ClaimOfferingModal offering={claiming} onClose={() => setClaiming(null)} />}
    </Card>
  );
}
