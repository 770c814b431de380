import { CheckCircleOutlined } from '@ant-design/icons';
import { can, ROLE_NAMES } from '@qiancheng/domain';
import { Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { ItemList } from '../../app/components/item-list';
import { PageTitle } from '../../app/components/page-title';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { menuEntriesFor } from '../../app/menus/menu-entries';
import { menuMessages } from '../../app/menus/messages';
import { dashboardMessages } from './messages';
import { ROLE_DUTIES } from './role-duties';

/** A role's starting page: who they are here, what the action expects of them, and where to go now. */
export function DashboardPage() {
  const t = useT(dashboardMessages);
  const tm = useT(menuMessages);
  const { locale } = useLocale();
  const user = useCurrentUser();
  const duties = ROLE_DUTIES[user.role];
  const shortcuts = menuEntriesFor(user.role).filter((entry) => entry.key !== 'dashboard');

  const describe = (key: (typeof shortcuts)[number]['key']) => {
    if (key === 'users') return can(user.role, 'users.manage') ? t('usersManage') : t('users');
    if (key === 'dashboard') return '';
    return t(key);
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <Flex vertical gap={16}>
        <Card data-testid="dashboard-role">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('greeting', { name: user.displayName })}
          </Typography.Title>
          <Space wrap>
            <Tag color="blue">{ROLE_NAMES[user.role][locale]}</Tag>
            {user.regionName && <Tag>{user.regionName}</Tag>}
            {user.organizationName && <Tag>{user.organizationName}</Tag>}
          </Space>
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            {duties.summary[locale]}
          </Typography.Paragraph>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={t('duties')} style={{ height: '100%' }}>
              <ItemList
                testId="dashboard-duties"
                items={duties.duties.map((duty) => ({
                  key: duty['zh-CN'],
                  content: (
                    <Space>
                      <CheckCircleOutlined style={{ color: '#1d5fb8' }} />
                      {duty[locale]}
                    </Space>
                  ),
                }))}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t('dutiesNote')}
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('available')} style={{ height: '100%' }}>
              <ItemList
                items={shortcuts.map((entry) => ({
                  key: entry.key,
                  testId: `dashboard-link-${entry.key}`,
                  content: (
                    <>
                      <Link to={entry.path}>{tm(entry.key)}</Link>
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {describe(entry.key)}
                      </Typography.Paragraph>
                    </>
                  ),
                  extra: <Link to={entry.path}>{t('open')}</Link>,
                }))}
              />
            </Card>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
