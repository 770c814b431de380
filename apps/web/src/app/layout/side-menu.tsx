import {
  AccountBookOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CameraOutlined,
  DashboardOutlined,
  EyeOutlined,
  FileTextOutlined,
  FormOutlined,
  IdcardOutlined,
  MoneyCollectOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Role } from '@qiancheng/domain';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { WaitingRequestsBadge } from '../../modules/supervision/waiting-requests';
import { useT } from '../i18n/locale-context';
import { type MenuKey, menuEntriesFor, menuKeyForPath } from '../menus/menu-entries';
import { menuMessages } from '../menus/messages';

const ICONS: Record<MenuKey, ReactNode> = {
  dashboard: <DashboardOutlined />,
  'my-demand': <SolutionOutlined />,
  'my-wishes': <BulbOutlined />,
  'my-classes': <ReadOutlined />,
  'my-certificates': <SafetyCertificateOutlined />,
  'my-attendance': <ScheduleOutlined />,
  demand: <SolutionOutlined />,
  wishes: <BulbOutlined />,
  aggregate: <BarChartOutlined />,
  projects: <ProjectOutlined />,
  catalogues: <OrderedListOutlined />,
  'my-institution': <BankOutlined />,
  'my-applications': <AuditOutlined />,
  classes: <SolutionOutlined />,
  'class-review': <AuditOutlined />,
  attendance: <ScheduleOutlined />,
  'my-supervision': <CameraOutlined />,
  institutions: <BankOutlined />,
  selection: <AuditOutlined />,
  supervision: <EyeOutlined />,
  teachers: <IdcardOutlined />,
  resources: <ReadOutlined />,
  brands: <TrophyOutlined />,
  'assessment-bodies': <AuditOutlined />,
  evaluation: <FormOutlined />,
  certificates: <SafetyCertificateOutlined />,
  'issued-certificates': <SafetyCertificateOutlined />,
  'subsidy-policies': <FileTextOutlined />,
  funds: <MoneyCollectOutlined />,
  'subsidy-quote': <CalculatorOutlined />,
  claims: <AccountBookOutlined />,
  payments: <BankOutlined />,
  vouchers: <TagsOutlined />,
  'my-vouchers': <TagsOutlined />,
  'my-subsidies': <MoneyCollectOutlined />,
  'region-overview': <ApartmentOutlined />,
  calendar: <CalendarOutlined />,
  users: <TeamOutlined />,
  reference: <BookOutlined />,
  profile: <UserOutlined />,
};

export function SideMenu({ role }: { role: Role }) {
  const t = useT(menuMessages);
  const { pathname } = useLocation();
  const selected = menuKeyForPath(pathname);
  const items: MenuProps['items'] = menuEntriesFor(role).map((entry) => ({
    key: entry.key,
    icon: ICONS[entry.key],
    label: (
      <Link to={entry.path} data-menu-key={entry.key}>
        {t(entry.key)}
        {entry.key === 'my-supervision' && <WaitingRequestsBadge role={role} />}
      </Link>
    ),
  }));
  return (
    <Menu
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      items={items}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
