import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { teacherMessages } from './messages';
import { institutionNameQuery, institutionOptionsQuery } from './teachers-api';

interface InstitutionSelectProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks an institution of the staff member's region, searching by name on the server. */
export function InstitutionSelect({ value, onChange, placeholder, style, ...rest }: InstitutionSelectProps) {
  const t = useT(teacherMessages);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({ ...institutionOptionsQuery(q), placeholderData: keepPreviousData });
  // A value set from the address may not be among the results: its name is looked up by id.
  const known = results.data?.items.some((item) => item.id === value) ?? false;
  const chosen = useQuery({ ...institutionNameQuery(value ?? ''), enabled: Boolean(value) && !known });
  const items = [...(results.data?.items ?? [])];
  if (value && !known && chosen.data) items.unshift(chosen.data);
  return (
    <Select<string>
      value={value}
      onChange={(id) => onChange?.(id)}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      allowClear
      loading={results.isFetching}
      placeholder={placeholder ?? t('pickInstitution')}
      options={items.map((item) => ({
        value: item.id,
        label: item.regionName ? `${item.name}（${item.regionName}）` : item.name,
      }))}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
