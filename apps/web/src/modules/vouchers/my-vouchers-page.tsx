import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Row, Space, Typography } from 'antd';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { yuan } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { CertificateQr } from '../credentials/certificate-qr';
import { AvailableOfferings } from './available-offerings';
import { voucherMessages } from './messages';
import { useVoucherWorth, VoucherStatusTag } from './voucher-text';
import { vouchersQuery } from './vouchers-api';

/**
 * 我的培训券: a worker's vouchers, the unused one with its code as a QR code to show at enrolment,
 * and the offerings they can claim one from.
 */
export function MyVouchersPage() {
  const t = useT(voucherMessages);
  const vouchers = useQuery({
    ...vouchersQuery({ page: 1, pageSize: 50 }, true),
    placeholderData: keepPreviousData,
  });
  const worth = useVoucherWorth();
  const items = vouchers.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('myTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('myIntro')}
        </Typography.Paragraph>
        {vouchers.isError ? (
          <QueryError error={vouchers.error} onRetry={() => vouchers.refetch()} />
        ) : !vouchers.isLoading && items.length === 0 ? (
          <Card>
            <Empty
              description={
                <Flex vertical gap={4}>
                  <span>{t('noMyVouchers')}</span>
                  <Typography.Text type="secondary">{t('noMyVouchersHint')}</Typography.Text>
                </Flex>
              }
            />
          </Card>
        ) : (
          <Row gutter={[16, 16]}>
            {items.map((voucher) => (
              <Col key={voucher.id} xs={24} md={12} xl={8}>
                <Card loading={vouchers.isLoading} data-testid={`my-voucher-${voucher.code}`}>
                  <Flex vertical gap={8} align="center">
                    <Space>
                      <VoucherStatusTag status={voucher.status} />
                      <Typography.Text strong>{worth(voucher)}</Typography.Text>
                    </Space>
                    {voucher.status === 'issued' && (
                      <CertificateQr text={voucher.code} size={160} label={voucher.code} />
                    )}
                    <Typography.Text copyable code data-testid="my-voucher-code">
                      {voucher.code}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('validUntil')} {voucher.validUntil}
                    </Typography.Text>
                    {voucher.status === 'issued' && voucher.cardState === 'delivered' && (
                      <Typography.Text type="secondary" data-testid="my-voucher-on-card">
                        {t('onCard')}
                      </Typography.Text>
                    )}
                    {voucher.valueFen !== null && (
                      <Typography.Text>
                        {t('redeemedValue', { yuan: yuan(voucher.valueFen, { grouped: true }) })}
                      </Typography.Text>
                    )}
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
        )}
        <AvailableOfferings />
      </Flex>
    </>
  );
}
