import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { useT } from '../../app/i18n/locale-context';
import { referenceMessages } from './messages';

const SECTIONS = [
  'regions',
  'occupations',
  'skill-levels',
  'target-groups',
  'institution-types',
  'priority-fields',
] as const;

/** The reference-data pages share a title and switch between tables by tab, one URL per table. */
export function ReferenceShell() {
  const t = useT(referenceMessages);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = SECTIONS.find((section) => pathname.startsWith(`/reference/${section}`)) ?? 'regions';
  return (
    <>
      <PageTitle title={t('title')} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/reference/${key}`)}
        items={SECTIONS.map((section) => ({ key: section, label: t(section) }))}
        data-testid="reference-tabs"
      />
      <Outlet />
    </>
  );
}
