import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { CreateEnterpriseModal } from './create-enterprise-modal';
import { type Enterprise, enterprisesQuery } from './enterprises-api';
import { demandMessages } from './messages';

interface EnterprisePickerProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** The region new enterprises may be recorded in. */
  root: { code: string; name: string } | null;
}

/** Finds an enterprise by name or credit code, or records a new one on the spot. */
export function EnterprisePicker({ value, onChange, root }: EnterprisePickerProps) {
  const t = useT(demandMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  // An enterprise created here is not in the current search results, but must show as chosen.
  const [created, setCreated] = useState<Enterprise | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({ ...enterprisesQuery(q), placeholderData: keepPreviousData });

  const options = useMemo(() => {
    const items = [...(results.data?.items ?? [])];
    if (created && !items.some((item) => item.id === created.id)) items.unshift(created);
    return items.map((item) => ({ value: item.id, label: `${item.name}（${item.creditCode}）` }));
  }, [results.data, created]);

  return (
    <>
      <Space.Compact style={{ width: '100%' }}>
        <Select<string>
          value={value}
          onChange={onChange}
          showSearch={{ filterOption: false, onSearch: setTyped }}
          allowClear
          loading={results.isFetching}
          placeholder={t('pickEnterprise')}
          options={options}
          style={{ flex: 1, minWidth: 0 }}
          data-testid="demand-enterprise"
        />
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="demand-new-enterprise">
          {t('newEnterprise')}
        </Button>
      </Space.Compact>
      <CreateEnterpriseModal
        open={creating}
        root={root}
        onClose={() => setCreating(false)}
        onCreated={(enterprise) => {
          setCreated(enterprise);
          setCreating(false);
          onChange?.(enterprise.id);
        }}
      />
    </>
  );
}
