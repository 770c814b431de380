import { Tabs } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { offeringMessages } from './offering-messages';

const TABS = { vouchers: '/app/vouchers', offerings: '/app/vouchers/offerings' } as const;

/** The two lists under 职业培训券: the vouchers issued, and the offerings workers claim them from. */
export function VoucherTabs({ active }: { active: keyof typeof TABS }) {
  const t = useT(offeringMessages);
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(TABS[key as keyof typeof TABS])}
      items={[
        { key: 'vouchers', label: <span data-testid="voucher-tab-vouchers">{t('tabVouchers')}</span> },
        { key: 'offerings', label: <span data-testid="voucher-tab-offerings">{t('tabOfferings')}</span> },
      ]}
      style={{ marginBottom: -8 }}
    />
  );
}
