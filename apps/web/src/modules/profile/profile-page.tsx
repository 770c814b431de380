import { ROLE_NAMES } from '@qiancheng/domain';
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ChangePasswordForm } from './change-password-form';
import { profileMessages } from './messages';

export function ProfilePage() {
  const t = useT(profileMessages);
  const { locale } = useLocale();
  const user = useCurrentUser();
  const orNotSet = (value: string | null) =>
    value ?? <Typography.Text type="secondary">{t('notSet')}</Typography.Text>;

  return (
    <>
      <PageTitle title={t('title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('account')}>
            <Descriptions
              column={1}
              bordered
              size="small"
              data-testid="profile-details"
              items={[
                { key: 'username', label: t('username'), children: user.username },
                { key: 'displayName', label: t('displayName'), children: user.displayName },
                {
                  key: 'role',
                  label: t('role'),
                  children: <Tag color="blue">{ROLE_NAMES[user.role][locale]}</Tag>,
                },
                { key: 'region', label: t('region'), children: orNotSet(user.regionName) },
                { key: 'organization', label: t('organization'), children: orNotSet(user.organizationName) },
                { key: 'mobile', label: t('mobile'), children: orNotSet(user.mobileMasked) },
                { key: 'idNumber', label: t('idNumber'), children: orNotSet(user.idNumberMasked) },
                {
                  key: 'createdAt',
                  label: t('createdAt'),
                  children: dayjs(user.createdAt).format('YYYY-MM-DD HH:mm'),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('maskedNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('changePassword')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
